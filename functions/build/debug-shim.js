// ioredis and the Tencent SDK's proxy agent log through `debug`, which prints only when the DEBUG
// environment variable names their namespaces; the stacks never set it for a function. A logger
// that is always off keeps the package (~7 KB, and its reading of the environment at load) out of
// the bundles. For ioredis's own tracing, run the function locally (`npm run dev`), unbundled.
function createDebug(namespace) {
  const log = () => {};
  log.enabled = false;
  log.namespace = namespace;
  log.extend = (sub, delimiter = ":") => createDebug(`${namespace}${delimiter}${sub}`);
  log.destroy = () => true;
  return log;
}
createDebug.enable = () => {};
createDebug.disable = () => "";
createDebug.enabled = () => false;
module.exports = createDebug;
module.exports.default = createDebug;
