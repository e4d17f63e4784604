// Measures `npx cdktf synth` (all environments, offline) and prints a table. Run with
// `npx tsx infra/benchmarks/measure-synth.ts [runs]`; the README reports its figures.
import { execFileSync } from "node:child_process";
import { mkdtempSync } from "node:fs";
import { cpus, tmpdir } from "node:os";
import { join, resolve } from "node:path";

const ROOT = resolve(__dirname, "..", "..");
const runs = Number(process.argv[2] ?? 3);

function timeOnce(args: string[]): number {
  // CDKTF_OUTDIR keeps the app-only runs away from the shared cdktf.out.
  const env = { ...process.env, CHECKPOINT_DISABLE: "1", CI: "1", CDKTF_OUTDIR: mkdtempSync(join(tmpdir(), "synth-bench-")) };
  const started = process.hrtime.bigint();
  execFileSync("npx", args, { cwd: ROOT, env, stdio: "pipe" });
  return Number(process.hrtime.bigint() - started) / 1e9;
}

const cases: Array<[string, () => string[]]> = [
  ["npx cdktf synth (3 stacks)", () => ["cdktf", "synth", "--output", mkdtempSync(join(tmpdir(), "synth-bench-"))]],
  ["app only: npx tsx infra/main.ts", () => ["tsx", "infra/main.ts"]],
];

console.log(`${runs} runs each, ${cpus().length} cores, node ${process.version}`);
console.log("| command | min s | median s | max s |");
console.log("|---|---|---|---|");
for (const [label, args] of cases) {
  const times = Array.from({ length: runs }, () => timeOnce(args())).sort((a, b) => a - b);
  const median = times[Math.floor(times.length / 2)];
  console.log(`| ${label} | ${times[0].toFixed(2)} | ${median.toFixed(2)} | ${times[times.length - 1].toFixed(2)} |`);
}
