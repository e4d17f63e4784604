// Cold-start section of `npm run bench`: the deployed bundle (built the way synth builds it), its
// size, the cold `require` of it against requiring ioredis + the SMS SDK from node_modules (fresh
// processes, alternating, on SCF's Node 18.15 and on the project's Node), and the first reply of
// a fresh Node 18.15 process (start + require + Secrets Manager read from the local TC3-checking
// double + Redis connect + one login) against the cold floor (Node 18.15 start + ioredis + one
// command on a new connection), alternating, with the function's cold-start phases.
import { buildSync } from "esbuild";
import { execFileSync, spawn } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { functionBuildOptions } from "../../functions/build/bundle";
import { buildFunctionArchive } from "../../infra/assets/function-archive";
import { NODE_RUNTIMES } from "../../infra/config/tencentcloud-catalog";
import { scfNodeBinary } from "../../test/support/scf-node-runtime";
import { startFixture } from "../../test/functions/verification/support/verification-fixture";
import { median, ms, verdict, type Row } from "./stats";

// Measured on Nodejs18.15 (issue 24's target), which environments may still select; the default
// is Nodejs20.19 (infra/config/tencentcloud-catalog.ts).
const BENCH_RUNTIME = "Nodejs18.15";
const root = resolve(__dirname, "../..");
const verificationEntry = join(root, "functions/verification/index.ts");

export async function coldStartRows(runs: number): Promise<Row[]> {
  const rows: Row[] = [];
  const bundle = buildFunctionArchive(verificationEntry, NODE_RUNTIMES[BENCH_RUNTIME]);
  const indexFile = join(bundle.dir, "index.js");
  rows.push({
    metric: "verification bundle size (minified index.js)",
    value: `${(bundle.bytes / 1024).toFixed(1)} KB`,
    target: "≤ 450 KB",
    verdict: verdict(bundle.bytes <= 450 * 1024),
  });

  const binary = scfNodeBinary(BENCH_RUNTIME);
  const runtimes: [string, string][] = [[`Node ${process.version}`, process.execPath]];
  if (binary.kind === "found") runtimes.unshift(["Node v18.15.0 (SCF)", binary.path]);
  for (const [label, node] of runtimes) {
    const ours: number[] = [];
    const reference: number[] = [];
    // Alternating, so load changes during the run hit both series alike.
    for (let i = 0; i < runs; i++) {
      ours.push(requireMs(node, [indexFile]));
      reference.push(requireMs(node, ["ioredis", "tencentcloud-sdk-nodejs-sms"]));
    }
    const ratio = median(ours) / median(reference);
    rows.push({
      metric: `cold require of the bundle, ${label} (median of ${runs} processes)`,
      value: ms(median(ours)),
      reference: `${ms(median(reference))} (require ioredis + tencentcloud-sdk-nodejs-sms)`,
      ratio: ratio.toFixed(2),
      target: "≤ 0.25",
      verdict: verdict(ratio <= 0.25),
    });
  }

  if (binary.kind === "found") {
    rows.push(...(await firstReplyRows(binary.path, indexFile, Number(process.env.BENCH_FIRST_REPLY_RUNS ?? 11))));
  }
  return rows;
}

/** Wall time of require() of the given modules in a fresh process, measured inside it. */
function requireMs(node: string, modules: string[]): number {
  const script = `const t=process.hrtime.bigint();for(const m of ${JSON.stringify(modules)})require(m);process.stdout.write(String(Number(process.hrtime.bigint()-t)/1e6))`;
  return Number(execFileSync(node, ["-e", script], { cwd: root, encoding: "utf8" }));
}

/** Phases a cold start marks (performance.mark in the function), in the order they are printed. */
const coldMarks = [
  ["verification:runtime-created", "config parsed, secrets read started"],
  ["verification:modules-loaded", "Redis client and phone metadata loaded"],
  ["verification:secrets-read", "runtime secret read"],
  ["verification:redis-connecting", "Redis connect started"],
  ["verification:keys-imported", "signing key imported"],
  ["verification:redis-ready", "Redis connected"],
] as const;

interface ColdRun {
  /** Spawn to reply, measured by this process. */
  wallMs: number;
  /** Inside the process, ms since it started. */
  required: number;
  replied: number;
  marks: Record<string, number>;
}

/**
 * The first reply of a fresh process under Node 18.15, against the cold floor (Node 18.15 start +
 * the Redis client + one command on a new connection), alternating, each a new process; and where
 * the function's first reply spends its time (medians of its marks, ms since the process started).
 */
async function firstReplyRows(node: string, indexFile: string, runs: number): Promise<Row[]> {
  const dir = mkdtempSync(join(tmpdir(), "cold-floor-"));
  const fixture = await startFixture({ REDIS_CONNECT_TIMEOUT_MS: "10000", SSM_TIMEOUT_SECONDS: "10" });
  const ours: ColdRun[] = [];
  const floor: ColdRun[] = [];
  try {
    const floorFile = join(dir, "cold-floor.js");
    buildSync(functionBuildOptions(join(__dirname, "cold-floor.ts"), floorFile));
    const env = { ...fixture.env, PATH: process.env.PATH ?? "" };
    // The first of each warms the OS file cache and loads each script into redis-server; not counted.
    for (let i = -1; i < runs; i++) {
      const event = JSON.stringify({
        httpMethod: "POST",
        path: "/",
        headers: { "content-type": "application/json", "x-scf-remote-addr": "127.0.0.1" },
        queryString: {},
        body: `{"method":"login","phone":"+8613900${String(i + 1).padStart(6, "0")}","code":"123456"}`,
      });
      const mine = await coldRun(node, ["function", indexFile, event], env, 400);
      const theirs = await coldRun(node, ["floor", floorFile], env, 200);
      if (i < 0) continue;
      ours.push(mine);
      floor.push(theirs);
    }
  } finally {
    await fixture.stop();
    rmSync(dir, { recursive: true, force: true });
  }
  const ratios = ours.map((run, i) => run.wallMs / floor[i].wallMs);
  const rows: Row[] = [
    {
      metric: `first reply of a fresh process, Node v18.15.0 (median of ${runs}, alternating): start + require + Secrets Manager read (local double) + Redis connect + one login, spawn to reply`,
      value: ms(median(ours.map((run) => run.wallMs))),
      reference: `${ms(median(floor.map((run) => run.wallMs)))} (cold floor: Node 18.15 start + ioredis + one command on a new connection)`,
      ratio: `${(median(ours.map((run) => run.wallMs)) / median(floor.map((run) => run.wallMs))).toFixed(2)} (pairs ${Math.min(...ratios).toFixed(2)}–${Math.max(...ratios).toFixed(2)})`,
      target: "≤ 1.5",
      verdict: verdict(median(ours.map((run) => run.wallMs)) / median(floor.map((run) => run.wallMs)) <= 1.5),
    },
  ];
  const phases = [
    `require ${ms(median(ours.map((run) => run.required)))}`,
    ...coldMarks
      .filter(([name]) => ours.every((run) => run.marks[name] !== undefined))
      .map(([name, label]) => `${label} ${ms(median(ours.map((run) => run.marks[name])))}`),
    `reply ${ms(median(ours.map((run) => run.replied)))}`,
  ];
  rows.push({
    metric: "… where the first reply's time goes (medians, ms since the process started)",
    value: phases.join("; "),
    reference: `floor: require ${ms(median(floor.map((run) => run.required)))}; reply ${ms(median(floor.map((run) => run.replied)))}`,
  });
  return rows;
}

function coldRun(node: string, args: string[], env: NodeJS.ProcessEnv, expectedStatus: number): Promise<ColdRun> {
  return new Promise((resolve, reject) => {
    const started = performance.now();
    const child = spawn(node, [join(__dirname, "cold-first-reply-driver.js"), ...args], {
      env,
      stdio: ["ignore", "ignore", "pipe"],
    });
    let stderr = "";
    child.stderr.setEncoding("utf8").on("data", (chunk: string) => {
      stderr += chunk;
      const newline = stderr.indexOf("\n");
      if (newline < 0) return;
      const wallMs = performance.now() - started;
      const message = JSON.parse(stderr.slice(0, newline)) as {
        kind: string;
        status?: number;
        error?: string;
        required: number;
        replied: number;
        marks: [string, number][];
      };
      if (message.kind !== "replied" || message.status !== expectedStatus) {
        reject(new Error(`cold run ${args[0]}: ${message.error ?? `status ${message.status}`}`));
        return;
      }
      resolve({ wallMs, required: message.required, replied: message.replied, marks: Object.fromEntries(message.marks) });
    });
    child.on("error", reject);
  });
}
