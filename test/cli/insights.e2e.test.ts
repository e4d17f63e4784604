// Verification insights end to end (issue 23, part 3): a seeded run through the real runtime and
// Redis (known sends, a cooldown refusal, a refused SMS, verifications in two hours), delivery
// receipts pulled with the real SDK from the TC3-checking SMS double and filed by their
// SessionContext, then `npm run insights` gives exactly the expected table; its HTML page opens
// in Chromium and the screenshot shows both charts.
import { mkdtempSync, readFileSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { runInsightsCli } from "../../cli/insights";
import { fileVerificationReceipts } from "../../functions/shared/insights/hourly-counters";
import { credentialFromScfEnvironment } from "../../functions/shared/tencent/credential";
import { SmsGateway } from "../../functions/shared/sms/gateway";
import { createVerificationRuntime, type VerificationRuntime } from "../../functions/verification/runtime";
import { connectRedis, closeRedis, whenRedisReady } from "../../functions/verification/store/redis-connection";
import { launchChromium } from "../support/chromium";
import {
  captureLog,
  functionUrlGet,
  functionUrlJson,
  lastCodeSentTo,
  replyBody,
  startFixture,
  type Fixture,
} from "../functions/verification/support/verification-fixture";

let fixture: Fixture;
let runtime: VerificationRuntime;
let now = new Date("2026-03-10T10:15:00Z");
const dir = mkdtempSync(join(tmpdir(), "insights-"));

beforeAll(async () => {
  fixture = await startFixture({ SMS_ALLOWED_REGIONS: "CN,HK", IP_HOURLY_LIMIT: "100000" });
  runtime = createVerificationRuntime(fixture.env, { log: captureLog().write, clock: () => now });
  await seed();
});

afterAll(async () => {
  await runtime.close();
  await fixture.stop();
});

let ip = 1;
const getSms = (phone: string) => runtime.handle(functionUrlGet({ method: "getSms", phone }, `10.9.0.${ip++}`), {});
const login = (phone: string) =>
  runtime.handle(functionUrlJson({ method: "login", phone, code: lastCodeSentTo(fixture.sms, phone) }, `10.9.1.${ip++}`), {});

async function seed() {
  // 10:15 UTC: five codes to +8613800…, three verified; two to +8613900…, one verified; one to Hong Kong.
  for (let i = 1; i <= 5; i++) expect((await getSms(`+861380000000${i}`)).statusCode).toBe(200);
  for (let i = 1; i <= 3; i++) expect(replyBody(await login(`+861380000000${i}`)).codeStr).toBe("Success");
  for (let i = 1; i <= 2; i++) expect((await getSms(`+861390000000${i}`)).statusCode).toBe(200);
  expect(replyBody(await login("+8613900000001")).codeStr).toBe("Success");
  expect((await getSms("+85251234567")).statusCode).toBe(200);
  // A resend inside the cooldown, and an SMS the provider refuses.
  expect(replyBody(await getSms("+8613800000005")).limit).toBe("cooldown");
  fixture.sms.setBehaviour({ kind: "apiError", code: "FailedOperation.TemplateIncorrectOrUnapproved" }, { times: 1 });
  expect((await getSms("+8613800000009")).statusCode).toBe(502);
  // 11:20 UTC: one more, verified.
  now = new Date("2026-03-10T11:20:00Z");
  expect((await getSms("+8613800000006")).statusCode).toBe(200);
  expect(replyBody(await login("+8613800000006")).codeStr).toBe("Success");

  // The Hong Kong SMS was not delivered. The timer pulls the receipts and files them.
  const hk = fixture.sms.sent.find((s) => s.phoneNumbers[0] === "+85251234567")!;
  fixture.sms.markDeliveryFailed(hk.serialNos[0]);
  const gateway = new SmsGateway(
    { sdkAppId: "1400000001", signName: "", region: "ap-guangzhou", endpoint: fixture.sms.url, timeoutSeconds: 5 },
    credentialFromScfEnvironment(fixture.env),
  );
  const receipts = await gateway.pullSendStatus(100);
  expect(receipts).toHaveLength(9);
  const redis = connectRedis({ host: fixture.redis.host, port: fixture.redis.port, cluster: false, connectTimeoutMs: 2000 });
  await whenRedisReady(redis, 2000);
  expect(await fileVerificationReceipts(redis, receipts, 3600)).toBe(9);
  await closeRedis(redis);
}

async function insights(...argv: string[]) {
  let stdout = "";
  let stderr = "";
  const code = await runInsightsCli(["local", ...argv], {
    env: { REDIS_HOST: fixture.redis.host, REDIS_PORT: String(fixture.redis.port), REDIS_PASSWORD: "" },
    clock: () => new Date("2026-03-10T12:00:00Z"),
    io: { stdout: (t) => (stdout += t), stderr: (t) => (stderr += t) },
  });
  return { code, stdout, stderr };
}

it("prints exactly the seeded funnel by country", async () => {
  const { code, stdout } = await insights("--since", "24h");
  expect(code).toBe(0);
  expect(stdout.split("\n")).toEqual([
    "country  requested  sent  failed  delivered  undelivered  verified  conversion  refused:cooldown",
    "+86             10     8       1          8            0         5       62.5%                 1",
    "+852             1     1       0          0            1         0        0.0%                 0",
    "total           11     9       1          8            1         5       55.6%                 1",
    "",
  ]);
});

it("groups by prefix and by hour, and answers JSON", async () => {
  const byPrefix = JSON.parse((await insights("--by", "prefix", "--format", "json")).stdout) as {
    rows: { key: string; sent: number; verified: number; conversionPercent: number | null }[];
  };
  expect(byPrefix.rows.map((r) => [r.key, r.sent, r.verified, r.conversionPercent])).toEqual([
    ["+8613800", 6, 4, 66.7],
    ["+8613900", 2, 1, 50],
    ["+85251234", 1, 0, 0],
  ]);
  const byHour = (await insights("--by", "hour")).stdout.split("\n");
  expect(byHour.slice(1, 3)).toEqual([
    "2026-03-10T10:00Z         10     8       1          7            1         4       50.0%                 1",
    "2026-03-10T11:00Z          1     1       0          1            0         1      100.0%                 0",
  ]);
  // Outside the window: nothing.
  const lastHour = JSON.parse((await insights("--since", "1h", "--format", "json")).stdout) as {
    total: { requested: number; sent: number };
  };
  expect(lastHour.total).toMatchObject({ requested: 1, sent: 1 });
});

it("refuses bad usage with 64", async () => {
  expect((await insights("--by", "city")).code).toBe(64);
  expect((await insights("--since", "yesterday")).code).toBe(64);
});

it("writes an HTML page whose charts Chromium draws", async () => {
  const page = join(dir, "insights.html");
  expect((await insights("--format", "html", "--out", page)).stdout).toBe(`wrote ${page}\n`);
  expect(readFileSync(page, "utf8")).toContain("Verification insights — local");
  const browser = await launchChromium();
  try {
    const tab = await browser.newPage({ viewport: { width: 900, height: 1000 } });
    await tab.goto(`file://${page}`);
    // Sizes as the browser laid them out (locator boxes: no DOM types needed here).
    const boxes = async (selector: string) =>
      Promise.all((await tab.locator(selector).all()).map(async (element) => (await element.boundingBox())!));
    const drawn = {
      sentBars: (await boxes("#conversion-over-time rect.sent")).map((box) => box.height),
      line: (await tab.locator("#conversion-over-time polyline.conversion").getAttribute("points")) ?? "",
      prefixBars: (await boxes("#failing-prefixes rect.prefix")).map((box) => box.width),
    };
    // Three hours in the default 24 h window have data drawn as bars (two with sends); the line joins their conversions.
    expect(drawn.sentBars.filter((h) => h > 0)).toHaveLength(2);
    expect(drawn.line.split(" ")).toHaveLength(2);
    // +8613800 (6 sent) is the only prefix with 5 or more sends.
    expect(drawn.prefixBars).toHaveLength(1);
    expect(drawn.prefixBars[0]).toBeGreaterThan(100);
    const shot = join(dir, "insights.png");
    await tab.screenshot({ path: shot, fullPage: true });
    expect(statSync(shot).size).toBeGreaterThan(10000);
    const chart = await tab.locator("#conversion-over-time").screenshot();
    expect(chart.length).toBeGreaterThan(2000);
  } finally {
    await browser.close();
  }
});
