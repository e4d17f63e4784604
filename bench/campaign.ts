// Benchmark of bulk greeting campaigns: rows/s of recipients-file validation (streaming, with
// peak heap) and recipients/s of sending through the real SDK against the local SMS endpoint
// with real Redis checkpoints. Prints a table; files are generated in tmp and removed.
import Redis from "ioredis";
import { mkdtempSync, rmSync, statSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { findCampaignTemplate } from "../functions/bulk-greeting/content/campaign-templates";
import { campaignTable } from "../cli/campaign/table-bindings";
import { validateRecipientsFile } from "../functions/bulk-greeting/recipients/validate-recipients";
import { CampaignCheckpoints } from "../functions/bulk-greeting/sending/campaign-checkpoints";
import { runCampaign } from "../functions/bulk-greeting/sending/campaign-run";
import { campaignKeys } from "../functions/bulk-greeting/storage/campaign-storage";
import { LocalDirectoryStorage } from "../functions/bulk-greeting/storage/local-directory-storage";
import { SmsGateway } from "../functions/shared/sms";
import { credentialFromScfEnvironment } from "../functions/shared/tencent/credential";
import { startRedisServer } from "../test/support/redis-server";
import { startSmsEndpoint } from "../test/support/sms-endpoint";
import { writeLargeRecipientsCsv } from "../test/functions/bulk-greeting/fixtures/large-recipients";

const dir = mkdtempSync(join(tmpdir(), "bench-campaign-"));

async function benchValidation(mb: number): Promise<string[]> {
  const file = join(dir, `validate-${mb}.csv`);
  const rows = await writeLargeRecipientsCsv(file, mb * 2 ** 20);
  const lookup = findCampaignTemplate("spring-festival", "dev", campaignTable().bindings);
  if (!lookup.ok) throw new Error(lookup.message);
  global.gc?.();
  const base = process.memoryUsage().heapUsed;
  let peak = base;
  const started = process.hrtime.bigint();
  const report = await validateRecipientsFile(file, {
    template: lookup.template,
    signName: lookup.binding.signName,
    progressEvery: 10_000,
    onProgress: () => (peak = Math.max(peak, process.memoryUsage().heapUsed)),
  });
  const seconds = Number(process.hrtime.bigint() - started) / 1e9;
  if (report.rows !== rows) throw new Error("row count mismatch");
  return [
    `validate CSV ${(statSync(file).size / 2 ** 20).toFixed(0)} MB`,
    rows.toLocaleString("en-US"),
    seconds.toFixed(1),
    Math.round(rows / seconds).toLocaleString("en-US"),
    `peak heap +${((peak - base) / 2 ** 20).toFixed(0)} MB`,
  ];
}

async function benchSending(label: string, count: number, name: (i: number) => string): Promise<string[]> {
  const secretId = "AKIDbench";
  const secretKey = "bench-secret";
  const server = await startRedisServer();
  const redis = new Redis({ host: server.host, port: server.port });
  const endpoint = await startSmsEndpoint({ secretId, secretKey });
  try {
    const storage = new LocalDirectoryStorage(join(dir, `storage-${label}`));
    const id = `bench-${count}`;
    const local = join(dir, `${id}.csv`);
    writeFileSync(
      local,
      Array.from({ length: count }, (_, i) => `139${String(i).padStart(8, "0")},${name(i)}`).join("\n") + "\n",
    );
    const def = {
      id,
      env: "dev",
      templateKey: "spring-festival",
      templateId: "1000001",
      signName: "Example Tech",
      recipientsKey: campaignKeys.recipients(id, "csv"),
      sendAt: "2026-01-01T00:00:00Z",
      createdAt: "2026-01-01T00:00:00Z",
      expected: { recipients: count, estimatedSms: 0 },
    };
    await storage.uploadFile(def.recipientsKey, local);
    const env = { TENCENTCLOUD_SECRETID: secretId, TENCENTCLOUD_SECRETKEY: secretKey };
    const started = process.hrtime.bigint();
    const summary = await runCampaign(def, Date.now() + 3_600_000, {
      storage,
      checkpoints: new CampaignCheckpoints(redis),
      senderFor: (signName) =>
        new SmsGateway(
          { sdkAppId: "1400123456", signName, region: "ap-guangzhou", endpoint: endpoint.url, timeoutSeconds: 5 },
          credentialFromScfEnvironment(env),
        ),
      clock: { now: Date.now, sleep: (ms) => new Promise((r) => setTimeout(r, ms)), random: Math.random },
      requestsPerSecond: 100_000,
      attemptMs: 5000,
      workDir: join(dir, "work"),
    });
    const seconds = Number(process.hrtime.bigint() - started) / 1e9;
    const sent = endpoint.sent.reduce((n, s) => n + s.phoneNumbers.length, 0);
    if (summary.stop !== "finished" || sent !== count) throw new Error(`sending did not finish: ${summary.stop}, ${sent}`);
    return [
      `send ${label}`,
      count.toLocaleString("en-US"),
      seconds.toFixed(1),
      Math.round(count / seconds).toLocaleString("en-US"),
      `${summary.batchesSent} SendSms calls (${Math.round(summary.batchesSent / seconds)}/s)`,
    ];
  } finally {
    redis.disconnect();
    await endpoint.stop();
    await server.stop();
  }
}

async function main(): Promise<void> {
  const rows: string[][] = [];
  const validateMb = Number(process.env.BENCH_VALIDATE_MB ?? 30);
  rows.push(await benchValidation(validateMb));
  rows.push(await benchSending("shared params (200/call)", 20_000, () => "Li"));
  rows.push(await benchSending("personalised (1/call)", 2_000, (i) => `M${i}`));
  const header = ["scenario", "rows", "seconds", "rows/s", "notes"];
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i].length)));
  const line = (cells: string[]) => "| " + cells.map((c, i) => c.padEnd(widths[i])).join(" | ") + " |";
  console.log(line(header));
  console.log("|" + widths.map((w) => "-".repeat(w + 2)).join("|") + "|");
  for (const r of rows) console.log(line(r));
  console.log(
    "\nSending is paced by SEND_RATE_PER_SECOND in production; the benchmark lifts the cap to measure the engine itself.",
  );
}

main()
  .catch((error) => {
    console.error(error);
    process.exitCode = 1;
  })
  .finally(() => rmSync(dir, { recursive: true, force: true }));
