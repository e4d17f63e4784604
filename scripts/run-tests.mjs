// `npm test`: the static checks (tsc, eslint, prettier) and jest, run side by side.
// `npm run test:slow` (`--slow`): the suites `npm test` leaves out, jest alone.
// `npm run test:fast` (`--fast`): what .ci/run repeats on each older supported Node (docs/ci.md):
// the infra suites (which include both synths, `npx cdktf synth` and `npm run synth`), the CI
// workflow suites and the command-line suites, jest alone.
//
// Jest's suites spend much of their time waiting on redis-server, child processes and local
// endpoints, so on a 2-core machine the static checks fit beside them. Static-check output is
// collected and printed after jest's, so the two never interleave. The exit code is non-zero when
// any of them failed; each failure is named at the end. Extra arguments go to jest
// (`npm test -- test/infra` runs the static checks and the infra suites).
//
// Two suites are left out of `npm test` to keep it under two minutes on a clean 2-core clone
// (issue 8): the login page in Chromium and the bounded-memory validation of a 10 MB file, together
// ~20 s of CPU. `npm test` names them at the end of every run, `.ci/run` runs `npm run test:slow`
// after `npm test`, and `npx jest` (and `npm test -- <path>` naming one of them) still runs them.
import { spawn } from "node:child_process";
import { existsSync } from "node:fs";

const bin = (name) => new URL(`../node_modules/.bin/${name}`, import.meta.url).pathname;
const cache = (name) => new URL(`../node_modules/.cache/${name}`, import.meta.url).pathname;

const SLOW_SUITES = [
  "test/functions/verification/local/login-page.e2e.test.ts",
  "test/functions/bulk-greeting/large-file-memory.test.ts",
];
for (const suite of SLOW_SUITES) {
  if (!existsSync(new URL(`../${suite}`, import.meta.url)))
    throw new Error(`scripts/run-tests.mjs lists ${suite}, which does not exist`);
}

// Regular expressions jest matches against suite paths: infra (stacks, synth, plan review, real
// provider), the shipped workflows, and every command-line suite (test/cli/, `*-cli*.test.ts`).
const FAST_SUITES = ["test/infra/", "test/ci/", "test/cli/", "[-]cli[-.][^/]*$"];

const staticChecks = [
  ["tsc", [bin("tsc"), "--noEmit", "--incremental", "--tsBuildInfoFile", cache("tsc/tsconfig.tsbuildinfo")]],
  ["eslint", [bin("eslint"), "--cache", "--cache-location", cache("eslint/"), "."]],
  ["prettier", [bin("prettier"), "--check", "--log-level", "warn", "--cache", "--cache-location", cache("prettier/cache"), "."]],
];

function run(argv, { capture }) {
  return new Promise((resolvePromise) => {
    const child = spawn(argv[0], argv.slice(1), { stdio: capture ? ["ignore", "pipe", "pipe"] : "inherit" });
    let output = "";
    if (capture) {
      child.stdout.on("data", (chunk) => (output += chunk));
      child.stderr.on("data", (chunk) => (output += chunk));
    }
    child.on("error", (error) => resolvePromise({ code: 1, output: `${output}${error.message}\n` }));
    child.on("close", (code, signal) => resolvePromise({ code: code ?? (signal ? 1 : 0), output }));
  });
}

async function runStaticChecks() {
  const results = [];
  for (const [name, argv] of staticChecks) {
    const started = Date.now();
    const { code, output } = await run(argv, { capture: true });
    results.push({ name, code, output, seconds: (Date.now() - started) / 1000 });
  }
  return results;
}

const args = process.argv.slice(2);
if (args[0] === "--slow") {
  const { code } = await run([bin("jest"), ...args.slice(1), ...SLOW_SUITES], { capture: false });
  process.exit(code);
}
if (args[0] === "--fast") {
  const { code } = await run([bin("jest"), ...args.slice(1), ...FAST_SUITES], { capture: false });
  process.exit(code);
}
// Left out only from a run that names no suite of its own: `npm test -- <path>` runs what it names.
const namesSuites = args.some((arg) => !arg.startsWith("-"));
const leftOut = namesSuites ? [] : SLOW_SUITES;
// Last, as the array option takes every argument after it.
const jestArgs = leftOut.length > 0 ? [...args, "--testPathIgnorePatterns", "/node_modules/", ...leftOut] : args;

const [checks, jest] = await Promise.all([runStaticChecks(), run([bin("jest"), ...jestArgs], { capture: false })]);

const failed = [];
for (const { name, code, output, seconds } of checks) {
  if (code !== 0) {
    failed.push(name);
    process.stderr.write(`\n${name} failed (${seconds.toFixed(1)} s):\n${output}`);
  } else {
    process.stdout.write(`${name}: ok (${seconds.toFixed(1)} s)\n`);
  }
}
if (jest.code !== 0) failed.push("jest");
if (leftOut.length > 0) {
  process.stdout.write(`left out, run by npm run test:slow (and .ci/run): ${leftOut.join(", ")}\n`);
}
if (failed.length > 0) {
  process.stderr.write(`\nnpm test failed: ${failed.join(", ")}\n`);
  process.exit(1);
}
