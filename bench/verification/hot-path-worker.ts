// The function side of the hot-path benchmark, run in its own process (bench/verification/
// hot-path.ts starts it) so its stdout is a pipe like SCF's log collection and the request log
// is written for real. It drives the same handler main_handler uses against a real redis-server
// and the local signature-checking SMS endpoint, and reports figures over IPC.
//
// Reference: a bare HGET through the runtime's own ioredis client (same options, same server),
// measured in the same round as the login it is compared with, so machine load hits both alike.
import { createVerificationRuntime, type VerificationRuntime } from "../../functions/verification/runtime";
import { startFixture } from "../../test/functions/verification/support/verification-fixture";
import { startRedisCluster } from "../../test/support/redis-server";
import type { SmsEndpoint } from "../../test/support/sms-endpoint";
import { hrtimeMs, median, percentile } from "./stats";

export interface HotPathFigures {
  rounds: number;
  /** Requests per second, one entry per round. */
  hget1: number[];
  login1: number[];
  hget50: number[];
  login50: number[];
  latency: Record<string, { p50: number; p99: number }>;
  /** Redis server-side µs per call (INFO commandstats). */
  serverUsPerCall: Record<string, number>;
  roundTrips: Record<string, number>;
  throughput32: Record<string, number>;
  /** Handler invocations whose request log line the parent should have received. */
  requestsLogged: number;
}

let requests = 0;
let phoneCounter = 0;

async function main(): Promise<void> {
  const rounds = Number(process.env.BENCH_ROUNDS ?? 5);
  // As deployed: secrets from the (local, TC3-checking) Secrets Manager double, SMS through the real
  // SDK to the local endpoint double, a real redis-server.
  const fixture = await startFixture({ IP_HOURLY_LIMIT: "100000", REDIS_CONNECT_TIMEOUT_MS: "2000", SMS_TIMEOUT_SECONDS: "5" });
  const sms = fixture.sms;
  // No log option: the production writer, stdout, which the parent drains and counts.
  const runtime = createVerificationRuntime(fixture.env);
  const figures: HotPathFigures = {
    rounds,
    hget1: [],
    login1: [],
    hget50: [],
    login50: [],
    latency: {},
    serverUsPerCall: {},
    roundTrips: {},
    throughput32: {},
    requestsLogged: 0,
  };
  try {
    // Warm up: secrets, connection, script load (the first EVALSHA of each script falls back to
    // EVAL), JIT.
    await getSms(runtime, nextPhone());
    const client = runtime.redis;
    if (!client) throw new Error("runtime has no Redis client after its first request");
    for (let i = 0; i < 3000; i++) {
      await loginNoCode(runtime, nextPhone());
      await client.hget(codeKey(nextPhone()), "h");
    }

    const hget = async () => void (await client.hget(codeKey(nextPhone()), "h"));
    const loginWithoutCode = () => loginNoCode(runtime, nextPhone());
    for (let round = 0; round < rounds; round++) {
      figures.hget1.push(await rate(3000, 1, hget));
      figures.login1.push(await rate(3000, 1, loginWithoutCode));
      figures.hget50.push(await rate(15000, 50, hget));
      figures.login50.push(await rate(15000, 50, loginWithoutCode));
    }

    figures.latency["bare HGET"] = await latencies(2000, hget);
    figures.latency["login, no live code"] = await latencies(2000, loginWithoutCode);

    // Server-side cost: reset the counters, run one kind of request, read INFO commandstats.
    figures.serverUsPerCall["HGET (bare reference)"] = await serverCost(client, "hget", () => sequential(2000, hget));
    figures.serverUsPerCall["verify script (login, no live code)"] = await serverCost(client, "evalsha", () =>
      sequential(2000, loginWithoutCode),
    );
    const issuedPhones = Array.from({ length: 1000 }, () => nextPhone());
    figures.serverUsPerCall["issue script (getSms)"] = await serverCost(client, "evalsha", async () => {
      for (const phone of issuedPhones) await getSms(runtime, phone);
    });
    const codes = lastCodes(sms);
    figures.serverUsPerCall["verify script (login, matching code)"] = await serverCost(client, "evalsha", async () => {
      for (const phone of issuedPhones) await login(runtime, phone, codes.get(phone) ?? "", 200);
    });

    const sent = Array.from({ length: 1000 }, () => nextPhone());
    const getSmsMs: number[] = [];
    for (const phone of sent) getSmsMs.push(await timed(() => getSms(runtime, phone)));
    const sentCodes = lastCodes(sms);
    const loginMs: number[] = [];
    for (const phone of sent) loginMs.push(await timed(() => login(runtime, phone, sentCodes.get(phone) ?? "", 200)));
    figures.latency["getSms (incl. SendSms to the local endpoint)"] = { p50: median(getSmsMs), p99: percentile(getSmsMs, 99) };
    figures.latency["login, matching code"] = { p50: median(loginMs), p99: percentile(loginMs, 99) };

    const counter = countCommands(runtime);
    const counted = Array.from({ length: 200 }, () => nextPhone());
    for (const phone of counted) await getSms(runtime, phone);
    figures.roundTrips["getSms (standalone)"] = counter.take() / counted.length;
    const countedCodes = lastCodes(sms);
    for (const phone of counted) await login(runtime, phone, countedCodes.get(phone) ?? "", 200);
    figures.roundTrips["login (standalone)"] = counter.take() / counted.length;
    sms.setBehaviour({ kind: "httpError", status: 500 }, { times: 50 });
    for (let i = 0; i < 50; i++) await getSms(runtime, nextPhone());
    figures.roundTrips["getSms whose SMS failed (issue + release)"] = counter.take() / 50;
    sms.reset();
    counter.restore();

    const bulk = Array.from({ length: 2000 }, () => nextPhone());
    figures.throughput32["getSms"] = await rate(bulk.length, 32, (i) => getSms(runtime, bulk[i]));
    const bulkCodes = lastCodes(sms);
    figures.throughput32["login, matching code"] = await rate(bulk.length, 32, (i) =>
      login(runtime, bulk[i], bulkCodes.get(bulk[i]) ?? "", 200),
    );
  } finally {
    await runtime.close();
  }

  const cluster = await startRedisCluster();
  const clusterRuntime = createVerificationRuntime({
    ...fixture.env,
    REDIS_HOST: cluster.nodes[0].host,
    REDIS_PORT: String(cluster.nodes[0].port),
    REDIS_CLUSTER: "true",
  });
  try {
    await getSms(clusterRuntime, nextPhone());
    const counter = countCommands(clusterRuntime);
    const phones = Array.from({ length: 100 }, () => nextPhone());
    for (const phone of phones) await getSms(clusterRuntime, phone);
    figures.roundTrips["getSms (3-node cluster)"] = counter.take() / phones.length;
    const codes = lastCodes(sms);
    for (const phone of phones) await login(clusterRuntime, phone, codes.get(phone) ?? "", 200);
    figures.roundTrips["login (3-node cluster)"] = counter.take() / phones.length;
  } finally {
    await clusterRuntime.close();
    await Promise.all([cluster.stop(), fixture.stop()]);
  }
  figures.requestsLogged = requests;
  process.send?.({ kind: "figures", figures });
}

function nextPhone(): string {
  return `+86139${String(phoneCounter++).padStart(8, "0")}`;
}

function codeKey(phone: string): string {
  return `vc:{${phone}}:code`;
}

function lastCodes(sms: SmsEndpoint): Map<string, string> {
  const codes = new Map<string, string>();
  for (const message of sms.sent) codes.set(message.phoneNumbers[0], message.templateParams[0]);
  return codes;
}

const ip = { "x-scf-remote-addr": "127.0.0.1" };

async function getSms(runtime: VerificationRuntime, phone: string): Promise<void> {
  requests++;
  const reply = await runtime.handle(
    { httpMethod: "GET", path: "/", headers: ip, queryString: { method: "getSms", phone }, body: "" },
    {},
  );
  if (reply.statusCode !== 200 && reply.statusCode !== 502) throw new Error(`getSms ${phone}: ${reply.statusCode} ${reply.body}`);
}

const jsonHeaders = { "content-type": "application/json", "x-scf-remote-addr": "127.0.0.1" };

async function login(runtime: VerificationRuntime, phone: string, code: string, expected: number): Promise<void> {
  requests++;
  const body = `{"method":"login","phone":"${phone}","code":"${code}"}`;
  const reply = await runtime.handle({ httpMethod: "POST", path: "/", headers: jsonHeaders, queryString: {}, body }, {});
  if (reply.statusCode !== expected) throw new Error(`login ${phone}: ${reply.statusCode} ${reply.body}`);
}

/** A well-formed login for a phone without a live code: one Redis round trip, 400 CodeHasExpired. */
function loginNoCode(runtime: VerificationRuntime, phone: string): Promise<void> {
  return login(runtime, phone, "123456", 400);
}

async function timed(run: () => Promise<void>): Promise<number> {
  const started = process.hrtime.bigint();
  await run();
  return hrtimeMs(started);
}

async function sequential(total: number, run: (i: number) => Promise<void>): Promise<void> {
  for (let i = 0; i < total; i++) await run(i);
}

async function latencies(total: number, run: () => Promise<void>): Promise<{ p50: number; p99: number }> {
  const samples: number[] = [];
  for (let i = 0; i < total; i++) samples.push(await timed(run));
  return { p50: median(samples), p99: percentile(samples, 99) };
}

/** Requests per second with `inFlight` requests outstanding at all times. */
async function rate(total: number, inFlight: number, run: (i: number) => Promise<void>): Promise<number> {
  let next = 0;
  const started = process.hrtime.bigint();
  await Promise.all(
    Array.from({ length: inFlight }, async () => {
      while (next < total) await run(next++);
    }),
  );
  return total / (hrtimeMs(started) / 1000);
}

type Client = NonNullable<VerificationRuntime["redis"]>;

async function serverCost(client: Client, command: string, run: () => Promise<void>): Promise<number> {
  const node = "nodes" in client ? client.nodes("master")[0] : client;
  await node.call("CONFIG", "RESETSTAT");
  await run();
  const info = String(await node.call("INFO", "commandstats"));
  const line = info.split("\n").find((l) => l.startsWith(`cmdstat_${command}:`));
  const usPerCall = /usec_per_call=([\d.]+)/.exec(line ?? "");
  if (!usPerCall) throw new Error(`no cmdstat_${command} in INFO commandstats`);
  return Number(usPerCall[1]);
}

/** Counts commands the client writes to Redis: one per round trip (nothing is pipelined). */
function countCommands(runtime: VerificationRuntime): { take(): number; restore(): void } {
  const client = runtime.redis as unknown as { sendCommand: (...args: unknown[]) => unknown };
  const original = client.sendCommand;
  let count = 0;
  client.sendCommand = function (this: unknown, ...args: unknown[]) {
    count += 1;
    return original.apply(this, args);
  };
  return {
    take: () => {
      const taken = count;
      count = 0;
      return taken;
    },
    restore: () => void (client.sendCommand = original),
  };
}

main().catch((error: Error) => {
  process.stderr.write(`hot-path worker: ${error.stack ?? error.message}\n`);
  process.exit(1);
});
