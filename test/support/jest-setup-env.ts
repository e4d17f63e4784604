// Runs in every test file before its modules load (jest `setupFiles`).
//
// esbuild's buildSync (used by every synth: infra/assets/function-archive.ts) runs through a
// worker thread that keeps an esbuild service process alive. Each test file has its own module
// registry, so each file that synthesizes started one more, and none was ever stopped: the jest
// worker then could not exit in time ("A worker process has failed to exit gracefully"). With
// worker threads off, buildSync runs esbuild as a plain synchronous child process per build and
// leaves nothing behind.
process.env.ESBUILD_WORKER_THREADS = "0";
