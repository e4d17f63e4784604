// The Tencent Cloud SDK takes one thing from uuid: `v4()` for each request's trace id. Node's own
// crypto.randomUUID makes the same random (version 4, RFC 9562) UUIDs, so the bundles use it and
// leave out the package (~4 KB minified, every UUID version and its validators).
const { randomUUID } = require("node:crypto");

exports.v4 = () => randomUUID();
