// The receipts timer end to end through the SCF entry point: a timer event makes main_handler pull
// the delivery receipts with the real SMS SDK from the TC3-checking SMS double (the same role
// credential SCF injects) and file those of verification SMS into the insights, by the
// SessionContext each getSms gave its SMS — the delivered / undelivered columns of `npm run
// insights`. Receipts of SMS the function did not send are pulled and left out; a tick with
// nothing waiting files nothing; Redis unreachable, or no time left for a pull, pulls nothing (the
// receipts stay at the provider for the next tick).
import { main_handler } from "../../../functions/verification";
import { readInsightHours } from "../../../functions/shared/insights/hourly-counters";
import { SmsGateway } from "../../../functions/shared/sms";
import { credentialFromScfEnvironment } from "../../../functions/shared/tencent/credential";
import { connectRedis, closeRedis, whenRedisReady } from "../../../functions/verification/store/redis-connection";
import { captureStdout, functionUrlGet, replyBody, useEntryPointFixture, type Fixture } from "./support/verification-fixture";

const overrides = { SMS_ALLOWED_REGIONS: "CN,HK", IP_HOURLY_LIMIT: "1000", REDIS_CONNECT_TIMEOUT_MS: "1000" };
const started = useEntryPointFixture(overrides, "receipts-redis-password");
let fixture: Fixture;
beforeAll(() => (fixture = started()));

let stdout: ReturnType<typeof captureStdout>;
beforeEach(() => (stdout = captureStdout()));
afterEach(() => stdout.restore());

const timer = { Type: "Timer" as const, TriggerName: "smsverify-test-receipts", Time: "2026-03-10T09:00:00Z", Message: "" };
const tick = (id: string) => main_handler(timer, { request_id: id, getRemainingTimeInMillis: () => 9_000 });

async function insightsNow(): Promise<Record<string, number>> {
  const redis = connectRedis({ ...fixture.redis, password: "receipts-redis-password", cluster: false, connectTimeoutMs: 2000 });
  try {
    await whenRedisReady(redis, 2000);
    const hour = new Date().toISOString().slice(0, 13).replace(/[-T]/g, "");
    const all = (await readInsightHours(redis, [hour])).get(hour)!;
    return Object.fromEntries(Object.entries(all).filter(([field]) => /^(un)?dlv\|/.test(field)));
  } finally {
    await closeRedis(redis);
  }
}

it("files delivered and undelivered receipts of verification SMS by their SessionContext", async () => {
  for (const phone of ["+8613800000001", "+8613800000002", "+85251234567"]) {
    expect(replyBody(await main_handler(functionUrlGet({ method: "getSms", phone }), {}))).toMatchObject({ codeStr: "Success" });
  }
  // An SMS on the same app that the verification function did not send (no SessionContext of its own).
  const gateway = new SmsGateway(
    {
      sdkAppId: fixture.env.SMS_SDKAPPID!,
      signName: "TestSign",
      region: "ap-guangzhou",
      endpoint: fixture.sms.url,
      timeoutSeconds: 2,
    },
    credentialFromScfEnvironment(fixture.env),
  );
  await gateway.sendSms({ phoneNumbers: ["+8613900000009"], templateId: "100002", templateParams: ["hello"] });
  const hk = fixture.sms.sent.find((s) => s.phoneNumbers[0] === "+85251234567")!;
  fixture.sms.markDeliveryFailed(hk.serialNos[0]);

  stdout.restore();
  stdout = captureStdout();
  expect(await tick("tick-1")).toEqual({ ok: true, code: "Success", pulled: 4, filed: 3 });
  expect(fixture.sms.signatureFailures).toBe(0);
  expect(await insightsNow()).toEqual({
    "dlv|p:+8613800": 2,
    "dlv|c:+86": 2,
    "undlv|p:+85251234": 1,
    "undlv|c:+852": 1,
  });
  const lines = stdout.lines().map((line) => JSON.parse(line) as Record<string, unknown>);
  expect(lines).toEqual([
    expect.objectContaining({
      level: "info",
      msg: "delivery receipts",
      requestId: "tick-1",
      detail: "Success: pulled 4, filed 3",
    }),
  ]);
  // Each receipt is handed out once: the next tick finds nothing and files nothing.
  expect(await tick("tick-2")).toEqual({ ok: true, code: "Success", pulled: 0, filed: 0 });
  expect(await insightsNow()).toMatchObject({ "dlv|c:+86": 2 });
});

it("leaves the receipts at the provider while Redis is unreachable, and files them once it is back", async () => {
  expect(replyBody(await main_handler(functionUrlGet({ method: "getSms", phone: "+8613800000003" }), {}))).toMatchObject({
    codeStr: "Success",
  });
  fixture.redis.pause();
  try {
    expect(await tick("tick-3")).toMatchObject({ ok: false, code: "ServiceUnavailable", pulled: 0 });
  } finally {
    fixture.redis.resume();
  }
  expect(stdout.lines().map((line) => JSON.parse(line) as Record<string, unknown>)).toContainEqual(
    expect.objectContaining({ level: "warn", msg: "delivery receipts", cause: "redis" }),
  );
  expect(await tick("tick-4")).toMatchObject({ ok: true, pulled: 1, filed: 1 });
  expect(await insightsNow()).toMatchObject({ "dlv|c:+86": 3 });
});

it("starts no pull without time for one (SCF's time_limit_in_ms), and the receipts wait for the next tick", async () => {
  expect(replyBody(await main_handler(functionUrlGet({ method: "getSms", phone: "+8613800000004" }), {}))).toMatchObject({
    codeStr: "Success",
  });
  // SMS_TIMEOUT_SECONDS is 1: a tick with 1.5 s in all may not start a pull that can take 1 s plus a margin.
  expect(await main_handler(timer, { request_id: "tick-5", time_limit_in_ms: 1500 })).toMatchObject({ ok: true, pulled: 0 });
  expect(await main_handler(timer, { request_id: "tick-6", time_limit_in_ms: 10_000 })).toMatchObject({
    ok: true,
    pulled: 1,
    filed: 1,
  });
});
