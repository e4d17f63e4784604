// Test numbers end to end: the fixed codes come from the runtime secret in Secrets Manager (the
// signature-checking double, read by the real SSM SDK client), getSms for a test number answers
// like a real send but reaches no SMS endpoint and no counter, login with the fixed code issues
// tokens, and wrong guesses count against the real wrong-code budgets (per phone and per address),
// on standalone Redis (one round trip per login, like a real one) and on a cluster.
import Redis from "ioredis";
import { createVerificationRuntime, type VerificationRuntime } from "../../../functions/verification/runtime";
import { startRedisCluster, type RedisClusterHandle } from "../../support/redis-server";
import {
  captureLog,
  functionUrlJson,
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
let admin: Redis;
const runtimes: VerificationRuntime[] = [];
let ipCounter = 0;

/** A fresh client address per test, so address budgets of one test never leak into another. */
function nextIp(): string {
  ipCounter += 1;
  return `198.51.100.${ipCounter}`;
}

function newRuntime(overrides: Record<string, string> = {}) {
  const log = captureLog();
  const runtime = createVerificationRuntime({ ...fixture.env, ...overrides }, { log: log.write });
  runtimes.push(runtime);
  return { runtime, log };
}

function putRuntimeSecret(codes: string): void {
  fixture.ssm.putSecret(runtimeSecretName, JSON.stringify({ redisPassword: "", codePepper: pepper, testNumberCodes: codes }));
}

async function call(runtime: VerificationRuntime, fields: Record<string, unknown>, ip: string) {
  const reply = await runtime.handle(functionUrlJson(fields, ip), { request_id: "req" });
  return { status: reply.statusCode, body: replyBody(reply) };
}

function parsedLines(lines: string[]): Array<Record<string, unknown>> {
  return lines.map((line) => JSON.parse(line) as Record<string, unknown>);
}

beforeAll(async () => {
  fixture = await startFixture({ LOGIN_PHONE_DAILY_WRONG_LIMIT: "5", LOGIN_IP_HOURLY_WRONG_LIMIT: "1000" });
  admin = new Redis({ host: fixture.redis.host, port: fixture.redis.port });
});

beforeEach(async () => {
  putRuntimeSecret(testNumberCodes);
  await admin.flushall();
});

afterEach(async () => {
  await Promise.all(runtimes.splice(0).map((runtime) => runtime.close()));
});

afterAll(async () => {
  admin.disconnect();
  await fixture.stop();
});

describe("getSms for a test number", () => {
  it("answers exactly like a real send, sends no SMS and touches no counter or budget", async () => {
    const { runtime, log } = newRuntime();
    const ip = nextIp();
    const real = await call(runtime, { method: "getSms", phone: "+8613700137000" }, ip);
    expect(real.status).toBe(200);
    const sentBefore = fixture.sms.sent.length;
    const keysBefore = (await admin.keys("*")).sort();

    const test = await call(runtime, { method: "getSms", phone: TEST_NUMBER }, ip);
    expect(test.status).toBe(200);
    expect(Object.keys(test.body).sort()).toEqual(Object.keys(real.body).sort());
    expect(test.body).toEqual(real.body);
    // Asked again at once: no cooldown, still nothing sent.
    expect((await call(runtime, { method: "getSms", phone: "8613800138000" }, ip)).status).toBe(200);

    expect(fixture.sms.sent.length).toBe(sentBefore);
    expect((await admin.keys("*")).sort()).toEqual(keysBefore);

    // Text in the log line: SCF parses only first-level numbers and text into CLS keys (cloud/cls.ts).
    const lines = parsedLines(log.lines).filter((line) => line.method === "getSms");
    expect(lines.map((line) => line.testNumber)).toEqual([undefined, "true", "true"]);
    expect(lines[1]).toMatchObject({ codeStr: "Success", phone: "8613******000", testNumber: "true" });
  });

  it("reads the test numbers from the runtime secret in Secrets Manager, signed by the real SDK", async () => {
    fixture.ssm.reads.length = 0;
    const { runtime } = newRuntime();
    const sentBefore = fixture.sms.sent.length;
    await call(runtime, { method: "getSms", phone: TEST_NUMBER }, nextIp());
    expect(fixture.ssm.reads).toContain(runtimeSecretName);
    expect(fixture.ssm.signatureFailures).toBe(0);
    expect(fixture.sms.sent.length).toBe(sentBefore);
  });

  it("a number removed from the secret is a real number again (SMS sent)", async () => {
    putRuntimeSecret(`${OTHER_TEST_NUMBER}=${OTHER_FIXED_CODE}`);
    const { runtime, log } = newRuntime();
    const sentBefore = fixture.sms.sent.length;
    expect((await call(runtime, { method: "getSms", phone: TEST_NUMBER }, nextIp())).status).toBe(200);
    expect(fixture.sms.sent.length).toBe(sentBefore + 1);
    expect(parsedLines(log.lines)[0]!.testNumber).toBeUndefined();
  });
});

describe("login with a test number", () => {
  it("the fixed code logs in with tokens like a real login, again and again, without a getSms", async () => {
    const { runtime, log } = newRuntime();
    const sentBefore = fixture.sms.sent.length;
    for (let i = 0; i < 3; i++) {
      const reply = await call(runtime, { method: "login", phone: TEST_NUMBER, code: FIXED_CODE }, nextIp());
      expect(reply.status).toBe(200);
      expect(reply.body).toMatchObject({
        codeStr: "Success",
        accessToken: expect.any(String),
        refreshToken: expect.any(String),
        expiresIn: expect.any(Number),
      });
    }
    const lines = parsedLines(log.lines);
    expect(lines.every((line) => line.testNumber === "true" && line.phone === "8613******000")).toBe(true);
    // The code itself is never logged.
    expect(log.lines.join("\n")).not.toContain(FIXED_CODE);
    expect(fixture.sms.sent.length).toBe(sentBefore);
  });

  it("the refresh token of a test-number login rotates like any other", async () => {
    const { runtime } = newRuntime();
    const login = await call(runtime, { method: "login", phone: OTHER_TEST_NUMBER, code: OTHER_FIXED_CODE }, nextIp());
    const refreshed = await call(runtime, { method: "refresh", refreshToken: login.body.refreshToken }, nextIp());
    expect(refreshed.status).toBe(200);
    expect(refreshed.body.refreshToken).not.toBe(login.body.refreshToken);
  });

  it("one Redis round trip per login, as for a real login", async () => {
    const { runtime } = newRuntime();
    await call(runtime, { method: "login", phone: TEST_NUMBER, code: FIXED_CODE }, nextIp()); // loads the scripts
    // Every command the runtime's client writes (a script's inner calls are not round trips).
    const client = runtime.redis as unknown as { sendCommand: (command: { name: string }) => unknown };
    const original = client.sendCommand;
    const sent: string[] = [];
    client.sendCommand = function (this: unknown, command: { name: string }) {
      sent.push(command.name);
      return original.call(this, command);
    };
    await call(runtime, { method: "login", phone: TEST_NUMBER, code: FIXED_CODE }, nextIp());
    expect(sent).toHaveLength(1);
    await call(runtime, { method: "login", phone: TEST_NUMBER, code: "000000" }, nextIp());
    expect(sent).toHaveLength(2);
    // getSms for a test number needs none.
    await call(runtime, { method: "getSms", phone: TEST_NUMBER }, nextIp());
    expect(sent).toHaveLength(2);
    client.sendCommand = original;
  });

  it("wrong codes count against the phone's daily budget; once used up the fixed code is refused too", async () => {
    const { runtime, log } = newRuntime();
    const replies = [];
    for (let i = 0; i < 5; i++) {
      replies.push(await call(runtime, { method: "login", phone: TEST_NUMBER, code: `11111${i}` }, nextIp()));
    }
    expect(replies.map((r) => [r.status, r.body.codeStr])).toEqual(Array(5).fill([400, "CodeIsError"]));
    expect(replies.map((r) => r.body.attemptsLeft)).toEqual([4, 3, 2, 1, 0]);
    const refused = await call(runtime, { method: "login", phone: TEST_NUMBER, code: FIXED_CODE }, nextIp());
    expect(refused.status).toBe(429);
    expect(refused.body).toMatchObject({ codeStr: "RateLimited", limit: "loginPhone" });
    expect(parsedLines(log.lines).at(-1)).toMatchObject({ testNumber: "true", limit: "loginPhone", alarm: "loginThrottled" });
  });

  it("evaluates at most the remaining budget under 40 parallel guesses, the right code included", async () => {
    const { runtime } = newRuntime();
    const ip = nextIp();
    const guesses = Array.from({ length: 40 }, (_, i) => (i === 39 ? FIXED_CODE : String(200000 + i)));
    // Warm the connection and scripts so the burst is about the script, not the connect.
    await call(runtime, { method: "getSms", phone: TEST_NUMBER }, ip);
    const replies = await Promise.all(guesses.map((code) => call(runtime, { method: "login", phone: TEST_NUMBER, code }, ip)));
    const wrong = replies.filter((r) => r.body.codeStr === "CodeIsError").length;
    const limited = replies.filter((r) => r.body.codeStr === "RateLimited").length;
    const success = replies.filter((r) => r.body.codeStr === "Success").length;
    expect(wrong).toBe(5);
    expect(wrong + limited + success).toBe(40);
    expect(success).toBeLessThanOrEqual(1);
    expect(Number(await admin.get(`vc:{${TEST_NUMBER}}:wrong:${await dayStampOfCounters()}`))).toBe(5);
  });

  it("wrong guesses at test numbers share the address's hourly budget with real numbers", async () => {
    const { runtime } = newRuntime({ LOGIN_IP_HOURLY_WRONG_LIMIT: "3", LOGIN_PHONE_DAILY_WRONG_LIMIT: "20" });
    const ip = nextIp();
    await call(runtime, { method: "getSms", phone: "+8613700137001" }, ip);
    expect((await call(runtime, { method: "login", phone: "+8613700137001", code: "123456" }, ip)).body.codeStr).toBe(
      "CodeIsError",
    );
    expect((await call(runtime, { method: "login", phone: TEST_NUMBER, code: "123456" }, ip)).body.codeStr).toBe("CodeIsError");
    expect((await call(runtime, { method: "login", phone: OTHER_TEST_NUMBER, code: "123456" }, ip)).body.codeStr).toBe(
      "CodeIsError",
    );
    const refused = await call(runtime, { method: "login", phone: TEST_NUMBER, code: FIXED_CODE }, ip);
    expect(refused.body).toMatchObject({ codeStr: "RateLimited", limit: "loginIp" });
  });

  it("a malformed testNumberCodes field makes the secret unusable, named without any value", async () => {
    putRuntimeSecret(`${TEST_NUMBER}=123`);
    const { runtime, log } = newRuntime();
    const sentBefore = fixture.sms.sent.length;
    const reply = await call(runtime, { method: "getSms", phone: TEST_NUMBER }, nextIp());
    expect(reply.status).toBe(500);
    const text = log.lines.join("\n");
    expect(text).toMatch(/testNumberCodes entry 1 is not <E\.164 number>=<4- to 8-digit code>/);
    expect(text).not.toContain("=123");
    expect(fixture.sms.sent.length).toBe(sentBefore);
  });
});

/** The Shanghai day stamp of the phone's wrong-code counter, read from the key Redis holds. */
async function dayStampOfCounters(): Promise<string> {
  const [key] = await admin.keys(`vc:{${TEST_NUMBER}}:wrong:*`);
  return String(key).split(":").at(-1)!;
}

describe("test numbers on a Redis cluster", () => {
  let cluster: RedisClusterHandle;

  beforeAll(async () => {
    cluster = await startRedisCluster();
  });

  afterAll(async () => {
    await cluster.stop();
  });

  it("logs in with the fixed code and counts wrong guesses per phone and per address", async () => {
    const seed = cluster.nodes[0]!;
    const { runtime } = newRuntime({
      REDIS_HOST: seed.host,
      REDIS_PORT: String(seed.port),
      REDIS_CLUSTER: "true",
      LOGIN_IP_HOURLY_WRONG_LIMIT: "3",
      LOGIN_PHONE_DAILY_WRONG_LIMIT: "2",
    });
    const ip = nextIp();
    const ok = await call(runtime, { method: "login", phone: TEST_NUMBER, code: FIXED_CODE }, ip);
    expect(ok.body).toMatchObject({ codeStr: "Success", refreshToken: expect.any(String) });
    expect((await call(runtime, { method: "refresh", refreshToken: ok.body.refreshToken }, ip)).status).toBe(200);
    expect((await call(runtime, { method: "login", phone: TEST_NUMBER, code: "000001" }, ip)).body.attemptsLeft).toBe(1);
    expect((await call(runtime, { method: "login", phone: TEST_NUMBER, code: "000002" }, ip)).body.attemptsLeft).toBe(0);
    expect((await call(runtime, { method: "login", phone: TEST_NUMBER, code: FIXED_CODE }, ip)).body).toMatchObject({
      limit: "loginPhone",
    });
    // The refused guess gave its address unit back: one wrong guess on another number is still allowed.
    expect((await call(runtime, { method: "login", phone: OTHER_TEST_NUMBER, code: "000003" }, ip)).body.codeStr).toBe(
      "CodeIsError",
    );
    expect((await call(runtime, { method: "login", phone: OTHER_TEST_NUMBER, code: OTHER_FIXED_CODE }, ip)).body).toMatchObject({
      limit: "loginIp",
    });
  });
});
