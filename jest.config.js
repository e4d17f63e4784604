/** Every suite under test/ runs with `npm test`; type checking is done once by `tsc --noEmit`. */
module.exports = {
  testEnvironment: "node",
  roots: ["<rootDir>/test"],
  testMatch: ["**/*.test.ts"],
  transform: {
    "^.+\\.ts$": ["ts-jest", { diagnostics: false }],
  },
  testTimeout: 60000,
  // Stops the run at once, with one message, when redis-server or redis-cli is missing; gives the
  // run one directory for function bundles its suites share (removed by the teardown).
  globalSetup: "<rootDir>/test/support/jest-global-setup.ts",
  globalTeardown: "<rootDir>/test/support/jest-global-teardown.ts",
  // esbuild without its worker thread service (see the file): nothing left running after a suite.
  setupFiles: ["<rootDir>/test/support/jest-setup-env.ts"],
  // A full GC after a file once a worker's heap is large, so workers can exit in time (see the file).
  setupFilesAfterEnv: ["<rootDir>/test/support/jest-release-memory.ts"],
  // The slowest suites start first, also without jest's timing cache (see the file).
  testSequencer: "<rootDir>/test/support/slow-suites-first.js",
  // Suites start their own redis-server processes on free ports; two workers fit a 2-core machine.
  maxWorkers: 2,
};
