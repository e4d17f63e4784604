// A campaign run with its files on COS instead of a local directory: the real COS SDK through
// CosStorage against the local signature-checking COS endpoint, with real Redis checkpoints and
// the real SMS SDK against the SMS endpoint. Checks that the recipients file, results parts
// (listed across several pages) and status travel through COS, that a role key rotating mid-run
// is picked up, and that COS refusing writes mid-run loses no outcome and sends nobody twice.
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { TencentCredential } from "../../../functions/shared/tencent/credential";
import type { CampaignDefinition } from "../../../functions/bulk-greeting/campaigns/campaign-definition";
import { readStatus, runCampaign } from "../../../functions/bulk-greeting/sending/campaign-run";
import type { RecipientOutcome } from "../../../functions/bulk-greeting/sending/recipient-outcome";
import { campaignKeys, type CampaignStorage } from "../../../functions/bulk-greeting/storage/campaign-storage";
import { CosStorage } from "../../../functions/bulk-greeting/storage/cos-storage";
import { startCosEndpoint, type CosEndpoint } from "../../support/cos-endpoint";
import { recipientsRows, startCampaignHarness, virtualClock, type CampaignHarness } from "./support/campaign-harness";

const bucket = "campaigns-dev-1250000000";
const roleKey = { secretId: "AKIDcosRoleKeyOne001", secretKey: "cos-role-key-one", sessionToken: "role-token-one" };
const rotatedKey = { secretId: "AKIDcosRoleKeyTwo002", secretKey: "cos-role-key-two", sessionToken: "role-token-two" };

let h: CampaignHarness;
let cos: CosEndpoint;
let credential: TencentCredential;
let storage: CosStorage;
const dir = mkdtempSync(join(tmpdir(), "campaign-on-cos-"));

beforeAll(async () => {
  h = await startCampaignHarness();
  cos = await startCosEndpoint({ bucket, ...roleKey });
});
afterAll(async () => {
  await cos.stop();
  await h.stop();
  rmSync(dir, { recursive: true, force: true });
});
beforeEach(() => {
  cos.reset();
  cos.setCredential(roleKey);
  // One key per list page, so every listing of results walks IsTruncated / NextMarker.
  cos.setMaxKeysPerPage(1);
  h.endpoint.reset();
  credential = { secretId: roleKey.secretId, secretKey: roleKey.secretKey, token: roleKey.sessionToken };
  storage = new CosStorage({ bucket, region: "ap-guangzhou", endpoint: cos.url }, () => credential);
});

async function createCampaign(id: string, rows: string[][]): Promise<CampaignDefinition> {
  const local = join(dir, `${id}.csv`);
  writeFileSync(local, ["phone,name", ...rows.map((r) => r.join(","))].join("\r\n") + "\r\n");
  const def: CampaignDefinition = {
    id,
    env: "dev",
    templateKey: "spring-festival",
    templateId: "1000001",
    signName: "Example Tech",
    recipientsKey: campaignKeys.recipients(id, "csv"),
    sendAt: "2026-02-10T00:00:00Z",
    createdAt: "2026-02-01T00:00:00Z",
    expected: { recipients: rows.length, estimatedSms: 0 },
  };
  await storage.uploadFile(def.recipientsKey, local);
  await storage.put(campaignKeys.definition(id), JSON.stringify(def));
  await storage.put(campaignKeys.pending(id), "");
  return def;
}

async function results(from: CampaignStorage, id: string): Promise<RecipientOutcome[]> {
  const out: RecipientOutcome[] = [];
  for (const key of await from.list(campaignKeys.resultsPrefix(id))) {
    for (const line of (await from.get(key))!.toString().split("\n")) if (line) out.push(JSON.parse(line));
  }
  return out;
}

// 4,500 recipients in groups of 100 by name: 45 SendSms calls, results in three parts (2,000 + 2,000 + 500).
const rows = recipientsRows(4500, (i) => `G${Math.floor(i / 100)}`);

it("sends a campaign whose files live on COS, picking up a role key rotated mid-run", async () => {
  const def = await createCampaign("cos-run", rows);
  const clock = virtualClock();
  const rotate = (batch: number) => {
    if (batch !== 20) return;
    cos.setCredential(rotatedKey);
    credential = { secretId: rotatedKey.secretId, secretKey: rotatedKey.secretKey, token: rotatedKey.sessionToken };
  };
  const summary = await runCampaign(def, clock.now() + 600_000, h.deps(clock, { storage, afterSend: rotate }));
  expect(summary).toMatchObject({ stop: "finished", batchesSent: 45 });

  const parts = await storage.list(campaignKeys.resultsPrefix("cos-run"));
  expect(parts).toEqual([0, 2000, 4000].map((offset) => campaignKeys.resultsPart("cos-run", offset)));
  const outcomes = await results(storage, "cos-run");
  expect(outcomes).toHaveLength(4500);
  expect(new Set(outcomes.map((o) => o.phoneNumber)).size).toBe(4500);
  expect(outcomes.every((o) => o.code === "Ok")).toBe(true);
  expect(new Set(h.sentNumbers()).size).toBe(4500);
  expect(h.sentNumbers()).toHaveLength(4500);
  expect(await readStatus(storage, "cos-run")).toMatchObject({ state: "completed", sent: 4500, failed: 0, unknown: 0 });
  expect(await storage.exists(campaignKeys.pending("cos-run"))).toBe(false);

  expect(cos.signatureFailures).toBe(0);
  const keysUsed = new Set(cos.accepted.map((r) => r.secretId));
  expect(keysUsed).toEqual(new Set([roleKey.secretId, rotatedKey.secretId]));
  expect(
    cos.accepted.every(
      (r) => r.securityToken === (r.secretId === roleKey.secretId ? roleKey.sessionToken : rotatedKey.sessionToken),
    ),
  ).toBe(true);
});

it("fails loudly when COS refuses result writes, then the next run files every outcome once and re-sends nothing", async () => {
  const def = await createCampaign("cos-outage", rows);
  const clock = virtualClock();
  // Every PUT of a results part fails (more times than the SDK retries) until the outage ends.
  cos.failNext(1_000, 503, (r) => r.method === "PUT" && r.key.startsWith(campaignKeys.resultsPrefix("cos-outage")));
  await expect(runCampaign(def, clock.now() + 600_000, h.deps(clock, { storage }))).rejects.toMatchObject({ statusCode: 503 });
  const sentDuringOutage = h.sentNumbers().length;
  expect(sentDuringOutage).toBe(2000); // stopped at the first part that could not be written
  expect(await storage.list(campaignKeys.resultsPrefix("cos-outage"))).toEqual([]);

  cos.failNext(0);
  const resumed = await runCampaign(def, clock.now() + 600_000, h.deps(clock, { storage }));
  expect(resumed).toMatchObject({ stop: "finished", batchesSent: 25 });
  const sent = h.sentNumbers();
  expect(sent).toHaveLength(4500);
  expect(new Set(sent).size).toBe(4500);
  const outcomes = await results(storage, "cos-outage");
  expect(outcomes).toHaveLength(4500);
  expect(new Set(outcomes.map((o) => o.phoneNumber)).size).toBe(4500);
  expect(await readStatus(storage, "cos-outage")).toMatchObject({ state: "completed", sent: 4500 });
  expect(cos.signatureFailures).toBe(0);
});
