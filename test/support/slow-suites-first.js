// Jest test sequencer: the slowest suites start first, also on a clean clone.
//
// Jest orders suites by the durations it cached on earlier runs. A clean clone (CI, .ci/run) has
// no cache, and jest then falls back to file size, which put small-but-slow suites (the synth
// through the real CLI, the bounded-memory file validation) last: one worker ran them alone for
// 30–40 s while the other had nothing left. With the seconds below as the fallback, the long
// suites overlap the many short ones instead. Jest's own cached durations still win when present.
// The figures are per-suite times from `npx jest --json` on the shared 2-core machine
// (2026-12-02); only their order matters. A renamed or deleted suite listed here stops the run,
// so the list cannot go stale unnoticed.
const { existsSync } = require("node:fs");
const { relative, resolve } = require("node:path");
const Sequencer = require("@jest/test-sequencer").default;

const ROOT = resolve(__dirname, "..", "..");

const EXPECTED_SECONDS = {
  "test/infra/cdktf-synth.test.ts": 30,
  "test/infra/plan-review/plan-apply.test.ts": 21,
  "test/functions/verification/local/login-page.e2e.test.ts": 18,
  "test/functions/bulk-greeting/large-file-memory.test.ts": 15,
  "test/functions/scf-runtime.e2e.test.ts": 10,
  "test/infra/config-validation.test.ts": 10,
  "test/functions/verification/redis-fault-causes.e2e.test.ts": 10,
  "test/functions/verification/local/dev-server.e2e.test.ts": 8,
  "test/infra/schema-check.test.ts": 8,
  "test/infra/constructs/verification-function.test.ts": 8,
  "test/ci/workflows.test.ts": 8,
  "test/functions/verification/sms-outcomes.e2e.test.ts": 8,
};

for (const path of Object.keys(EXPECTED_SECONDS)) {
  if (!existsSync(resolve(ROOT, path))) {
    throw new Error(`test/support/slow-suites-first.js lists ${path}, which does not exist; update the list`);
  }
}

// A suite with neither a cached nor a listed duration: about a second per 2 KB of test file,
// which keeps jest's own fallback (bigger files first) below the listed slow suites.
const estimate = (test) => (test.context.hasteFS.getSize(test.path) ?? 0) / 2000;

class SlowSuitesFirst extends Sequencer {
  sort(tests) {
    const seconds = new Map();
    for (const test of tests) {
      // As jest's own sort does: the cached duration (milliseconds) is kept on the test.
      test.duration = this.time(test);
      const listed = EXPECTED_SECONDS[relative(ROOT, test.path)];
      seconds.set(test, test.duration != null ? test.duration / 1000 : (listed ?? estimate(test)));
    }
    // Suites that failed last time still go first, as with jest's own sequencer.
    return [...tests].sort((a, b) => Number(this.hasFailed(b)) - Number(this.hasFailed(a)) || seconds.get(b) - seconds.get(a));
  }
}

module.exports = SlowSuitesFirst;
