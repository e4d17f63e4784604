// The bulk-greeting tick pulls every receipt of the SMS app; those of verification SMS (their
// SessionContext names the hour and scopes they were sent in) go to the verification insights.
// Through the SCF handler, the real SDK and the signature-checking SMS double: the receipt lands in
// its send hour, and an hour whose counters had already expired keeps the insights' retention
// (INSIGHTS_RETENTION_HOURS, the same setting the verification function reads), not a number of
// the tick's own.
import Redis from "ioredis";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { main_handler, resetContainer } from "../../../functions/bulk-greeting/index";
import { insightsHourKey, receiptContext } from "../../../functions/shared/insights/hourly-counters";
import { SmsGateway } from "../../../functions/shared/sms";
import { credentialFromScfEnvironment } from "../../../functions/shared/tencent/credential";
import { startRedisServer, type RedisServer } from "../../support/redis-server";
import { startSmsEndpoint, type SmsEndpoint } from "../../support/sms-endpoint";

const credentials = { TENCENTCLOUD_SECRETID: "AKIDreceiptsTickKey", TENCENTCLOUD_SECRETKEY: "receipts-tick-secret" };
const sdkAppId = "1400777888";
let redis: RedisServer;
let endpoint: SmsEndpoint;
let admin: Redis;
const dir = mkdtempSync(join(tmpdir(), "tick-receipts-"));
const savedEnv = { ...process.env };
const logs: string[] = [];

beforeAll(async () => {
  [redis, endpoint] = await Promise.all([
    startRedisServer(),
    startSmsEndpoint({ secretId: credentials.TENCENTCLOUD_SECRETID, secretKey: credentials.TENCENTCLOUD_SECRETKEY }),
  ]);
  admin = new Redis(redis.port, redis.host);
  Object.assign(process.env, {
    ...credentials,
    REDIS_HOST: redis.host,
    REDIS_PORT: String(redis.port),
    REDIS_PASSWORD: "",
    SMS_SDKAPPID: sdkAppId,
    SMS_ENDPOINT: endpoint.url,
    SMS_TIMEOUT_SECONDS: "2",
    CAMPAIGN_STORAGE_DIR: join(dir, "bucket"),
    CAMPAIGN_WORK_DIR: join(dir, "work"),
    INSIGHTS_RETENTION_HOURS: "5",
  });
  resetContainer();
  jest.spyOn(process.stdout, "write").mockImplementation((chunk: string | Uint8Array) => (logs.push(String(chunk)), true));
});

afterAll(async () => {
  jest.restoreAllMocks();
  resetContainer();
  process.env = savedEnv;
  admin.disconnect();
  await Promise.all([redis.stop(), endpoint.stop()]);
  rmSync(dir, { recursive: true, force: true });
});

const timer = { Type: "Timer", TriggerName: "smsverify-test-campaign-tick", Time: "2026-03-10T09:00:00Z", Message: "" };

it("files a verification SMS's receipt in its send hour with the insights' retention", async () => {
  // Two SMS the verification function sent at 08:xx UTC (one delivered, one not), one it did not send.
  const gateway = new SmsGateway(
    { sdkAppId, signName: "TestSign", region: "ap-guangzhou", endpoint: endpoint.url, timeoutSeconds: 2 },
    credentialFromScfEnvironment(process.env),
  );
  const context = receiptContext("2026031008", "+8613800", "+86");
  const sent = await gateway.sendSms({
    phoneNumbers: ["+8613800000001", "+8613800000002"],
    templateId: "100001",
    templateParams: ["123456", "5"],
    sessionContext: context,
  });
  await gateway.sendSms({ phoneNumbers: ["+8613900000001"], templateId: "100002", templateParams: ["hello"] });
  endpoint.markDeliveryFailed(sent[1].serialNo!);

  const tick = await main_handler(timer, { request_id: "tick-1", getRemainingTimeInMillis: () => 60_000 });
  expect(tick).toMatchObject({ ok: true, code: "Success" });
  expect(tick.result?.receipts).toEqual({ pulled: 3, filed: 0, unmatched: 3 });
  expect(endpoint.signatureFailures).toBe(0);

  const key = insightsHourKey("2026031008");
  expect(await admin.hgetall(key)).toEqual({
    "dlv|p:+8613800": "1",
    "dlv|c:+86": "1",
    "undlv|p:+8613800": "1",
    "undlv|c:+86": "1",
  });
  const ttl = await admin.ttl(key);
  expect(ttl).toBeGreaterThan(4 * 3600);
  expect(ttl).toBeLessThanOrEqual(5 * 3600);
});
