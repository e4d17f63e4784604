// After each test file, a worker whose heap has grown large runs a full garbage collection.
//
// Why: a jest worker keeps every finished test file's module registry and context until V8 gets
// round to a full collection, which it rarely does; workers ended a full run holding 750–800 MB,
// most of it dead. When jest tells a worker to stop, the process exits at once but then spends
// its time handing that heap back to the OS (256 KB at a time, ~0.5 ms each on this VM), jest's
// 500 ms grace period runs out, and it prints "A worker process has failed to exit gracefully".
// Collecting after a file once the heap is past the threshold keeps workers small: the cost is a
// full GC every few files, not one per file.
import { setFlagsFromString } from "node:v8";
import { runInNewContext } from "node:vm";

const collectAboveBytes = 300 * 1024 * 1024;

afterAll(() => {
  if (process.memoryUsage().heapTotal < collectAboveBytes) return;
  setFlagsFromString("--expose-gc");
  // A context created after the flag is set has `gc`; the test file's own context does not.
  (runInNewContext("gc") as () => void)();
});
