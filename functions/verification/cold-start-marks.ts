// Marks the phases of a container's cold start on Node's performance timeline (performance.mark),
// once each: `npm run bench` reads them in a fresh Node 18.15 process to print where the first
// reply's time goes. A warm container marks nothing, so requests pay nothing for it.
const marked = new Set<string>();

export type ColdStartPhase =
  "runtime-created" | "modules-loaded" | "secrets-read" | "redis-connecting" | "keys-imported" | "redis-ready";

export function markColdStart(phase: ColdStartPhase): void {
  if (marked.has(phase)) return;
  marked.add(phase);
  performance.mark(`verification:${phase}`);
}
