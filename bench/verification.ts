// `npm run bench`: measures the verification function and prints a Markdown table for the README.
// Bundle size and cold require use the deployable bundle (functions/build/bundle.ts); latency,
// round trips and throughput go through the same handler main_handler uses, against a local
// redis-server and the local signature-checking SMS endpoint with the real SDK.
import { execFileSync } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { bundleFunction } from "../functions/build/bundle";
import { createVerificationRuntime, type VerificationRuntime } from "../functions/verification/runtime";
import { startRedisCluster, startRedisServer } from "../test/support/redis-server";
import { startSmsEndpoint, type SmsEndpoint } from "../test/support/sms-endpoint";

const credentials = { secretId: "AKIDbenchverification01", secretKey: "bench-secret-key", sessionToken: "bench-token" };
const warmRequests = 1000;
const throughputRequests = 2000;
const concurrency = 32;

interface Row {
  metric: string;
  value: string;
  target?: string;
}

async function main(): Promise<void> {
  const rows: Row[] = [];
  const outDir = mkdtempSync(join(tmpdir(), "verification-bench-"));
  try {
    const bundle = bundleFunction({ entryPoint: resolve(__dirname, "../functions/verification/index.ts"), outDir });
    rows.push({ metric: "bundle size (minified)", value: `${(bundle.bytes / 1024).toFixed(1)} KB`, target: "≤ 450 KB" });
    const coldTimes = Array.from({ length: 5 }, () => coldRequireMs(bundle.outFile));
    rows.push({ metric: "cold require of the bundle (median of 5 processes)", value: `${median(coldTimes).toFixed(1)} ms`, target: "≤ 60 ms" });
  } finally {
    rmSync(outDir, { recursive: true, force: true });
  }

  const [redis, sms] = await Promise.all([startRedisServer(), startSmsEndpoint(credentials)]);
  const env = benchEnv(redis.host, redis.port, sms, false);
  const runtime = createVerificationRuntime(env, { log: () => undefined });
  const counter = countCommands(runtime);
  try {
    // Warm the connection and load the scripts (first EVALSHA of each script falls back to EVAL).
    await getSms(runtime, phoneAt(0));
    await login(runtime, phoneAt(0), lastCode(sms, phoneAt(0)));

    const getSmsMs: number[] = [];
    counter.reset();
    for (let i = 1; i <= warmRequests; i++) getSmsMs.push(await timed(() => getSms(runtime, phoneAt(i))));
    const getSmsTrips = counter.count / warmRequests;

    const codes = new Map<string, string>();
    for (const message of sms.sent) codes.set(message.phoneNumbers[0], message.templateParams[0]);
    const loginMs: number[] = [];
    counter.reset();
    for (let i = 1; i <= warmRequests; i++) loginMs.push(await timed(() => login(runtime, phoneAt(i), codes.get(phoneAt(i)) ?? "")));
    const loginTrips = counter.count / warmRequests;

    sms.setBehaviour({ kind: "httpError", status: 500 }, { times: 50 });
    counter.reset();
    for (let i = 0; i < 50; i++) await getSms(runtime, phoneAt(5000 + i));
    const failedTrips = counter.count / 50;
    sms.reset();

    rows.push({ metric: "warm getSms p50 / p99 (incl. SendSms to local endpoint)", value: `${pct(getSmsMs, 50)} / ${pct(getSmsMs, 99)} ms` });
    rows.push({ metric: "warm login p50 / p99", value: `${pct(loginMs, 50)} / ${pct(loginMs, 99)} ms` });
    rows.push({ metric: "Redis round trips per getSms (standalone)", value: getSmsTrips.toFixed(2), target: "1" });
    rows.push({ metric: "Redis round trips per login", value: loginTrips.toFixed(2), target: "1" });
    rows.push({ metric: "Redis round trips per getSms whose SMS failed (issue + release)", value: failedTrips.toFixed(2) });

    const getSmsRate = await throughput(throughputRequests, (i) => getSms(runtime, phoneAt(10000 + i)));
    const codes2 = new Map<string, string>();
    for (const message of sms.sent) codes2.set(message.phoneNumbers[0], message.templateParams[0]);
    const loginRate = await throughput(throughputRequests, (i) => login(runtime, phoneAt(10000 + i), codes2.get(phoneAt(10000 + i)) ?? ""));
    rows.push({ metric: `getSms requests/s (one process, ${concurrency} in flight)`, value: getSmsRate.toFixed(0) });
    rows.push({ metric: `login requests/s (one process, ${concurrency} in flight)`, value: loginRate.toFixed(0) });
  } finally {
    await runtime.close();
    await redis.stop();
  }

  const cluster = await startRedisCluster();
  const clusterRuntime = createVerificationRuntime(benchEnv(cluster.nodes[0].host, cluster.nodes[0].port, sms, true), { log: () => undefined });
  const clusterCounter = countCommands(clusterRuntime);
  try {
    await getSms(clusterRuntime, phoneAt(90000));
    await login(clusterRuntime, phoneAt(90000), lastCode(sms, phoneAt(90000)));
    clusterCounter.reset();
    for (let i = 1; i <= 100; i++) await getSms(clusterRuntime, phoneAt(90000 + i));
    const trips = clusterCounter.count / 100;
    clusterCounter.reset();
    for (let i = 1; i <= 100; i++) await login(clusterRuntime, phoneAt(90000 + i), lastCode(sms, phoneAt(90000 + i)));
    rows.push({ metric: "Redis round trips per getSms / login (3-node cluster)", value: `${trips.toFixed(2)} / ${(clusterCounter.count / 100).toFixed(2)}` });
  } finally {
    await clusterRuntime.close();
    await Promise.all([cluster.stop(), sms.stop()]);
  }

  console.log(`\nVerification function benchmark (${new Date().toISOString()}, Node ${process.version})\n`);
  console.log("| metric | value | target |\n|---|---|---|");
  for (const row of rows) console.log(`| ${row.metric} | ${row.value} | ${row.target ?? ""} |`);
}

function benchEnv(host: string, port: number, sms: SmsEndpoint, cluster: boolean): NodeJS.ProcessEnv {
  return {
    REDIS_HOST: host,
    REDIS_PORT: String(port),
    REDIS_CLUSTER: String(cluster),
    REDIS_CONNECT_TIMEOUT_MS: "2000",
    SMS_SDKAPPID: "1400000001",
    SMS_SIGN: "BenchSign",
    SMS_TEMPLATE_ID: "100001",
    SMS_ENDPOINT: sms.url,
    CODE_PEPPER: "bench-pepper-0123456789abcdef",
    IP_HOURLY_LIMIT: "100000",
    TENCENTCLOUD_SECRETID: credentials.secretId,
    TENCENTCLOUD_SECRETKEY: credentials.secretKey,
    TENCENTCLOUD_SESSIONTOKEN: credentials.sessionToken,
  };
}

/** Counts commands the client writes to Redis: one per round trip (no pipelining is used). */
function countCommands(runtime: VerificationRuntime): { count: number; reset(): void } {
  const client = runtime.redis;
  if (!client) throw new Error("runtime has no Redis client (configuration invalid?)");
  const counter = { count: 0, reset: () => (counter.count = 0) };
  const original = client.sendCommand.bind(client) as (...args: unknown[]) => unknown;
  (client as unknown as { sendCommand: (...args: unknown[]) => unknown }).sendCommand = (...args: unknown[]) => {
    counter.count += 1;
    return original(...args);
  };
  return counter;
}

function phoneAt(i: number): string {
  return `+86139${String(i).padStart(8, "0")}`;
}

function lastCode(sms: SmsEndpoint, phone: string): string {
  const message = [...sms.sent].reverse().find((m) => m.phoneNumbers.includes(phone));
  return message?.templateParams[0] ?? "";
}

async function getSms(runtime: VerificationRuntime, phone: string): Promise<void> {
  const reply = await runtime.handle({ httpMethod: "GET", path: "/", headers: { "x-scf-remote-addr": "127.0.0.1" }, queryString: { method: "getSms", phone }, body: "" }, {});
  if (reply.statusCode !== 200 && reply.statusCode !== 502) throw new Error(`getSms ${phone}: ${reply.statusCode} ${reply.body}`);
}

async function login(runtime: VerificationRuntime, phone: string, code: string): Promise<void> {
  const body = JSON.stringify({ method: "login", phone, code });
  const reply = await runtime.handle({ httpMethod: "POST", path: "/", headers: { "content-type": "application/json", "x-scf-remote-addr": "127.0.0.1" }, queryString: {}, body }, {});
  if (reply.statusCode !== 200) throw new Error(`login ${phone}: ${reply.statusCode} ${reply.body}`);
}

async function timed(run: () => Promise<void>): Promise<number> {
  const started = process.hrtime.bigint();
  await run();
  return Number(process.hrtime.bigint() - started) / 1e6;
}

async function throughput(total: number, run: (i: number) => Promise<void>): Promise<number> {
  let next = 0;
  const started = process.hrtime.bigint();
  await Promise.all(
    Array.from({ length: concurrency }, async () => {
      while (next < total) await run(next++);
    }),
  );
  return total / (Number(process.hrtime.bigint() - started) / 1e9);
}

function coldRequireMs(file: string): number {
  const script = `const t=process.hrtime.bigint();require(${JSON.stringify(file)});process.stdout.write(String(Number(process.hrtime.bigint()-t)/1e6))`;
  return Number(execFileSync(process.execPath, ["-e", script], { encoding: "utf8" }));
}

function median(values: number[]): number {
  return pct(values, 50);
}

function pct(values: number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  const index = Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1);
  return Math.round(sorted[Math.max(0, index)] * 100) / 100;
}

main().catch((error: Error) => {
  console.error(`bench: ${error.stack ?? error.message}`);
  process.exit(1);
});
