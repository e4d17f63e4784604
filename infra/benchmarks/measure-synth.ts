// Measures synth of all environments (offline) three ways and prints a table: `npm run synth`
// (cli/synth.ts, the app in-process), `npx cdktf synth` (the cdktf CLI around the same app) and
// the app alone. Run with `npx tsx infra/benchmarks/measure-synth.ts [runs]`; `npm run bench` reports
// the first (docs/benchmarks.md).
import { execFileSync } from "node:child_process";
import { mkdtempSync } from "node:fs";
import { cpus, loadavg, tmpdir } from "node:os";
import { join, resolve } from "node:path";

const ROOT = resolve(__dirname, "..", "..");
const runs = Number(process.argv[2] ?? 3);

function timeOnce(args: string[]): number {
  // CDKTF_OUTDIR keeps the app-only runs away from the shared cdktf.out.
  const env = { ...process.env, CHECKPOINT_DISABLE: "1", CI: "1", CDKTF_OUTDIR: mkdtempSync(join(tmpdir(), "synth-bench-")) };
  const started = process.hrtime.bigint();
  execFileSync(args[0], args.slice(1), { cwd: ROOT, env, stdio: "pipe" });
  return Number(process.hrtime.bigint() - started) / 1e9;
}

const cases: Array<[string, () => string[]]> = [
  ["npm run synth", () => ["npm", "run", "-s", "synth", "--", "--output", mkdtempSync(join(tmpdir(), "synth-bench-"))]],
  ["npx cdktf synth", () => ["npx", "cdktf", "synth", "--output", mkdtempSync(join(tmpdir(), "synth-bench-"))]],
  ["app only: node --require tsx/cjs infra/main.ts", () => ["node", "--require", "tsx/cjs", "infra/main.ts"]],
];

const load = () =>
  loadavg()
    .map((v) => v.toFixed(2))
    .join(" / ");
console.log(
  `${new Date().toISOString()}: ${runs} runs each, ${cpus().length} cores (${cpus()[0]?.model ?? "unknown"}), node ${process.version}`,
);
console.log(`load average (1/5/15 min) at start: ${load()}`);
console.log("| command | min s | median s | max s |");
console.log("|---|---|---|---|");
for (const [label, args] of cases) {
  const times = Array.from({ length: runs }, () => timeOnce(args())).sort((a, b) => a - b);
  const median = times[Math.floor(times.length / 2)];
  console.log(`| ${label} | ${times[0].toFixed(2)} | ${median.toFixed(2)} | ${times[times.length - 1].toFixed(2)} |`);
}
console.log(`load average (1/5/15 min) at end: ${load()}`);
