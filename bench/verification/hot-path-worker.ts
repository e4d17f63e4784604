// The function side of the hot-path benchmark, run in its own process (bench/verification/
// hot-path.ts starts it) so its stdout is a pipe like SCF's log collection and the request log
// is written for real. It drives the same handler main_handler uses — secrets from the local
// Secrets Manager double, SMS through the real SDK to the local signature-checking endpoint, a
// real redis-server, every abuse protection on (SMS budgets, per-address limits, wrong-code
// budgets; caps set high enough that the run never trips them), JSON POSTs as production
// requires — and reports figures over IPC.
//
// Reference: a bare HGET through the runtime's own ioredis client (same options, same server),
// measured in the same round right before the login it is compared with, so load hits both alike.
import { batchedStdoutWriter, requestLogLine } from "../../functions/verification/http/request-log";
import { createVerificationRuntime, type VerificationRuntime } from "../../functions/verification/runtime";
import { PerformanceObserver } from "node:perf_hooks";
import { hashVerificationCode } from "../../functions/verification/service/verification-code";
import { phoneKeys, RedisCodeStore } from "../../functions/verification/store/redis-code-store";
import { sessionKey } from "../../functions/verification/store/redis-session-store";
import { signAccessToken } from "../../functions/verification/tokens/access-token";
import { generateSigningKey } from "../../functions/verification/tokens/key-set";
import { pepper, startFixture } from "../../test/functions/verification/support/verification-fixture";
import { startRedisCluster } from "../../test/support/redis-server";
import type { SmsEndpoint } from "../../test/support/sms-endpoint";
import { createHash, createPrivateKey, sign } from "node:crypto";
import { hrtimeMs, median, percentile } from "./stats";
import { tutorialDemoHandler } from "./tutorial-demo";

export interface Latency {
  p50: number;
  p99: number;
}

export interface TailCauses {
  requests: number;
  p50: number;
  slow: number;
  /** Slow requests by the part holding most of their excess: GC pause, Redis round trip, log write, the rest. */
  by: { gc: number; redis: number; log: number; other: number };
  /** Excess over p50 summed over the slow requests, ms, by part. */
  excessMs: { gc: number; redis: number; log: number; other: number };
}

export interface Tail extends Latency {
  p999: number;
  max: number;
  count: number;
}

export interface HotPathFigures {
  rounds: number;
  /**
   * Requests per second, one entry per round, each beside its reference measured in the same
   * round right before: the login's design floor, or the tutorial's demo.
   */
  series: Record<
    string,
    {
      ours: number[];
      reference: number[];
      inFlight: number;
      referenceLabel: "floor" | "tutorial";
      /** CPU time (user + system) of this process per request, µs, one entry per round. */
      cpuOurs: number[];
      cpuReference: number[];
    }
  >;
  /** Per-request latency (ms) in the rate series, all rounds pooled: ours and the floor's. */
  tails: Record<string, { ours: Tail; reference: Tail }>;
  latency: Record<string, Latency>;
  /** Signing one access token alone (jose SignJWT), and the bare ECDSA signature over the same input. */
  signing?: { ours: Latency; signatureOnly: Latency };
  /** Redis server-side µs per call (INFO commandstats). */
  serverUsPerCall: Record<string, number>;
  /** Commands the client sent per request / commands the server counted per request. */
  roundTrips: Record<string, { client: number; server: number }>;
  throughput32: Record<string, number>;
  /**
   * Where the time of a login without a live code goes, 1 in flight (medians, ms): before the
   * store's verify is called, the verify call (the script's round trip), after it; and the bare
   * HGET measured between them.
   */
  loginPhases?: { before: number; verify: number; after: number; hget: number };
  /**
   * Where the slow requests of 1 in flight lose their time (logins without a live code, and their
   * floor): requests slower than 3 × p50, by the part that holds most of their excess over p50.
   */
  tailCauses?: Record<string, TailCauses>;
  /** Handler invocations whose request log line the parent should have received. */
  requestsLogged: number;
}

/** Limits high enough that no bench request is refused, with every protection still evaluated. */
export const benchLimits: Record<string, string> = {
  IP_HOURLY_LIMIT: "100000",
  SMS_BUDGET_HOURLY: "10000000",
  SMS_BUDGET_DAILY: "100000000",
  SMS_BUDGET_PREFIX_HOURLY: "10000000",
  LOGIN_IP_HOURLY_WRONG_LIMIT: "100000",
  LOGIN_PHONE_DAILY_WRONG_LIMIT: "1000",
  // The fraud guard on, counting sends and verifications in the scripts, judging only past a
  // million sends (the bench sends far fewer codes than it verifies).
  FRAUD_GUARD_MIN_SENDS: "1000000",
  FRAUD_GUARD_COUNTRY_MIN_SENDS: "1000000",
};

let requests = 0;
let phoneCounter = 0;
const seededCode = "246810";

async function main(): Promise<void> {
  const rounds = Number(process.env.BENCH_ROUNDS ?? 5);
  const fixture = await startFixture({
    ...benchLimits,
    LEGACY_REQUESTS: "false",
    REDIS_CONNECT_TIMEOUT_MS: "2000",
    SMS_TIMEOUT_SECONDS: "5",
  });
  const sms = fixture.sms;
  // No log option: the production writer, stdout, which the parent drains and counts.
  const runtime = createVerificationRuntime(fixture.env);
  const figures: HotPathFigures = {
    rounds,
    series: {},
    tails: {},
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
    const hget = async () => void (await client.hget(phoneKeys(nextPhone(), "").code, "h"));
    const loginWithoutCode = () => loginNoCode(runtime, nextPhone());
    const seed = (count: number) => seedCodes(client, count);
    for (let i = 0; i < 3000; i++) {
      await loginWithoutCode();
      await hget();
    }
    const warm = await seed(2000);
    for (const phone of warm) await login(runtime, phone, seededCode, 200);

    // The design floor of each login: its own script, captured from a real login (same script,
    // same number of keys and arguments, retargeted to a fresh phone), sent by EVALSHA through the
    // same client with nothing around it, then one request log line through the production writer,
    // flushed as the handler flushes it. Argument lists are built before the timed series.
    const logWriter = batchedStdoutWriter();
    const floorOf = (call: CapturedScript, lines: { line: string }) => {
      const script = scriptOf(client, call.name);
      const expected = JSON.stringify((call.reply as unknown[])[0]);
      return (argv: (string | number)[][]) => async (i: number) => {
        const reply = await client.evalsha(script.sha, script.numberOfKeys, ...argv[i]);
        if (i === 0 && JSON.stringify((reply as unknown[])[0]) !== expected)
          throw new Error(`floor of ${call.name} answered ${JSON.stringify(reply)}, the login's script ${expected}`);
        requests++; // the parent counts this line like a request's
        logWriter(lines.line);
        await logWriter.flush?.();
      };
    };
    const absentPhone = nextPhone();
    const absentCall = await captureScript(client, { phone: absentPhone, code: "123456" }, () =>
      loginNoCode(runtime, absentPhone),
    );
    const absentLine = { line: loginLogLine(400, "CodeHasExpired") };
    const [successPhone] = await seed(1);
    const successCall = await captureScript(
      client,
      { phone: successPhone, code: seededCode },
      async () => void (await login(runtime, successPhone, seededCode, 200)),
    );
    const successLine = { line: loginLogLine(200, "Success") };
    const keyedPhone = nextPhone();
    const keyedHeaders = withIdempotencyKey();
    const keyedCall = await captureScript(
      client,
      { phone: keyedPhone, code: "123456", idempotencyKey: keyedHeaders["idempotency-key"] },
      () => login(runtime, keyedPhone, "123456", 400, keyedHeaders).then(() => undefined),
    );
    const keyedFloor = floorOf(keyedCall, absentLine);
    const loginWithKey = () => login(runtime, nextPhone(), "123456", 400, withIdempotencyKey()).then(() => undefined);
    const absentFloor = floorOf(absentCall, absentLine);
    const successFloor = floorOf(successCall, successLine);
    const demo = tutorialDemoHandler({ host: fixture.redis.host, port: fixture.redis.port });
    const demoLogin = async () => {
      const reply = await demo({ body: `{"method":"login","phone":"${nextPhone()}","code":"123456"}` });
      if (!reply.body.includes("CodeHasExpired")) throw new Error(`tutorial demo answered ${reply.body}`);
    };
    for (let i = 0; i < 300; i++) await demoLogin();

    const pair = (name: string, inFlight: number, reference: "floor" | "tutorial") =>
      (figures.series[name] ??= { ours: [], reference: [], inFlight, referenceLabel: reference, cpuOurs: [], cpuReference: [] });
    const tailSamples: Record<string, { ours: number[]; reference: number[] }> = {};
    const tail = (name: string) => (tailSamples[name] ??= { ours: [], reference: [] });
    for (let round = 0; round < rounds; round++) {
      for (const [inFlight, total] of [
        [1, 3000],
        [50, 15000],
      ] as const) {
        const absentTail = tail(`login, no live code, ${inFlight} in flight`);
        const absent = pair(`login, no live code, ${inFlight} in flight`, inFlight, "floor");
        const floorPhones = Array.from({ length: total }, () => nextPhone());
        const run = absentFloor(floorPhones.map((phone) => retarget(absentCall, phone)));
        await rateInto(absent.reference, absent.cpuReference, total, inFlight, run, absentTail.reference);
        await rateInto(absent.ours, absent.cpuOurs, total, inFlight, loginWithoutCode, absentTail.ours);

        // The same login from a client that sends an Idempotency-Key (issue 20): its floor is its own
        // script call, which carries the key's record.
        const keyedTail = tail(`login, no live code, with an Idempotency-Key, ${inFlight} in flight`);
        const keyed = pair(`login, no live code, with an Idempotency-Key, ${inFlight} in flight`, inFlight, "floor");
        const keyedPhones = Array.from({ length: total }, () => nextPhone());
        const keyedRun = keyedFloor(keyedPhones.map((phone) => retarget(keyedCall, phone)));
        await rateInto(keyed.reference, keyed.cpuReference, total, inFlight, keyedRun, keyedTail.reference);
        await rateInto(keyed.ours, keyed.cpuOurs, total, inFlight, loginWithKey, keyedTail.ours);

        const successTail = tail(`login, matching code (tokens signed), ${inFlight} in flight`);
        const success = pair(`login, matching code (tokens signed), ${inFlight} in flight`, inFlight, "floor");
        const floorSeeded = await seed(total);
        const runSuccess = successFloor(floorSeeded.map((phone) => retarget(successCall, phone)));
        await rateInto(success.reference, success.cpuReference, total, inFlight, runSuccess, successTail.reference);
        const phones = await seed(total);
        const loginSeeded = async (i: number) => void (await login(runtime, phones[i], seededCode, 200));
        await rateInto(success.ours, success.cpuOurs, total, inFlight, loginSeeded, successTail.ours);

        if (inFlight === 50) {
          // The tutorial's demo opens a connection per request: fewer requests, same 50 in flight.
          const versus = pair("login, no live code, against the tutorial's demo, 50 in flight", 50, "tutorial");
          await rateInto(versus.reference, versus.cpuReference, 3000, 50, demoLogin);
          await rateInto(versus.ours, versus.cpuOurs, total, 50, loginWithoutCode);
        }
      }
    }
    for (const [name, { ours, reference }] of Object.entries(tailSamples)) {
      figures.tails[name] = { ours: tailOf(ours), reference: tailOf(reference) };
    }

    figures.latency["bare HGET"] = await latencies(2000, hget);
    figures.latency["login, no live code"] = await latencies(2000, loginWithoutCode);
    figures.loginPhases = await loginPhases(runtime, 2000, hget);
    figures.tailCauses = await tailCauses(fixture.env, client, absentCall, 5000);
    const latencyPhones = await seed(2000);
    const refreshTokens: string[] = [];
    figures.latency["login, matching code, tokens signed"] = await latencies(2000, async (i) => {
      refreshTokens.push(await login(runtime, latencyPhones[i], seededCode, 200));
    });
    figures.latency["refresh (rotation + new access token)"] = await latencies(2000, async (i) => {
      await refresh(runtime, refreshTokens[i]);
    });
    // The function's own work on a login, without the wait: the same handler with the store's
    // verify answered in-process ("no live code"), so only JavaScript (parsing, phone validation,
    // hashing, reply, log line) is timed. Restored right after.
    await withStoreVerify(
      () => () => Promise.resolve({ kind: "absent" }),
      async () => {
        for (let i = 0; i < 2000; i++) await loginWithoutCode();
        figures.latency["login, no live code, Redis answered in-process (the function's own work)"] = await latencies(
          5000,
          loginWithoutCode,
        );
      },
    );
    const signing = await signingLatency(2000);
    figures.signing = signing;

    // getSms and login as a user goes through them: code from the SMS the endpoint received.
    const sent = Array.from({ length: 1000 }, () => nextPhone());
    figures.latency["getSms (incl. SendSms to the local endpoint)"] = await latencies(sent.length, (i) =>
      getSms(runtime, sent[i]),
    );
    const sentCodes = lastCodes(sms);
    figures.latency["login with the code from the SMS, tokens signed"] = await latencies(sent.length, async (i) => {
      await login(runtime, sent[i], sentCodes.get(sent[i]) ?? "", 200);
    });

    // Server-side cost: reset the counters, run one kind of request, read INFO commandstats.
    figures.serverUsPerCall["HGET (bare reference)"] = (await serverCost(client, () => sequential(2000, hget))).usPerCall.hget;
    figures.serverUsPerCall["verify script (login, no live code)"] = (
      await serverCost(client, () => sequential(2000, loginWithoutCode))
    ).usPerCall.evalsha;
    const issuedPhones = Array.from({ length: 1000 }, () => nextPhone());
    figures.serverUsPerCall["issue script (getSms)"] = (
      await serverCost(client, async () => {
        for (const phone of issuedPhones) await getSms(runtime, phone);
      })
    ).usPerCall.evalsha;
    const costPhones = await seed(1000);
    const costTokens: string[] = [];
    figures.serverUsPerCall["verify + start-session script (login, matching code)"] = (
      await serverCost(client, async () => {
        for (const phone of costPhones) costTokens.push(await login(runtime, phone, seededCode, 200));
      })
    ).usPerCall.evalsha;
    figures.serverUsPerCall["refresh script (refresh)"] = (
      await serverCost(client, async () => {
        for (const token of costTokens) await refresh(runtime, token);
      })
    ).usPerCall.evalsha;

    // Round trips: commands the client wrote, and commands the server counted, per request.
    const counted = Array.from({ length: 200 }, () => nextPhone());
    figures.roundTrips["getSms (standalone, fraud guard counting)"] = await roundTrips(runtime, counted.length, async () => {
      for (const phone of counted) await getSms(runtime, phone);
    });
    const countedCodes = lastCodes(sms);
    const countedTokens: string[] = [];
    figures.roundTrips["login, matching code (standalone, fraud guard counting)"] = await roundTrips(
      runtime,
      counted.length,
      async () => {
        for (const phone of counted) countedTokens.push(await login(runtime, phone, countedCodes.get(phone) ?? "", 200));
      },
    );
    figures.roundTrips["login, no live code (standalone)"] = await roundTrips(runtime, 200, () =>
      sequential(200, loginWithoutCode),
    );
    figures.roundTrips["login, no live code, with an Idempotency-Key (standalone)"] = await roundTrips(runtime, 200, () =>
      sequential(200, loginWithKey),
    );
    const keyedSms = Array.from({ length: 200 }, () => nextPhone());
    figures.roundTrips["getSms with an Idempotency-Key (standalone)"] = await roundTrips(runtime, keyedSms.length, async () => {
      for (const phone of keyedSms) await getSms(runtime, phone, withIdempotencyKey());
    });
    figures.roundTrips["refresh (standalone)"] = await roundTrips(runtime, countedTokens.length, async () => {
      for (const token of countedTokens) await refresh(runtime, token);
    });
    // A definite refusal (not a 5xx, whose outcome is unknown): the units taken are given back.
    sms.setBehaviour({ kind: "perNumberError", code: "InvalidParameterValue.IncorrectPhoneNumber" }, { times: 50 });
    figures.roundTrips["getSms whose SMS was refused (issue + release)"] = await roundTrips(runtime, 50, async () => {
      for (let i = 0; i < 50; i++) await getSms(runtime, nextPhone());
    });
    sms.reset();

    const bulk = Array.from({ length: 2000 }, () => nextPhone());
    figures.throughput32["getSms"] = await rate(bulk.length, 32, (i) => getSms(runtime, bulk[i]));
    const bulkCodes = lastCodes(sms);
    figures.throughput32["login, matching code, tokens signed"] = await rate(bulk.length, 32, async (i) => {
      await login(runtime, bulk[i], bulkCodes.get(bulk[i]) ?? "", 200);
    });
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
    // Warm-up: every node loads the scripts (an EVALSHA answered NOSCRIPT is retried as EVAL).
    const warm = Array.from({ length: 30 }, () => nextPhone());
    for (const phone of warm) await getSms(clusterRuntime, phone);
    const warmCodes = lastCodes(sms);
    for (const phone of warm) await login(clusterRuntime, phone, warmCodes.get(phone) ?? "", 200);
    const phones = Array.from({ length: 100 }, () => nextPhone());
    figures.roundTrips["getSms (3-node cluster)"] = await roundTrips(clusterRuntime, phones.length, async () => {
      for (const phone of phones) await getSms(clusterRuntime, phone);
    });
    const codes = lastCodes(sms);
    figures.roundTrips["login, matching code (3-node cluster)"] = await roundTrips(clusterRuntime, phones.length, async () => {
      for (const phone of phones) await login(clusterRuntime, phone, codes.get(phone) ?? "", 200);
    });
  } finally {
    await clusterRuntime.close();
    await Promise.all([cluster.stop(), fixture.stop()]);
  }
  figures.requestsLogged = requests;
  process.send?.({ kind: "figures", figures });
}

/** One login's script call, as the store made it: which defined script, its KEYS then ARGV, its reply. */
interface CapturedScript {
  name: string;
  args: (string | number)[];
  reply: unknown;
  phone: string;
  code: string;
  idempotencyKey?: string;
}

/** Runs `run` (one request) and returns the one script call it made through the client. */
async function captureScript(
  client: Client,
  request: { phone: string; code: string; idempotencyKey?: string },
  run: () => Promise<void>,
): Promise<CapturedScript> {
  const commands = client as unknown as Record<string, (...args: (string | number)[]) => Promise<unknown>>;
  const names = Object.keys((client as unknown as { scriptsSet: Record<string, unknown> }).scriptsSet);
  const calls: { name: string; args: (string | number)[]; reply?: unknown }[] = [];
  const originals = names.map((name) => [name, commands[name]] as const);
  for (const [name, original] of originals) {
    commands[name] = async function (this: unknown, ...args: (string | number)[]) {
      const call: (typeof calls)[number] = { name, args: [...args] };
      calls.push(call);
      call.reply = await original.apply(this, args);
      return call.reply;
    };
  }
  try {
    await run();
  } finally {
    for (const [name, original] of originals) commands[name] = original;
  }
  if (calls.length !== 1) throw new Error(`expected one script call per login, saw ${calls.map((c) => c.name).join(", ")}`);
  return { ...calls[0], reply: calls[0].reply, ...request };
}

/** The defined script's SHA1 and key count, as ioredis sends it. */
function scriptOf(client: Client, name: string): { sha: string; numberOfKeys: number } {
  const script = (client as unknown as { scriptsSet: Record<string, { sha: string; numberOfKeys: number }> }).scriptsSet[name];
  if (!script) throw new Error(`no script ${name} defined on the client`);
  return script;
}

let familyCounter = 0;

/**
 * The captured call's arguments for another request: the phone in keys and arguments, the code
 * hash recomputed for that phone, a new refresh-token family key, a new Idempotency-Key (verbatim
 * or as its SHA-256, which names its record); every other argument as captured. The floor checks
 * that its script answers like the captured call did, so a change of argument scheme shows.
 */
function retarget(call: CapturedScript, phone: string): (string | number)[] {
  const oldHash = hashVerificationCode(pepper, call.phone, call.code);
  const newHash = hashVerificationCode(pepper, phone, call.code);
  const keys = call.idempotencyKey ? keyForms(call.idempotencyKey, `bench-floor-${idempotencyCounter++}`) : [];
  return call.args.map((arg) => {
    if (typeof arg !== "string") return arg;
    if (arg === oldHash) return newHash;
    if (arg.startsWith("rt:{rt:")) return sessionKey(`bench-floor-${familyCounter++}`);
    let out = arg.split(call.phone).join(phone);
    for (const [from, to] of keys) out = out.split(from).join(to);
    return out;
  });
}

/** [old, new] pairs of an Idempotency-Key as a script may carry it: verbatim, SHA-256 base64url or hex. */
function keyForms(oldKey: string, newKey: string): [string, string][] {
  const forms = (key: string) => [
    createHash("sha256").update(key).digest("base64url"),
    createHash("sha256").update(key).digest("hex"),
    key,
  ];
  const [a, b] = [forms(oldKey), forms(newKey)];
  return a.map((form, i) => [form, b[i]]);
}

/** A login's request log line as the handler writes it (same fields, same length). */
function loginLogLine(status: number, codeStr: string): string {
  return requestLogLine({
    requestId: "00000000-0000-0000-0000-000000000000",
    ingress: "functionUrl",
    httpMethod: "POST",
    method: "login",
    phone: "+8613900000000",
    clientIp: "127.0.0.1",
    status,
    codeStr,
    latencyMs: 0.12,
  });
}

function nextPhone(): string {
  return `+86139${String(phoneCounter++).padStart(8, "0")}`;
}

type Client = NonNullable<VerificationRuntime["redis"]>;

/**
 * Live codes for `count` fresh phones, written the way the issue script leaves them (hash of the
 * code under the runtime's pepper, no attempts used), so successful logins can be measured without
 * an SMS round per login. Pipelined; not part of any timing.
 */
async function seedCodes(client: Client, count: number): Promise<string[]> {
  const phones = Array.from({ length: count }, () => nextPhone());
  if ("nodes" in client) throw new Error("seeding is for standalone Redis");
  for (let start = 0; start < phones.length; start += 1000) {
    const pipeline = client.pipeline();
    for (const phone of phones.slice(start, start + 1000)) {
      const key = phoneKeys(phone, "").code;
      pipeline.hset(key, "h", hashVerificationCode(pepper, phone, seededCode), "a", "0");
      pipeline.expire(key, 600);
    }
    await pipeline.exec();
  }
  return phones;
}

function lastCodes(sms: SmsEndpoint): Map<string, string> {
  const codes = new Map<string, string>();
  for (const message of sms.sent) codes.set(message.phoneNumbers[0], message.templateParams[0]);
  return codes;
}

const jsonHeaders: Record<string, string> = { "content-type": "application/json", "x-scf-remote-addr": "127.0.0.1" };
let idempotencyCounter = 0;

function post(runtime: VerificationRuntime, body: string, headers = jsonHeaders) {
  requests++;
  return runtime.handle({ httpMethod: "POST", path: "/", headers, queryString: {}, body }, {});
}

/** A client's retry-safe request: a fresh Idempotency-Key (what a client sends on its first try). */
function withIdempotencyKey(): Record<string, string> {
  return { ...jsonHeaders, "idempotency-key": `bench-${process.pid}-${idempotencyCounter++}` };
}

async function getSms(runtime: VerificationRuntime, phone: string, headers = jsonHeaders): Promise<void> {
  const reply = await post(runtime, `{"method":"getSms","phone":"${phone}"}`, headers);
  if (reply.statusCode !== 200 && reply.statusCode !== 502) throw new Error(`getSms ${phone}: ${reply.statusCode} ${reply.body}`);
}

/** A login; on 200 returns the refresh token of the reply (and checks there is an access token). */
async function login(
  runtime: VerificationRuntime,
  phone: string,
  code: string,
  expected: number,
  headers = jsonHeaders,
): Promise<string> {
  const reply = await post(runtime, `{"method":"login","phone":"${phone}","code":"${code}"}`, headers);
  if (reply.statusCode !== expected) throw new Error(`login ${phone}: ${reply.statusCode} ${reply.body}`);
  if (expected !== 200) return "";
  const body = JSON.parse(reply.body) as { accessToken?: string; refreshToken?: string };
  if (!body.accessToken || !body.refreshToken) throw new Error(`login ${phone}: no tokens in ${reply.body}`);
  return body.refreshToken;
}

async function refresh(runtime: VerificationRuntime, token: string): Promise<void> {
  const reply = await post(runtime, `{"method":"refresh","refreshToken":"${token}"}`);
  if (reply.statusCode !== 200) throw new Error(`refresh: ${reply.statusCode} ${reply.body}`);
}

/** A well-formed login for a phone without a live code: one Redis round trip, 400 CodeHasExpired. */
async function loginNoCode(runtime: VerificationRuntime, phone: string): Promise<void> {
  await login(runtime, phone, "123456", 400);
}

/**
 * signAccessToken alone (jose 5's SignJWT), with a key of the kind the key set holds and the
 * fixture's claims; and, as its reference, the ECDSA signature alone: node:crypto's synchronous
 * sign over the same header and claims (the floor any ES256 signer pays).
 */
async function signingLatency(total: number): Promise<{ ours: Latency; signatureOnly: Latency }> {
  const stored = generateSigningKey("current", new Date());
  const key = { kid: stored.kid, privateKey: createPrivateKey({ key: { ...stored.privateJwk }, format: "jwk" }) };
  const settings = { issuer: "https://login.test.example", audience: "smsverify-test-app", ttlSeconds: 900 };
  const phone = "+8613900000000";
  const ours = async () => void (await signAccessToken(phone, new Date(), settings, key));
  const sample = (await signAccessToken(phone, new Date(), settings, key)).token;
  const signingInput = Buffer.from(sample.slice(0, sample.lastIndexOf(".")));
  const signatureOnly = async () => void sign("sha256", signingInput, { key: key.privateKey, dsaEncoding: "ieee-p1363" });
  for (let i = 0; i < 500; i++) {
    await ours();
    await signatureOnly();
  }
  return { ours: await latencies(total, ours), signatureOnly: await latencies(total, signatureOnly) };
}

/**
 * Times the phases of logins without a live code by wrapping the store's verify (restored after):
 * handler start → verify called → verify resolved → handler done. A bare HGET runs after each login.
 */
async function loginPhases(
  runtime: VerificationRuntime,
  total: number,
  hget: () => Promise<void>,
): Promise<NonNullable<HotPathFigures["loginPhases"]>> {
  let called = 0;
  let resolved = 0;
  const phases = { before: [] as number[], verify: [] as number[], after: [] as number[], hget: [] as number[] };
  await withStoreVerify(
    (verify) =>
      async function (this: RedisCodeStore, request) {
        called = performance.now();
        const result = await verify.call(this, request);
        resolved = performance.now();
        return result;
      },
    async () => {
      for (let i = 0; i < total; i++) {
        const started = performance.now();
        await loginNoCode(runtime, nextPhone());
        const done = performance.now();
        phases.before.push(called - started);
        phases.verify.push(resolved - called);
        phases.after.push(done - resolved);
        const hgetStarted = performance.now();
        await hget();
        phases.hget.push(performance.now() - hgetStarted);
      }
    },
  );
  return {
    before: median(phases.before),
    verify: median(phases.verify),
    after: median(phases.after),
    hget: median(phases.hget),
  };
}

/**
 * 1 in flight, logins without a live code through a runtime of their own whose log writer is the
 * production one with its flush timed, the store's verify timed, and GC pauses observed; then the
 * floor (its script by EVALSHA + one flushed line), timed the same way. A request is slow above
 * 3 × its series' p50; its excess over p50 is split into GC (pauses inside it), Redis (round trip
 * above the median one), log (flush wait above the median one) and the rest.
 */
async function tailCauses(
  env: NodeJS.ProcessEnv,
  client: Client,
  absentCall: CapturedScript,
  total: number,
): Promise<Record<string, TailCauses>> {
  const pauses: { start: number; end: number }[] = [];
  const observer = new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) pauses.push({ start: entry.startTime, end: entry.startTime + entry.duration });
  });
  observer.observe({ entryTypes: ["gc"] });
  const writer = batchedStdoutWriter();
  const flush = writer.flush!;
  let flushMs = 0;
  writer.flush = async () => {
    const started = performance.now();
    await flush();
    flushMs = performance.now() - started;
  };
  const measured = createVerificationRuntime(env, { log: writer });
  type Sample = { start: number; end: number; redis: number; log: number };
  const ours: Sample[] = [];
  const floor: Sample[] = [];
  try {
    for (let i = 0; i < 500; i++) await loginNoCode(measured, nextPhone());
    let redisMs = 0;
    await withStoreVerify(
      (verify) =>
        async function (this: RedisCodeStore, request) {
          const started = performance.now();
          const result = await verify.call(this, request);
          redisMs = performance.now() - started;
          return result;
        },
      async () => {
        (globalThis as { gc?: () => void }).gc?.();
        for (let i = 0; i < total; i++) {
          const start = performance.now();
          await loginNoCode(measured, nextPhone());
          ours.push({ start, end: performance.now(), redis: redisMs, log: flushMs });
        }
      },
    );
    const script = scriptOf(client, absentCall.name);
    const argv = Array.from({ length: total }, () => retarget(absentCall, nextPhone()));
    const line = loginLogLine(400, "CodeHasExpired");
    (globalThis as { gc?: () => void }).gc?.();
    for (let i = 0; i < total; i++) {
      const start = performance.now();
      await client.evalsha(script.sha, script.numberOfKeys, ...argv[i]);
      const replied = performance.now();
      requests++;
      writer(line);
      await writer.flush();
      floor.push({ start, end: performance.now(), redis: replied - start, log: flushMs });
    }
  } finally {
    await measured.close();
    await new Promise((resolve) => setImmediate(resolve));
    observer.disconnect();
  }
  return { "login, no live code": causesOf(ours, pauses), "design floor": causesOf(floor, pauses) };
}

function causesOf(
  samples: { start: number; end: number; redis: number; log: number }[],
  pauses: { start: number; end: number }[],
): TailCauses {
  const p50 = median(samples.map((s) => s.end - s.start));
  const redis50 = median(samples.map((s) => s.redis));
  const log50 = median(samples.map((s) => s.log));
  const result: TailCauses = {
    requests: samples.length,
    p50,
    slow: 0,
    by: { gc: 0, redis: 0, log: 0, other: 0 },
    excessMs: { gc: 0, redis: 0, log: 0, other: 0 },
  };
  for (const sample of samples) {
    const took = sample.end - sample.start;
    if (took <= 3 * p50) continue;
    result.slow++;
    const gc = pauses.reduce((sum, p) => sum + Math.max(0, Math.min(p.end, sample.end) - Math.max(p.start, sample.start)), 0);
    const parts = {
      gc,
      redis: Math.max(0, sample.redis - redis50),
      log: Math.max(0, sample.log - log50),
      other: 0,
    };
    parts.other = Math.max(0, took - p50 - parts.gc - parts.redis - parts.log);
    const top = (Object.keys(parts) as (keyof typeof parts)[]).reduce((a, b) => (parts[b] > parts[a] ? b : a));
    result.by[top]++;
    for (const key of Object.keys(parts) as (keyof typeof parts)[]) result.excessMs[key] += parts[key];
  }
  return result;
}

type StoreVerify = RedisCodeStore["verify"];

/** Runs `run` with the code store's verify replaced by what `replace` makes of the original; restored after. */
async function withStoreVerify(replace: (verify: StoreVerify) => StoreVerify, run: () => Promise<void>): Promise<void> {
  const verify = RedisCodeStore.prototype.verify;
  RedisCodeStore.prototype.verify = replace(verify);
  try {
    await run();
  } finally {
    RedisCodeStore.prototype.verify = verify;
  }
}

async function timed(run: () => Promise<void>): Promise<number> {
  const started = process.hrtime.bigint();
  await run();
  return hrtimeMs(started);
}

async function sequential(total: number, run: (i: number) => Promise<void>): Promise<void> {
  for (let i = 0; i < total; i++) await run(i);
}

function tailOf(samples: number[]): Tail {
  const sorted = Float64Array.from(samples).sort();
  const at = (p: number) => sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))];
  return { p50: at(50), p99: at(99), p999: at(99.9), max: sorted[sorted.length - 1], count: sorted.length };
}

async function latencies(total: number, run: (i: number) => Promise<void>): Promise<Latency> {
  const samples: number[] = [];
  for (let i = 0; i < total; i++) samples.push(await timed(() => run(i)));
  return { p50: median(samples), p99: percentile(samples, 99) };
}

/**
 * Requests per second with `inFlight` requests outstanding at all times; with `samples`, each
 * request's latency (ms, from its start to its promise resolving) is appended to it.
 */
async function rate(total: number, inFlight: number, run: (i: number) => Promise<void>, samples?: number[]): Promise<number> {
  // Each series starts with a clean heap (the worker runs with --expose-gc): garbage of the
  // previous series or of seeding is not collected on this one's time.
  (globalThis as { gc?: () => void }).gc?.();
  let next = 0;
  const cpuBefore = process.cpuUsage();
  const started = performance.now();
  await Promise.all(
    Array.from({ length: inFlight }, async () => {
      while (next < total) {
        const begun = performance.now();
        await run(next++);
        samples?.push(performance.now() - begun);
      }
    }),
  );
  const elapsed = performance.now() - started;
  const cpu = process.cpuUsage(cpuBefore);
  lastCpuPerRequest = (cpu.user + cpu.system) / total;
  return total / (elapsed / 1000);
}

/** CPU time (user + system, µs) per request of the last rate() series. */
let lastCpuPerRequest = 0;

/** Runs one rate() series into `into` and its CPU per request into `cpu`. */
async function rateInto(
  into: number[],
  cpu: number[],
  total: number,
  inFlight: number,
  run: (i: number) => Promise<void>,
  samples?: number[],
): Promise<void> {
  into.push(await rate(total, inFlight, run, samples));
  cpu.push(lastCpuPerRequest);
}

interface CommandStats {
  usPerCall: Record<string, number>;
  calls: Record<string, number>;
}

/** Resets INFO commandstats, runs `run`, reads them back (per command: calls, µs per call). */
async function serverCost(client: Client, run: () => Promise<void>): Promise<CommandStats> {
  const nodes = "nodes" in client ? client.nodes("master") : [client];
  await Promise.all(nodes.map((node) => node.call("CONFIG", "RESETSTAT")));
  await run();
  const stats: CommandStats = { usPerCall: {}, calls: {} };
  for (const node of nodes) {
    const info = String(await node.call("INFO", "commandstats"));
    for (const match of info.matchAll(/^cmdstat_([^:]+):calls=(\d+),usec=\d+,usec_per_call=([\d.]+)/gm)) {
      const [, command, calls, usPerCall] = match;
      if (command === "config" || command === "info") continue;
      stats.calls[command] = (stats.calls[command] ?? 0) + Number(calls);
      stats.usPerCall[command] = Number(usPerCall);
    }
  }
  return stats;
}

/**
 * Round trips per request, counted twice: commands the ioredis client wrote (nothing is
 * pipelined, so one command is one round trip) and script calls (EVALSHA, EVAL) the server(s)
 * counted in INFO commandstats.
 */
async function roundTrips(
  runtime: VerificationRuntime,
  requestCount: number,
  run: () => Promise<void>,
): Promise<{ client: number; server: number }> {
  const client = runtime.redis as unknown as Client & { sendCommand: (...args: unknown[]) => unknown };
  const original = client.sendCommand;
  let sent = 0;
  let counting = false;
  client.sendCommand = function (this: unknown, ...args: unknown[]) {
    if (counting) sent += 1;
    return original.apply(this, args);
  };
  try {
    const stats = await serverCost(client, async () => {
      counting = true;
      await run();
      counting = false;
    });
    // Only the scripts themselves: commandstats also counts each redis.call inside a script.
    const server = Object.entries(stats.calls)
      .filter(([command]) => command.startsWith("eval"))
      .reduce((sum, [, calls]) => sum + calls, 0);
    return { client: sent / requestCount, server: server / requestCount };
  } finally {
    client.sendCommand = original;
  }
}

main().catch((error: Error) => {
  process.stderr.write(`hot-path worker: ${error.stack ?? error.message}\n`);
  process.exit(1);
});
