// Synth section of `npm run bench`: wall and CPU time (user + system of the whole process tree,
// from bash's `time`) of `npm run synth`, the way a user runs it, into a scratch output directory.
import { execFileSync } from "node:child_process";
import { mkdtempSync, readdirSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { median, verdict, type Row } from "./stats";

const root = resolve(__dirname, "../..");

export function synthRows(runs: number): Row[] {
  const wall: number[] = [];
  const cpu: number[] = [];
  let stacks: string[] = [];
  for (let i = 0; i < runs; i++) {
    const out = mkdtempSync(join(tmpdir(), "bench-synth-"));
    try {
      const timing = execFileSync(
        "bash",
        ["-c", 'TIMEFORMAT="%R %U %S"; { time npm run -s synth -- --output "$0" >/dev/null; } 2>&1', out],
        {
          cwd: root,
          encoding: "utf8",
          env: { ...process.env, CHECKPOINT_DISABLE: "1", CI: "1" },
        },
      );
      const [real, user, sys] = timing.trim().split(/\s+/).slice(-3).map(Number);
      wall.push(real);
      cpu.push(user + sys);
      stacks = readdirSync(join(out, "stacks")).sort();
    } finally {
      rmSync(out, { recursive: true, force: true });
    }
  }
  return [
    {
      metric: `npm run synth (${stacks.join(", ")}), wall (median of ${runs})`,
      value: `${median(wall).toFixed(2)} s`,
      target: "≤ 8 s",
      verdict: verdict(median(wall) <= 8),
    },
    { metric: "npm run synth, CPU time user + system (median)", value: `${median(cpu).toFixed(2)} s` },
  ];
}
