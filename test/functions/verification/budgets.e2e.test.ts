// SMS budgets per environment against pumping (issue 10, finding 3): global hourly and daily, and
// hourly per number prefix, atomic in Redis; a tripped budget answers 429 RateLimited with limit
// "budget" and logs a line an alarm matches. Also the round-trip budget on standalone Redis:
// getSms is one script (two when an older code is kept during a resend), login is one.
import Redis from "ioredis";
import { requestLogAlarms } from "../../../functions/verification/http/request-log";
import { createVerificationRuntime, type VerificationRuntime } from "../../../functions/verification/runtime";
import {
  captureLog,
  functionUrlGet,
  functionUrlJson,
  lastCodeSentTo,
  replyBody,
  startFixture,
  type Fixture,
} from "./support/verification-fixture";

let fixture: Fixture;
let admin: Redis;
const runtimes: VerificationRuntime[] = [];

beforeAll(async () => {
  // A generous Redis timeout: this suite is about limits, not timeouts, and a loaded 2-core
  // machine can take longer than the fixture's 400 ms (each would then be a 503).
  fixture = await startFixture({ REDIS_CONNECT_TIMEOUT_MS: "5000" });
  admin = new Redis({ host: fixture.redis.host, port: fixture.redis.port });
});

afterAll(async () => {
  admin.disconnect();
  await Promise.all(runtimes.map((r) => r.close()));
  await fixture.stop();
});

beforeEach(async () => {
  fixture.sms.reset();
  await admin.flushall();
});

function runtimeWith(env: Record<string, string>, clock?: () => Date) {
  const log = captureLog();
  const runtime = createVerificationRuntime({ ...fixture.env, IP_HOURLY_LIMIT: "100000", ...env }, { log: log.write, clock });
  runtimes.push(runtime);
  const entries = () => log.lines.map((l) => JSON.parse(l) as Record<string, unknown>);
  return { runtime, entries };
}

let ipSeq = 0;
const nextIp = () => `10.${(ipSeq >> 16) & 255}.${(ipSeq >> 8) & 255}.${ipSeq++ & 255}`;
const getSms = (runtime: VerificationRuntime, phone: string, ip = nextIp()) =>
  runtime.handle(functionUrlGet({ method: "getSms", phone }, ip), {});

it("stops pumping: 2,000 sequential mainland numbers from 100 addresses get only the prefix budget's SMS", async () => {
  // Generous timeouts: 100 parallel requests on a loaded machine must not turn into 503s or
  // unknown SMS outcomes; this test is about the budget's count.
  const { runtime, entries } = runtimeWith({
    SMS_BUDGET_PREFIX_HOURLY: "30",
    SMS_BUDGET_PREFIX_DIGITS: "5",
    SMS_TIMEOUT_SECONDS: "20",
    REDIS_CONNECT_TIMEOUT_MS: "5000",
  });
  const replies = [];
  for (let batch = 0; batch < 20; batch++) {
    const phones = Array.from({ length: 100 }, (_, i) => `+861380${String(batch * 100 + i).padStart(7, "0")}`);
    replies.push(...(await Promise.all(phones.map((phone, i) => getSms(runtime, phone, `198.18.0.${i}`)))));
  }
  expect(replies.filter((r) => r.statusCode === 200)).toHaveLength(30);
  expect(fixture.sms.sent).toHaveLength(30);
  const refused = replies.filter((r) => r.statusCode === 429).map(replyBody);
  expect(refused).toHaveLength(1970);
  expect(refused.every((b) => b.codeStr === "RateLimited" && b.limit === "budget")).toBe(true);
  const tripped = entries().filter((e) => e.alarm === requestLogAlarms.smsBudgetTripped);
  expect(tripped).toHaveLength(1970);
  expect(tripped[0]).toMatchObject({ level: "warn", limit: "budget", budget: "prefixHourly", numberPrefix: "+8613800" });
  // The phone's national digits are all masked when the prefix is logged: together they would show most of the number.
  expect(tripped[0].phone).toBe("86***********");
});

it("counts prefixes apart and opens the next hour", async () => {
  let now = new Date("2026-03-10T10:59:30Z");
  const { runtime } = runtimeWith({ SMS_BUDGET_PREFIX_HOURLY: "2", SMS_BUDGET_PREFIX_DIGITS: "4" }, () => now);
  expect((await getSms(runtime, "+8613800000001")).statusCode).toBe(200);
  expect((await getSms(runtime, "+8613800000002")).statusCode).toBe(200);
  const tripped = await getSms(runtime, "+8613800000003");
  expect(replyBody(tripped)).toMatchObject({ codeStr: "RateLimited", limit: "budget", retryAfter: 30 });
  expect(tripped.headers["Retry-After"]).toBe("30");
  expect((await getSms(runtime, "+8613900000003")).statusCode).toBe(200);
  now = new Date("2026-03-10T11:00:00Z");
  expect((await getSms(runtime, "+8613800000003")).statusCode).toBe(200);
});

it("enforces the global hourly and daily budgets across every number and address", async () => {
  let now = new Date("2026-03-10T15:30:00Z"); // 23:30 in Shanghai
  const hourly = runtimeWith({ SMS_BUDGET_HOURLY: "3" }, () => now);
  for (const phone of ["+8613700000001", "+8615900000002", "+8618600000003"])
    expect((await getSms(hourly.runtime, phone)).statusCode).toBe(200);
  expect(replyBody(await getSms(hourly.runtime, "+8613300000004"))).toMatchObject({ limit: "budget", retryAfter: 1800 });
  expect(hourly.entries().pop()).toMatchObject({ budget: "globalHourly", alarm: "smsBudgetTripped" });

  await admin.flushall();
  const daily = runtimeWith({ SMS_BUDGET_DAILY: "2" }, () => now);
  expect((await getSms(daily.runtime, "+8613700000011")).statusCode).toBe(200);
  now = new Date("2026-03-10T15:59:00Z");
  expect((await getSms(daily.runtime, "+8613700000012")).statusCode).toBe(200);
  expect(replyBody(await getSms(daily.runtime, "+8613700000013"))).toMatchObject({ limit: "budget", retryAfter: 60 });
  expect(daily.entries().pop()).toMatchObject({ budget: "globalDaily" });
  now = new Date("2026-03-10T16:00:00Z"); // next Shanghai day
  expect((await getSms(daily.runtime, "+8613700000013")).statusCode).toBe(200);
});

it("gives budget units back for a definite refusal but keeps them for an unknown outcome", async () => {
  const { runtime } = runtimeWith({ SMS_BUDGET_HOURLY: "1" });
  fixture.sms.setBehaviour({ kind: "apiError", code: "FailedOperation.TemplateIncorrectOrUnapproved" }, { times: 1 });
  expect((await getSms(runtime, "+8613700000021")).statusCode).toBe(502);
  fixture.sms.setBehaviour({ kind: "httpError", status: 504, afterSending: true }, { times: 1 });
  expect(replyBody(await getSms(runtime, "+8613700000022"))).toMatchObject({ codeStr: "SmsSendFailed", outcome: "unknown" });
  expect(replyBody(await getSms(runtime, "+8613700000023"))).toMatchObject({ limit: "budget" });
});

it("a limit that refuses first (cooldown) does not spend budget units", async () => {
  const { runtime } = runtimeWith({ SMS_BUDGET_HOURLY: "2" });
  expect((await getSms(runtime, "+8613700000031")).statusCode).toBe(200);
  for (let i = 0; i < 5; i++) expect(replyBody(await getSms(runtime, "+8613700000031")).limit).toBe("cooldown");
  expect((await getSms(runtime, "+8613700000032")).statusCode).toBe(200);
});

it("0 turns a budget off", async () => {
  const { runtime } = runtimeWith({ SMS_BUDGET_HOURLY: "0", SMS_BUDGET_DAILY: "0", SMS_BUDGET_PREFIX_HOURLY: "0" });
  for (let i = 0; i < 40; i++) expect((await getSms(runtime, `+86138000001${String(i).padStart(2, "0")}`)).statusCode).toBe(200);
});

describe("round trips on standalone Redis", () => {
  async function scriptCalls(): Promise<number> {
    const info = await admin.info("commandstats");
    const calls = (name: string) => Number(new RegExp(`cmdstat_${name}:calls=(\\d+)`).exec(info)?.[1] ?? 0);
    return calls("evalsha") + calls("eval");
  }

  it("getSms and login with every protection on: one script each (a resend that keeps an older code: two)", async () => {
    const { runtime } = runtimeWith({ RESEND_COOLDOWN_SECONDS: "0" });
    // Warm the script cache (EVALSHA falls back to EVAL once per script after a flush).
    const warm = "+8613700000041";
    await getSms(runtime, warm);
    await getSms(runtime, warm);
    await runtime.handle(functionUrlJson({ method: "login", phone: warm, code: "000000" }), {});
    await runtime.handle(functionUrlJson({ method: "login", phone: warm, code: lastCodeSentTo(fixture.sms, warm) }), {});
    await admin.config("RESETSTAT");

    const phone = "+8613700000042";
    expect((await getSms(runtime, phone)).statusCode).toBe(200);
    expect(await scriptCalls()).toBe(1);
    const code = lastCodeSentTo(fixture.sms, phone);
    expect(replyBody(await runtime.handle(functionUrlJson({ method: "login", phone, code }), {})).codeStr).toBe("Success");
    expect(await scriptCalls()).toBe(2);

    expect((await getSms(runtime, phone)).statusCode).toBe(200);
    expect(await scriptCalls()).toBe(3);
    expect((await getSms(runtime, phone)).statusCode).toBe(200); // resend while a code is live: issue + confirm
    expect(await scriptCalls()).toBe(5);
  });
});
