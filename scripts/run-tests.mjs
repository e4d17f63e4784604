// `npm test`: the static checks (tsc, eslint, prettier) and jest, run side by side.
//
// Jest's suites spend much of their time waiting on redis-server, child processes and local
// endpoints, so on a 2-core machine the static checks fit beside them. Static-check output is
// collected and printed after jest's, so the two never interleave. The exit code is non-zero when
// any of them failed; each failure is named at the end. Extra arguments go to jest
// (`npm test -- test/infra` runs the static checks and the infra suites).
import { spawn } from "node:child_process";

const bin = (name) => new URL(`../node_modules/.bin/${name}`, import.meta.url).pathname;
const cache = (name) => new URL(`../node_modules/.cache/${name}`, import.meta.url).pathname;

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

const [checks, jest] = await Promise.all([runStaticChecks(), run([bin("jest"), ...process.argv.slice(2)], { capture: false })]);

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
if (failed.length > 0) {
  process.stderr.write(`\nnpm test failed: ${failed.join(", ")}\n`);
  process.exit(1);
}
