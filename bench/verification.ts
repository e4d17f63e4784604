// `npm run bench`: measures the verification function and prints one Markdown table, each of our
// figures beside the reference measured in the same run, the ratio and the target — the table
// docs/benchmarks.md copies. Sections: synth, cold start (bundle, require, first request), hot
// path (login against a bare HGET, server-side cost, round trips, request log completeness).
// The machine may be shared: the load average is printed with the figures; ratios come from the
// same run (interleaved rounds), never from comparing runs.
// Options (environment): BENCH_ROUNDS (hot-path rounds, default 5), BENCH_COLD_RUNS (processes
// per series, default 15), BENCH_FIRST_REPLY_RUNS (fresh-process pairs, default 11),
// BENCH_SYNTH_RUNS (default 3), BENCH_SECTIONS (comma-separated subset of
// synth,cold,hot; default all).
import { cpus, loadavg } from "node:os";
import { coldStartRows } from "./verification/cold-start";
import { hotPathRows } from "./verification/hot-path";
import type { Row } from "./verification/stats";
import { synthRows } from "./verification/synth-time";

async function main(): Promise<void> {
  const startedAt = new Date();
  const loadAtStart = loadavg();
  const rows: Row[] = [];
  const sections = new Set((process.env.BENCH_SECTIONS ?? "synth,cold,hot").split(",").map((name) => name.trim()));
  if (sections.has("synth")) rows.push(...synthRows(Number(process.env.BENCH_SYNTH_RUNS ?? 3)));
  if (sections.has("cold")) rows.push(...(await coldStartRows(Number(process.env.BENCH_COLD_RUNS ?? 15))));
  if (sections.has("hot")) rows.push(...(await hotPathRows()));
  const loadAtEnd = loadavg();

  const cpu = cpus();
  console.log(`\nVerification function benchmark — ${startedAt.toISOString()}`);
  console.log(
    `Machine: ${cpu.length} CPUs (${cpu[0]?.model ?? "unknown"}), Node ${process.version}, ${process.platform}-${process.arch}`,
  );
  console.log(`Load average (1/5/15 min): ${fmtLoad(loadAtStart)} at start, ${fmtLoad(loadAtEnd)} at end\n`);
  console.log("| metric | ours | reference (same run) | ratio | target | |");
  console.log("|---|---|---|---|---|---|");
  for (const row of rows) {
    console.log(
      `| ${row.metric} | ${row.value} | ${row.reference ?? ""} | ${row.ratio ?? ""} | ${row.target ?? ""} | ${row.verdict ?? ""} |`,
    );
  }
}

function fmtLoad(values: number[]): string {
  return values.map((v) => v.toFixed(2)).join(" / ");
}

main().catch((error: Error) => {
  console.error(`bench: ${error.stack ?? error.message}`);
  process.exit(1);
});
