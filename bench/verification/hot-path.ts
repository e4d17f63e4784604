// Hot-path section of `npm run bench`: starts hot-path-worker.ts in its own process, drains its
// stdout like SCF's log collector (counting request log lines: exactly one per request, each a
// whole JSON object), and turns its figures into rows with ratios against each login's design
// floor (its own script by EVALSHA plus one flushed log line) and the tutorial's demo, and the
// latency tails of the same series.
import { buildSync } from "esbuild";
import { spawn } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { functionBuildOptions } from "../../functions/build/bundle";
import type { HotPathFigures, Tail } from "./hot-path-worker";
import { median, ms, verdict, type Row } from "./stats";

/** Login rate / its design floor's rate (the floor: the login's script by EVALSHA + one log line flushed). */
const floorTargets = { absent: 0.8, matching: 0.6 };
/** How many times the tutorial's demo's login rate ours must be, at 50 in flight. */
const tutorialTarget = 9;
/** p99 / p50 of one series. */
const tailTarget = 3;
/** What signing may add to a successful login's p50. */
const signingBudgetMs = 0.2;

export async function hotPathRows(): Promise<Row[]> {
  const { figures, logLines, badLines } = await runWorker();
  const rows: Row[] = [];
  for (const [label, { ours, reference, referenceLabel, cpuOurs, cpuReference }] of Object.entries(figures.series)) {
    // CPU of this process per request: what bounds a series once the machine's cores are busy.
    const cpu = `; CPU ${median(cpuOurs).toFixed(0)} µs / request vs ${median(cpuReference).toFixed(0)} µs`;
    // Each round measures the reference right before ours; the ratio of that round is the figure.
    const ratios = ours.map((value, i) => value / reference[i]);
    const ratio = median(ratios);
    const range = `(rounds ${Math.min(...ratios).toFixed(2)}–${Math.max(...ratios).toFixed(2)})`;
    if (referenceLabel === "tutorial") {
      rows.push({
        metric: `${label} (median of ${ours.length} rounds, req/s)`,
        value: median(ours).toFixed(0),
        reference: `${median(reference).toFixed(0)} (the tutorial's demo: a connection per request, GET of the phone's JSON)`,
        ratio: `${ratio.toFixed(1)}× ${range}${cpu}`,
        target: `≥ ${tutorialTarget}×`,
        verdict: verdict(ratio >= tutorialTarget),
      });
      continue;
    }
    const target = label.includes("matching code") ? floorTargets.matching : floorTargets.absent;
    rows.push({
      metric: `${label} (median of ${ours.length} rounds, req/s)`,
      value: median(ours).toFixed(0),
      reference: `${median(reference).toFixed(0)} (design floor: the same script by EVALSHA + one log line flushed)`,
      ratio: `${ratio.toFixed(2)} ${range}${cpu}`,
      target: `≥ ${target}`,
      verdict: verdict(ratio >= target),
    });
  }
  for (const [label, { ours, reference }] of Object.entries(figures.tails)) {
    const spread = ours.p99 / ours.p50;
    rows.push({
      metric: `${label}: latency p50 / p99 / p99.9 / max (${ours.count} requests)`,
      value: tailText(ours),
      reference: `${tailText(reference)} (design floor)`,
      ratio: `p99 = ${spread.toFixed(1)} × p50 (floor ${(reference.p99 / reference.p50).toFixed(1)})`,
      target: `p99 ≤ ${tailTarget} × p50`,
      verdict: verdict(spread <= tailTarget),
    });
  }
  for (const [label, causes] of Object.entries(figures.tailCauses ?? {})) {
    const { by, excessMs } = causes;
    rows.push({
      metric: `where the tail comes from, ${label}, 1 in flight: of ${causes.requests} requests, those slower than 3 × p50 (${ms(causes.p50)}), by the part holding most of their excess — GC pause / Redis round trip / log write / elsewhere`,
      value: `${causes.slow}: ${by.gc} / ${by.redis} / ${by.log} / ${by.other}`,
      reference: `excess ms: ${excessMs.gc.toFixed(1)} / ${excessMs.redis.toFixed(1)} / ${excessMs.log.toFixed(1)} / ${excessMs.other.toFixed(1)}`,
    });
  }
  for (const [label, { p50, p99 }] of Object.entries(figures.latency)) {
    rows.push({ metric: `${label}, p50 / p99 (1 in flight)`, value: `${ms(p50)} / ${ms(p99)}` });
  }
  if (figures.loginPhases) {
    const { before, verify, after, hget } = figures.loginPhases;
    rows.push({
      metric:
        "where a login without a live code spends its time, 1 in flight (medians): before the store call / the store call (one script round trip) / after it",
      value: `${us(before)} / ${us(verify)} / ${us(after)}`,
      reference: `${us(hget)} (bare HGET, between the logins)`,
    });
  }
  const success = figures.latency["login, matching code, tokens signed"];
  const refused = figures.latency["login, no live code"];
  if (success && refused) {
    // An upper bound on what signing adds: the difference also holds creating the session in the
    // verify script and the longer reply.
    const added = success.p50 - refused.p50;
    rows.push({
      metric: "what a successful login adds over one without a live code, p50 (session + token signing)",
      value: ms(added),
      target: `≤ ${signingBudgetMs} ms`,
      verdict: verdict(added <= signingBudgetMs),
    });
  }
  if (figures.signing) {
    const { ours, signatureOnly } = figures.signing;
    rows.push({
      metric: "signing one ES256 access token alone (signAccessToken: jose 5 SignJWT), p50 / p99",
      value: `${ms(ours.p50)} / ${ms(ours.p99)}`,
      reference: `${ms(signatureOnly.p50)} / ${ms(signatureOnly.p99)} (the ECDSA signature alone, node:crypto sign)`,
      ratio: (ours.p50 / signatureOnly.p50).toFixed(2),
      target: `p50 ≤ ${signingBudgetMs} ms`,
      verdict: verdict(ours.p50 <= signingBudgetMs),
    });
  }
  for (const [label, us] of Object.entries(figures.serverUsPerCall)) {
    rows.push({ metric: `Redis server-side µs per call: ${label}`, value: `${us.toFixed(2)} µs` });
  }
  for (const [label, trips] of Object.entries(figures.roundTrips)) {
    const target = roundTripTarget(label);
    rows.push({
      metric: `Redis round trips per ${label} (client commands / server script calls)`,
      value: `${trips.client.toFixed(2)} / ${trips.server.toFixed(2)}`,
      target: target === undefined ? undefined : `${target}`,
      verdict: target === undefined ? undefined : verdict(Math.max(trips.client, trips.server) <= target + 0.005),
    });
  }
  for (const [label, rate] of Object.entries(figures.throughput32)) {
    rows.push({ metric: `${label}, requests/s (one process, 32 in flight)`, value: rate.toFixed(0) });
  }
  rows.push({
    metric: "request log lines received / requests handled",
    value: `${logLines} / ${figures.requestsLogged}${badLines ? ` (${badLines} lines not one JSON object)` : ""}`,
    target: "equal",
    verdict: verdict(logLines === figures.requestsLogged && badLines === 0),
  });
  return rows;
}

function tailText(tail: Tail): string {
  return `${ms(tail.p50)} / ${ms(tail.p99)} / ${ms(tail.p999)} / ${ms(tail.max)}`;
}

function us(milliseconds: number): string {
  return `${(milliseconds * 1000).toFixed(0)} µs`;
}

/**
 * Standalone Redis: one script per request, budgets and the login throttle included (they may add
 * at most one to getSms and none to a successful login). No target for the cluster and the
 * failed-SMS rows: they are reported for what they are.
 */
function roundTripTarget(label: string): number | undefined {
  if (!label.includes("(standalone")) return undefined;
  return 1;
}

/**
 * The worker is compiled the way the deployed bundle is (functions/build/bundle.ts: esbuild,
 * minified, node18 target), not run through tsx: tsx keeps function names by wrapping every
 * closure the handler creates, which production code does not pay.
 */
async function runWorker(): Promise<{ figures: HotPathFigures; logLines: number; badLines: number }> {
  const dir = mkdtempSync(join(tmpdir(), "hot-path-worker-"));
  try {
    const outFile = join(dir, "hot-path-worker.js");
    buildSync(functionBuildOptions(join(__dirname, "hot-path-worker.ts"), outFile));
    return await spawnWorker(outFile);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

function spawnWorker(file: string): Promise<{ figures: HotPathFigures; logLines: number; badLines: number }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ["--expose-gc", file], {
      stdio: ["ignore", "pipe", "inherit", "ipc"],
      env: process.env,
    });
    let logLines = 0;
    let badLines = 0;
    let partial = "";
    let figures: HotPathFigures | undefined;
    child.stdout?.setEncoding("utf8").on("data", (chunk: string) => {
      const lines = (partial + chunk).split("\n");
      partial = lines.pop() ?? "";
      for (const line of lines) {
        if (!line.includes('"verification request"')) continue;
        try {
          JSON.parse(line);
          logLines++;
        } catch {
          badLines++;
        }
      }
    });
    child.on("message", (message: { kind: string; figures: HotPathFigures }) => {
      if (message.kind === "figures") figures = message.figures;
    });
    child.on("error", reject);
    child.on("close", (code) => {
      if (code === 0 && figures) resolve({ figures, logLines, badLines: badLines + (partial ? 1 : 0) });
      else reject(new Error(`hot-path worker exited with ${code}`));
    });
  });
}
