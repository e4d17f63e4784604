// Synth section of `npm run bench`: wall and CPU time (user + system of the whole process tree,
// from bash's `time`) of `npm run synth`, the way a user runs it, into a scratch output directory;
// and, once, `npx cdktf synth` (the cdktf CLI around the same app) for comparison.
import { execFileSync } from "node:child_process";
import { mkdtempSync, readdirSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { median, verdict, type Row } from "./stats";

const root = resolve(__dirname, "../..");

interface Timing {
  wall: number;
  cpu: number;
  stacks: string[];
}

function timeSynth(command: string): Timing {
  const out = mkdtempSync(join(tmpdir(), "bench-synth-"));
  try {
    const timing = execFileSync("bash", ["-c", `TIMEFORMAT="%R %U %S"; { time ${command} "$0" >/dev/null; } 2>&1`, out], {
      cwd: root,
      encoding: "utf8",
      env: { ...process.env, CHECKPOINT_DISABLE: "1", CI: "1" },
    });
    const [real, user, sys] = timing.trim().split(/\s+/).slice(-3).map(Number);
    return { wall: real, cpu: user + sys, stacks: readdirSync(join(out, "stacks")).sort() };
  } finally {
    rmSync(out, { recursive: true, force: true });
  }
}

export function synthRows(runs: number): Row[] {
  const timings = Array.from({ length: runs }, () => timeSynth("npm run -s synth -- --output"));
  const wall = median(timings.map((t) => t.wall));
  const cli = timeSynth("npx cdktf synth --output");
  return [
    {
      metric: `npm run synth (${timings[0].stacks.join(", ")}), wall (median of ${runs})`,
      value: `${wall.toFixed(2)} s`,
      target: "≤ 8 s",
      verdict: verdict(wall <= 8),
    },
    { metric: "npm run synth, CPU time user + system (median)", value: `${median(timings.map((t) => t.cpu)).toFixed(2)} s` },
    {
      metric: "npx cdktf synth (the CLI around the same app, same files), wall / CPU (1 run)",
      value: `${cli.wall.toFixed(2)} s / ${cli.cpu.toFixed(2)} s`,
    },
  ];
}
