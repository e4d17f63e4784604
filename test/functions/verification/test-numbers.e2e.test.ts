// Test numbers end to end (issue 19 "one verification path", issue 20 item 5): a test number is a
// number whose code is fixed (the runtime secret's testNumberCodes, read from the Secrets Manager
// double by the real SDK client) and whose getSms sends no SMS. Everything else is the real path —
// cooldown, daily cap, attempts per code, the wrong-code budgets and the Idempotency-Key — so from
// outside a test number cannot be told from a real one. Each behaviour on a standalone
// redis-server and on a 3-master cluster.
import Redis, { Cluster } from "ioredis";
import { decodeJwt } from "jose";
import { createVerificationRuntime, type VerificationRuntime } from "../../../functions/verification/runtime";
import { phoneKeys } from "../../../functions/verification/store/redis-code-store";
import { insightsHourKey } from "../../../functions/shared/insights/hourly-counters";
import { startRedisCluster, type RedisClusterHandle } from "../../support/redis-server";
import {
  captureLog,
  functionUrlJson,
  lastCodeSentTo,
  pepper,
  replyBody,
  runtimeSecretName,
  startFixture,
  type Fixture,
} from "./support/verification-fixture";

const TEST_NUMBER = "+8613800138000";
const OTHER_TEST_NUMBER = "+8613900139000";
const FIXED_CODE = "904417";
const OTHER_FIXED_CODE = "031862";
const testNumberCodes = `${TEST_NUMBER}=${FIXED_CODE},${OTHER_TEST_NUMBER}=${OTHER_FIXED_CODE}`;

let fixture: Fixture;
let cluster: RedisClusterHandle;
const runtimes: VerificationRuntime[] = [];
const admins: (Redis | Cluster)[] = [];
let ipCounter = 0;

/** A fresh client address per test, so address budgets of one test never leak into another. */
function nextIp(): string {
  ipCounter += 1;
  return `198.51.${ipCounter >> 8}.${ipCounter & 255}`;
}

function putRuntimeSecret(codes: string): void {
  fixture.ssm.putSecret(runtimeSecretName, JSON.stringify({ redisPassword: "", codePepper: pepper, testNumberCodes: codes }));
}

type Reply = { status: number; body: Record<string, unknown>; headers: Record<string, string> };

async function call(runtime: VerificationRuntime, fields: Record<string, unknown>, ip: string, key?: string): Promise<Reply> {
  const event = functionUrlJson(fields, ip);
  if (key !== undefined) (event.headers as Record<string, string>)["Idempotency-Key"] = key;
  const reply = await runtime.handle(event, { request_id: "req" });
  return { status: reply.statusCode, body: replyBody(reply), headers: reply.headers as Record<string, string> };
}

function parsedLines(lines: string[]): Array<Record<string, unknown>> {
  return lines.map((line) => JSON.parse(line) as Record<string, unknown>);
}

/** A code of the same length that is certainly not `code`. */
function wrongCode(code: string, n: number): string {
  return String((Number(code) + 1 + n) % 10 ** code.length).padStart(code.length, "0");
}

beforeAll(async () => {
  [fixture, cluster] = await Promise.all([
    startFixture({ LOGIN_PHONE_DAILY_WRONG_LIMIT: "5", LOGIN_IP_HOURLY_WRONG_LIMIT: "1000" }),
    startRedisCluster(),
  ]);
});

beforeEach(() => {
  putRuntimeSecret(testNumberCodes);
  fixture.sms.reset();
});

afterEach(async () => {
  await Promise.all(runtimes.splice(0).map((runtime) => runtime.close()));
});

afterAll(async () => {
  for (const admin of admins) admin.disconnect();
  await Promise.all([fixture.stop(), cluster.stop()]);
});

describe.each(["standalone", "cluster"] as const)("test numbers on %s Redis", (kind) => {
  let admin: Redis | Cluster;

  beforeAll(() => {
    admin =
      kind === "cluster"
        ? new Cluster([{ host: cluster.nodes[0]!.host, port: cluster.nodes[0]!.port }])
        : new Redis({ host: fixture.redis.host, port: fixture.redis.port });
    admins.push(admin);
  });

  beforeEach(async () => {
    if (admin instanceof Cluster) await Promise.all(admin.nodes("master").map((node) => node.flushall()));
    else await admin.flushall();
  });

  function newRuntime(overrides: Record<string, string> = {}) {
    const log = captureLog();
    const redisEnv =
      kind === "cluster"
        ? { REDIS_HOST: cluster.nodes[1]!.host, REDIS_PORT: String(cluster.nodes[1]!.port), REDIS_CLUSTER: "true" }
        : {};
    const runtime = createVerificationRuntime({ ...fixture.env, ...redisEnv, ...overrides }, { log: log.write });
    runtimes.push(runtime);
    return { runtime, log };
  }

  /**
   * What a client sees of a reply: status and body, with the tokens and the seconds to wait reduced
   * to their presence (they differ between any two logins or by a second of timing).
   */
  function seen(reply: Reply): Record<string, unknown> {
    const body = { ...reply.body };
    for (const field of ["accessToken", "refreshToken", "retryAfter"]) if (field in body) body[field] = typeof body[field];
    return { status: reply.status, ...body };
  }

  /**
   * The requests a client makes at one phone (daily cap 2): a login before any getSms, getSms,
   * getSms again at once, three wrong codes, the right one; then, each after the cooldown, two more
   * sends and the right code of the second. `code()` is the phone's code as its owner knows it.
   */
  async function session(phone: string, code: () => string): Promise<Record<string, unknown>[]> {
    const { runtime } = newRuntime({ DAILY_LIMIT: "2" });
    const ip = nextIp();
    const replies: Reply[] = [];
    const ask = async (fields: Record<string, unknown>) => replies.push(await call(runtime, { phone, ...fields }, ip));
    const afterCooldown = () => admin.del(phoneKeys(phone, "").cooldown);
    await ask({ method: "login", code: FIXED_CODE });
    await ask({ method: "getSms" });
    await ask({ method: "getSms" });
    const right = code();
    for (let i = 0; i < 3; i++) await ask({ method: "login", code: wrongCode(right, i) });
    await ask({ method: "login", code: right });
    await afterCooldown();
    await ask({ method: "getSms" });
    await afterCooldown();
    await ask({ method: "getSms" });
    await ask({ method: "login", code: code() });
    return replies.map(seen);
  }

  it("answers every request like a real number: cooldown, daily cap, attempts per code, no code before getSms", async () => {
    const REAL = "+8613700137000";
    const real = await session(REAL, () => lastCodeSentTo(fixture.sms, REAL));
    expect(fixture.sms.sent.map((m) => m.phoneNumbers[0])).toEqual([REAL, REAL]);
    const test = await session(TEST_NUMBER, () => FIXED_CODE);
    expect(test).toEqual(real);
    expect(real.map((r) => [r.status, r.codeStr, r.limit ?? r.attemptsLeft])).toEqual([
      [400, "CodeHasExpired", undefined],
      [200, "Success", undefined],
      [429, "RateLimited", "cooldown"],
      [400, "CodeIsError", 2],
      [400, "CodeIsError", 1],
      [400, "CodeIsError", 0],
      [403, "CodeHasValid", undefined],
      [200, "Success", undefined],
      [429, "RateLimited", "daily"],
      [200, "Success", undefined],
    ]);
    // No SMS ever went to the test number.
    expect(fixture.sms.sent.filter((m) => m.phoneNumbers.includes(TEST_NUMBER))).toHaveLength(0);
  });

  it("counts against the address's hourly send cap, but takes no SMS budget unit and no insights count", async () => {
    const { runtime } = newRuntime({ IP_HOURLY_LIMIT: "2", RESEND_COOLDOWN_SECONDS: "0", SMS_BUDGET_HOURLY: "1" });
    const ip = nextIp();
    const replies: Reply[] = [];
    for (let i = 0; i < 3; i++) replies.push(await call(runtime, { method: "getSms", phone: TEST_NUMBER }, ip));
    expect(replies.map((r) => [r.status, r.body.limit])).toEqual([
      [200, undefined],
      [200, undefined],
      [429, "ip"],
    ]);
    // The hourly SMS budget of 1 is whole for a real number after the test number's sends, then used up.
    expect((await call(runtime, { method: "getSms", phone: "+8613700137002" }, nextIp())).status).toBe(200);
    expect((await call(runtime, { method: "getSms", phone: "+8613700137003" }, nextIp())).body).toMatchObject({
      limit: "budget",
    });
    // The insights hold the real number's prefix only.
    const [hour] = await keysOf(admin, insightsHourKey("*"));
    const fields = Object.keys(await admin.hgetall(hour!));
    expect(fields).toEqual(expect.arrayContaining(["sent|p:+8613700"]));
    expect(fields.filter((field) => field.includes("+8613800"))).toEqual([]);
  });

  it("logs in with the fixed code after getSms, with tokens that refresh; every line says testNumber, none the code", async () => {
    const { runtime, log } = newRuntime();
    const ip = nextIp();
    expect((await call(runtime, { method: "getSms", phone: TEST_NUMBER }, ip)).body).toEqual({
      codeStr: "Success",
      msg: "code sent",
      expiresIn: 300,
    });
    const login = await call(runtime, { method: "login", phone: TEST_NUMBER, code: FIXED_CODE }, ip);
    expect(login.status).toBe(200);
    expect(login.body).toMatchObject({ codeStr: "Success", accessToken: expect.any(String), refreshToken: expect.any(String) });
    // The code is spent like a real one: a second login needs a new getSms.
    expect((await call(runtime, { method: "login", phone: TEST_NUMBER, code: FIXED_CODE }, ip)).body.codeStr).toBe(
      "CodeHasExpired",
    );
    const refreshed = await call(runtime, { method: "refresh", refreshToken: login.body.refreshToken }, ip);
    expect(refreshed.status).toBe(200);
    expect(refreshed.body.refreshToken).not.toBe(login.body.refreshToken);

    const lines = parsedLines(log.lines).filter((line) => line.method !== "refresh");
    expect(lines).toHaveLength(3);
    // Text in the log line: SCF parses only first-level numbers and text into CLS keys (cloud/cls.ts).
    expect(lines.every((line) => line.testNumber === "true" && line.phone === "8613******000")).toBe(true);
    expect(log.lines.join("\n")).not.toContain(FIXED_CODE);
    expect(fixture.sms.sent).toHaveLength(0);
  });

  it("honours the Idempotency-Key: a retried login gets the same tokens, the key with another code is 422", async () => {
    const { runtime } = newRuntime();
    const ip = nextIp();
    const sent = await call(runtime, { method: "getSms", phone: TEST_NUMBER }, ip, "send-1");
    const resent = await call(runtime, { method: "getSms", phone: TEST_NUMBER }, ip, "send-1");
    expect(resent.body).toEqual(sent.body);
    expect(resent.headers["Idempotent-Replayed"]).toBe("true");

    const first = await call(runtime, { method: "login", phone: TEST_NUMBER, code: FIXED_CODE }, ip, "login-1");
    expect(first.body.codeStr).toBe("Success");
    const retry = await call(runtime, { method: "login", phone: TEST_NUMBER, code: FIXED_CODE }, ip, "login-1");
    expect(retry.headers["Idempotent-Replayed"]).toBe("true");
    expect(retry.body.refreshToken).toBe(first.body.refreshToken);
    // The same claims (iat, exp, jti), signed again (ES256 signatures differ each time).
    expect(decodeJwt(String(retry.body.accessToken))).toEqual(decodeJwt(String(first.body.accessToken)));
    const other = await call(runtime, { method: "login", phone: TEST_NUMBER, code: wrongCode(FIXED_CODE, 0) }, ip, "login-1");
    expect(other.status).toBe(422);
    expect(other.body.codeStr).toBe("IdempotencyKeyReused");
    expect((await call(runtime, { method: "refresh", refreshToken: retry.body.refreshToken }, ip)).status).toBe(200);
  });

  it("counts wrong codes against the phone's daily budget; once used up the fixed code is refused too", async () => {
    const { runtime, log } = newRuntime({ MAX_ATTEMPTS: "10" });
    const ip = nextIp();
    await call(runtime, { method: "getSms", phone: TEST_NUMBER }, ip);
    const replies = [];
    for (let i = 0; i < 5; i++) replies.push(await call(runtime, { method: "login", phone: TEST_NUMBER, code: `11111${i}` }, ip));
    expect(replies.map((r) => [r.status, r.body.codeStr])).toEqual(Array(5).fill([400, "CodeIsError"]));
    const refused = await call(runtime, { method: "login", phone: TEST_NUMBER, code: FIXED_CODE }, ip);
    expect(refused.status).toBe(429);
    expect(refused.body).toMatchObject({ codeStr: "RateLimited", limit: "loginPhone" });
    expect(parsedLines(log.lines).at(-1)).toMatchObject({ testNumber: "true", limit: "loginPhone", alarm: "loginThrottled" });
  });

  it("evaluates at most the remaining budget under 40 parallel guesses, the right code included", async () => {
    const { runtime } = newRuntime({ MAX_ATTEMPTS: "10" });
    const ip = nextIp();
    await call(runtime, { method: "getSms", phone: TEST_NUMBER }, ip);
    const guesses = Array.from({ length: 40 }, (_, i) => (i === 39 ? FIXED_CODE : String(200000 + i)));
    const replies = await Promise.all(guesses.map((code) => call(runtime, { method: "login", phone: TEST_NUMBER, code }, ip)));
    const count = (codeStr: string) => replies.filter((r) => r.body.codeStr === codeStr).length;
    expect(count("CodeIsError")).toBe(5);
    expect(count("CodeIsError") + count("RateLimited") + count("Success")).toBe(40);
    expect(count("Success")).toBeLessThanOrEqual(1);
    const [wrongKey] = await keysOf(admin, `vc:{${TEST_NUMBER}}:wrong:*`);
    expect(Number(await admin.get(wrongKey!))).toBe(5);
  });

  it("shares the address's hourly wrong-code budget with real numbers", async () => {
    const { runtime } = newRuntime({ LOGIN_IP_HOURLY_WRONG_LIMIT: "3", LOGIN_PHONE_DAILY_WRONG_LIMIT: "20" });
    const ip = nextIp();
    for (const phone of ["+8613700137001", TEST_NUMBER, OTHER_TEST_NUMBER]) {
      await call(runtime, { method: "getSms", phone }, ip);
      expect((await call(runtime, { method: "login", phone, code: "123456" }, ip)).body.codeStr).toBe("CodeIsError");
    }
    const refused = await call(runtime, { method: "login", phone: TEST_NUMBER, code: FIXED_CODE }, ip);
    expect(refused.body).toMatchObject({ codeStr: "RateLimited", limit: "loginIp" });
  });
});

/** Keys matching a pattern on a standalone server or on every master of a cluster. */
async function keysOf(admin: Redis | Cluster, pattern: string): Promise<string[]> {
  if (!(admin instanceof Cluster)) return admin.keys(pattern);
  return (await Promise.all(admin.nodes("master").map((node) => node.keys(pattern)))).flat();
}

describe("test numbers on standalone Redis: round trips and the secret", () => {
  let admin: Redis;

  beforeAll(() => {
    admin = new Redis({ host: fixture.redis.host, port: fixture.redis.port });
    admins.push(admin);
  });

  beforeEach(async () => {
    await admin.flushall();
  });

  function newRuntime() {
    const log = captureLog();
    const runtime = createVerificationRuntime(fixture.env, { log: log.write });
    runtimes.push(runtime);
    return { runtime, log };
  }

  it("takes one Redis round trip per getSms and per login, as for a real number", async () => {
    const { runtime } = newRuntime();
    await call(runtime, { method: "login", phone: OTHER_TEST_NUMBER, code: OTHER_FIXED_CODE }, nextIp()); // loads the scripts
    // Every command the runtime's client writes (a script's inner calls are not round trips).
    const client = runtime.redis as unknown as { sendCommand: (command: { name: string }) => unknown };
    const original = client.sendCommand;
    const sent: string[] = [];
    client.sendCommand = function (this: unknown, command: { name: string }) {
      sent.push(command.name);
      return original.call(this, command);
    };
    try {
      const ip = nextIp();
      await call(runtime, { method: "getSms", phone: TEST_NUMBER }, ip);
      expect(sent).toHaveLength(1);
      await call(runtime, { method: "login", phone: TEST_NUMBER, code: "000000" }, ip);
      expect(sent).toHaveLength(2);
      expect((await call(runtime, { method: "login", phone: TEST_NUMBER, code: FIXED_CODE }, ip)).body.codeStr).toBe("Success");
      expect(sent).toHaveLength(3);
    } finally {
      client.sendCommand = original;
    }
  });

  it("reads the test numbers from the runtime secret in Secrets Manager, signed by the real SDK", async () => {
    fixture.ssm.reads.length = 0;
    const { runtime } = newRuntime();
    await call(runtime, { method: "getSms", phone: TEST_NUMBER }, nextIp());
    expect(fixture.ssm.reads).toContain(runtimeSecretName);
    expect(fixture.ssm.signatureFailures).toBe(0);
    expect(fixture.sms.sent).toHaveLength(0);
  });

  it("a number removed from the secret is a real number again (SMS sent)", async () => {
    putRuntimeSecret(`${OTHER_TEST_NUMBER}=${OTHER_FIXED_CODE}`);
    const { runtime, log } = newRuntime();
    expect((await call(runtime, { method: "getSms", phone: TEST_NUMBER }, nextIp())).status).toBe(200);
    expect(fixture.sms.sent).toHaveLength(1);
    expect(parsedLines(log.lines)[0]!.testNumber).toBeUndefined();
  });

  it("a malformed testNumberCodes field makes the secret unusable, named without any value", async () => {
    putRuntimeSecret(`${TEST_NUMBER}=123`);
    const { runtime, log } = newRuntime();
    const reply = await call(runtime, { method: "getSms", phone: TEST_NUMBER }, nextIp());
    expect(reply.status).toBe(500);
    const text = log.lines.join("\n");
    expect(text).toMatch(/testNumberCodes entry 1 is not <E\.164 number>=<4- to 8-digit code>/);
    expect(text).not.toContain("=123");
    expect(fixture.sms.sent).toHaveLength(0);
  });
});
