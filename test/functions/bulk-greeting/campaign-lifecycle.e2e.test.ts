// A campaign end to end, the way an operator and the timer drive it: `campaign schedule` uploads
// it, the SCF handler's timer ticks send it and file delivery receipts, `status` and `report`
// (table, CSV, SVG) read the outcome; `cancel` stops one that has not started.
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { PassThrough } from "node:stream";
import { SaxesParser } from "saxes";
import { main_handler, resetContainer } from "../../../functions/bulk-greeting/index";
import { runCampaignCli } from "../../../cli/campaign";
import { bundleFunction } from "../../../functions/build/bundle";
import { startRedisServer, type RedisServer } from "../../support/redis-server";
import { startSsmEndpoint, type SsmEndpoint } from "../../support/ssm-endpoint";
import { startSmsEndpoint, type SmsEndpoint } from "../../support/sms-endpoint";

const secretId = "AKIDlifecycleKey";
const secretKey = "lifecycle-secret";
let redis: RedisServer;
let endpoint: SmsEndpoint;
let ssm: SsmEndpoint;
/** The function reads the Redis password from its Secrets Manager secret, never from its environment. */
const passwordSecret = "smsverify-test-bulk-greeting-secrets";
const dir = mkdtempSync(join(tmpdir(), "campaign-lifecycle-"));
const storageDir = join(dir, "bucket");
const savedEnv = { ...process.env };
const cliEnv = { CAMPAIGN_STORAGE_DIR: storageDir };

beforeAll(async () => {
  redis = await startRedisServer({ password: "lifecycle-redis-pass" });
  endpoint = await startSmsEndpoint({ secretId, secretKey });
  ssm = await startSsmEndpoint({ credentials: [{ secretId, secretKey }] });
  ssm.putSecret(passwordSecret, JSON.stringify({ redisPassword: "lifecycle-redis-pass" }));
  delete process.env.REDIS_PASSWORD;
  Object.assign(process.env, {
    REDIS_HOST: redis.host,
    REDIS_PORT: String(redis.port),
    REDIS_PASSWORD_SECRET_NAME: passwordSecret,
    SSM_ENDPOINT: ssm.url,
    SMS_SDKAPPID: "1400555666",
    SMS_ENDPOINT: endpoint.url,
    SMS_TIMEOUT_SECONDS: "2",
    CAMPAIGN_STORAGE_DIR: storageDir,
    CAMPAIGN_WORK_DIR: join(dir, "work"),
    SEND_RATE_PER_SECOND: "1000",
    TENCENTCLOUD_SECRETID: secretId,
    TENCENTCLOUD_SECRETKEY: secretKey,
  });
  resetContainer();
});
afterAll(async () => {
  resetContainer();
  process.env = savedEnv;
  await endpoint.stop();
  await ssm.stop();
  await redis.stop();
  rmSync(dir, { recursive: true, force: true });
});

async function cli(argv: string[], now = new Date()) {
  const out = new PassThrough();
  const err = new PassThrough();
  let stdout = "";
  let stderr = "";
  out.on("data", (d) => (stdout += d));
  err.on("data", (d) => (stderr += d));
  const code = await runCampaignCli(argv, { out, err, interactive: false }, { env: cliEnv, now: () => now });
  return { code, stdout, stderr };
}

const timer = { Type: "Timer", TriggerName: "bulk-greeting-every-minute", Time: new Date().toISOString(), Message: "" };
const context = () => ({ request_id: "req-1", getRemainingTimeInMillis: () => 60_000 });
const logs: string[] = [];

// The handler's JSON log lines are captured (and checked) rather than printed into the test output.
beforeEach(() => {
  logs.length = 0;
  jest.spyOn(process.stdout, "write").mockImplementation((chunk: string | Uint8Array) => (logs.push(String(chunk)), true));
});
afterEach(() => jest.restoreAllMocks());

it("schedules, sends on the timer, files receipts and reports", async () => {
  const file = join(dir, "members.csv");
  const rows = Array.from({ length: 450 }, (_, i) => `139${String(i).padStart(8, "0")},${i < 300 ? "Li" : "Wang"}`);
  writeFileSync(file, ["phone,name", ...rows, "12345,Bad"].join("\n") + "\n");
  const refused = await cli([
    "schedule",
    file,
    "--template",
    "spring-festival",
    "--env",
    "dev",
    "--at",
    "now",
    "--id",
    "cny-2026",
  ]);
  expect(refused.code).toBe(1);
  expect(refused.stderr).toContain("campaign: error [RECIPIENTS_HAVE_PROBLEMS]");

  const scheduled = await cli([
    "schedule",
    file,
    "--template",
    "spring-festival",
    "--env",
    "dev",
    "--at",
    "now",
    "--id",
    "cny-2026",
    "--allow-skips",
  ]);
  expect(scheduled.code).toBe(0);
  expect(scheduled.stdout).toContain("scheduled cny-2026");
  expect(scheduled.stdout).toMatch(/recipients\s+450 \(1 problem rows skipped\)/);
  // The shipped dev bindings are placeholders: said before anything is sent with them.
  expect(scheduled.stderr).toContain("campaign: warning [PLACEHOLDER_BINDING]: dev still uses example values");
  // status agrees with schedule about the skipped row before the function has run.
  const before = (await cli(["status", "cny-2026"])).stdout;
  expect(before).toMatch(/state\s+scheduled/);
  expect(before).toMatch(/skipped rows\s+1/);

  const first = await main_handler(timer, context());
  expect(first).toMatchObject({ ok: true, code: "Success" });
  // The password came from the secret, read once for the container with the role's credential.
  expect(ssm.reads).toEqual([passwordSecret]);
  expect(ssm.signatureFailures).toBe(0);
  expect(first.result?.runs).toEqual([expect.objectContaining({ id: "cny-2026", stop: "finished", batchesSent: 3 })]);
  expect(endpoint.sent.map((s) => s.phoneNumbers.length)).toEqual([200, 100, 150]);
  expect(endpoint.sent.every((s) => s.signName === "Example Tech")).toBe(true);
  // Logs name campaigns and counts, never numbers or secrets.
  expect(logs.join("")).not.toMatch(/1390000|lifecycle-redis-pass|lifecycle-secret/);

  endpoint.markDeliveryFailed(endpoint.sent[1].serialNos[0], "MK:0001");
  const second = await main_handler(timer, context());
  expect(second.result?.receipts).toMatchObject({ pulled: 450, filed: 450, unmatched: 0 });
  expect(second.result?.runs).toEqual([]);
  expect(endpoint.sent).toHaveLength(3);

  const status = await cli(["status", "cny-2026"]);
  expect(status.stdout).toMatch(/state\s+completed/);
  expect(status.stdout).toMatch(/sent\s+450/);
  expect(status.stdout).toMatch(/skipped rows\s+1/);

  const table = await cli(["report", "cny-2026"]);
  expect(table.stdout).toMatch(/sent \(Ok\)\s+450/);
  expect(table.stdout).toMatch(/ delivered\s+449/);
  expect(table.stdout).toMatch(/MK:0001\s+1/);
  expect(table.stdout).toMatch(/fee units\s+450/);

  const csvFile = join(dir, "report.csv");
  expect((await cli(["report", "cny-2026", "--format", "csv", "--out", csvFile])).code).toBe(0);
  const csv = readFileSync(csvFile, "utf8").trim().split("\r\n");
  expect(csv).toHaveLength(451);
  expect(csv[0]).toBe("phone_number,line,batch,code,message,serial_no,fee,sent_at,delivery,delivery_description,received_at");
  expect(csv.filter((l) => l.includes(",failed,MK:0001,"))).toHaveLength(1);

  const svgFile = join(dir, "chart.svg");
  expect((await cli(["report", "cny-2026", "--format", "svg", "--out", svgFile])).code).toBe(0);
  const svg = readFileSync(svgFile, "utf8");
  expect(svg).toMatch(/^<svg xmlns="http:\/\/www.w3.org\/2000\/svg"/);
  // The bars are 1-minute buckets of wall-clock send times: a run that crosses a minute boundary
  // draws two bars, so the sent bars must add up to 450, whichever minutes they fall in.
  const sentBars = [...svg.matchAll(/<title>sent \(accepted by provider\): (\d+)<\/title>/g)].map((m) => Number(m[1]));
  expect(sentBars.length).toBeGreaterThan(0);
  expect(sentBars.reduce((a, b) => a + b, 0)).toBe(450);
  expect(svg).toContain("450 recipients · 450 sent · 449 delivered");
  const xml = new SaxesParser();
  let rects = 0;
  xml.on("opentag", (tag) => (rects += tag.name === "rect" ? 1 : 0));
  expect(() => xml.write(svg).close()).not.toThrow(); // well-formed, so browsers render it
  expect(rects).toBeGreaterThan(4);

  const again = await main_handler(timer, context());
  expect(again.result?.runs).toEqual([]);
  expect(endpoint.sent).toHaveLength(3);
});

it("cancels a campaign that has not started and the timer never sends it", async () => {
  const file = join(dir, "later.csv");
  writeFileSync(file, "13700000000,Li\n");
  const later = new Date(Date.now() + 3_600_000).toISOString().replace(/\.\d{3}Z$/, "Z");
  expect(
    (await cli(["schedule", file, "--template", "spring-festival", "--env", "dev", "--at", later, "--id", "later-one"])).code,
  ).toBe(0);
  const cancelled = await cli(["cancel", "later-one"]);
  expect(cancelled.stdout).toContain("cancelled later-one");
  const before = endpoint.requests;
  await main_handler(timer, context());
  expect(endpoint.requests - before).toBe(1); // only the receipts pull
  expect((await cli(["status"])).stdout).toMatch(/later-one\s+cancelled/);
  expect((await cli(["cancel", "later-one"])).stderr).toContain("campaign: error [CAMPAIGN_FINISHED]");
});

it("refuses send times in the past, beyond one month, or without an offset", async () => {
  const file = join(dir, "t.csv");
  writeFileSync(file, "13700000001,Li\n");
  const now = new Date("2026-02-01T00:00:00Z");
  for (const at of ["2026-01-31T00:00:00Z", "2026-03-01T00:00:01Z", "2026-02-09T08:00:00"]) {
    const r = await cli(["schedule", file, "--template", "spring-festival", "--env", "dev", "--at", at], now);
    expect(r.code).toBe(64);
    expect(r.stderr).toContain("campaign: error [SEND_TIME_INVALID]");
  }
});

it("answers a bad configuration and non-timer events with stable codes", async () => {
  resetContainer();
  const host = process.env.REDIS_HOST;
  delete process.env.REDIS_HOST;
  process.env.SEND_RATE_PER_SECOND = "fast";
  const bad = await main_handler(timer, context());
  expect(bad.code).toBe("ConfigInvalid");
  expect(bad.message).toContain("REDIS_HOST is required");
  expect(bad.message).toContain("SEND_RATE_PER_SECOND must be");
  expect(bad.message).not.toContain("lifecycle-redis-pass");
  expect(logs.join("")).toContain('"event":"configInvalid"');
  process.env.REDIS_HOST = host;
  process.env.SEND_RATE_PER_SECOND = "1000";
  resetContainer();
  expect(await main_handler({ httpMethod: "GET" }, context())).toMatchObject({ ok: false, code: "UnsupportedEvent" });
});

it("bundles into one index.js that exports main_handler", () => {
  const out = join(dir, "bundle");
  const { outFile, bytes } = bundleFunction({
    entryPoint: join(__dirname, "../../../functions/bulk-greeting/index.ts"),
    outDir: out,
  });
  // eslint-disable-next-line @typescript-eslint/no-require-imports -- loads the built bundle as SCF does
  const loaded = require(outFile);
  expect(typeof loaded.main_handler).toBe("function");
  expect(bytes).toBeGreaterThan(0);
});
