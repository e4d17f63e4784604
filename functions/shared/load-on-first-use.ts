// A module the function needs only on some requests (an SDK with node-fetch and the HTTPS stack)
// is required on its first use rather than when SCF requires index.js, which keeps the cold
// require cheap. `load` must contain the literal `require("…")` so esbuild still bundles the
// module; in the bundle its body runs on the first call.

/** Returns a getter that runs `load` once, on the first call, and returns its result after that. */
export function loadOnFirstUse<T>(load: () => T): () => T {
  let loaded: { value: T } | undefined;
  return () => (loaded ??= { value: load() }).value;
}
