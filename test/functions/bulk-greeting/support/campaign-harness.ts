// Shared set-up for campaign sending tests: a real redis-server, the signature-checking SMS
// endpoint double driven by the real SDK gateway, local-directory storage and a virtual clock
// (sleeping advances it) so backoff and pacing run instantly but stay observable.
import Redis from "ioredis";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { SmsGateway } from "../../../../functions/shared/sms";
import { credentialFromScfEnvironment } from "../../../../functions/shared/tencent/credential";
import type { CampaignDefinition } from "../../../../functions/bulk-greeting/campaigns/campaign-definition";
import { CampaignCheckpoints } from "../../../../functions/bulk-greeting/sending/campaign-checkpoints";
import type { CampaignRunDependencies, RunClock } from "../../../../functions/bulk-greeting/sending/campaign-run";
import { campaignKeys } from "../../../../functions/bulk-greeting/storage/campaign-storage";
import { LocalDirectoryStorage } from "../../../../functions/bulk-greeting/storage/local-directory-storage";
import type { RecipientOutcome } from "../../../../functions/bulk-greeting/sending/recipient-outcome";
import { startRedisServer, type RedisServer } from "../../../support/redis-server";
import { startSmsEndpoint, type SmsEndpoint } from "../../../support/sms-endpoint";

/** The role key the endpoint double accepts (tests that run the function elsewhere pass it on). */
export const campaignCredentials = { secretId: "AKIDcampaignTestKey", secretKey: "campaign-test-secret" };
const { secretId, secretKey } = campaignCredentials;
export const sdkAppId = "1400999888";

export interface VirtualClock extends RunClock {
  sleeps: number[];
  advance(ms: number): void;
}

export function virtualClock(start = Date.parse("2026-02-10T01:00:00Z")): VirtualClock {
  let t = start;
  const sleeps: number[] = [];
  return {
    sleeps,
    now: () => t,
    sleep: async (ms) => {
      sleeps.push(ms);
      t += ms;
    },
    random: () => 0.5,
    advance: (ms) => (t += ms),
  };
}

export interface CampaignHarness {
  redis: Redis;
  server: RedisServer;
  endpoint: SmsEndpoint;
  storage: LocalDirectoryStorage;
  checkpoints: CampaignCheckpoints;
  root: string;
  gateway(timeoutSeconds?: number): SmsGateway;
  deps(clock: RunClock, overrides?: Partial<CampaignRunDependencies>): CampaignRunDependencies;
  /** Writes a CSV recipients file and the campaign definition into storage. */
  createCampaign(id: string, rows: string[][], sendAt?: string): Promise<CampaignDefinition>;
  results(id: string): Promise<RecipientOutcome[]>;
  /** Every number the endpoint accepted, across all calls. */
  sentNumbers(): string[];
  stop(): Promise<void>;
}

export async function startCampaignHarness(): Promise<CampaignHarness> {
  const server = await startRedisServer();
  const redis = new Redis({ host: server.host, port: server.port, lazyConnect: false, maxRetriesPerRequest: 1 });
  const endpoint = await startSmsEndpoint({ secretId, secretKey });
  const root = mkdtempSync(join(tmpdir(), "campaign-storage-"));
  const storage = new LocalDirectoryStorage(join(root, "bucket"));
  const checkpoints = new CampaignCheckpoints(redis);
  const env = { TENCENTCLOUD_SECRETID: secretId, TENCENTCLOUD_SECRETKEY: secretKey };
  const gateway = (timeoutSeconds = 2, signName = "Example Tech") =>
    new SmsGateway(
      { sdkAppId, signName, region: "ap-guangzhou", endpoint: endpoint.url, timeoutSeconds },
      credentialFromScfEnvironment(env),
    );
  return {
    redis,
    server,
    endpoint,
    storage,
    checkpoints,
    root,
    gateway,
    deps: (clock, overrides = {}) => ({
      storage,
      checkpoints,
      clock,
      senderFor: (signName) => gateway(2, signName),
      requestsPerSecond: 1000,
      attemptMs: 2000,
      workDir: join(root, "work"),
      ...overrides,
    }),
    async createCampaign(id, rows, sendAt = "2026-02-10T00:00:00Z") {
      const local = join(root, `${id}.csv`);
      writeFileSync(local, ["phone,name", ...rows.map((r) => r.join(","))].join("\r\n") + "\r\n");
      const def: CampaignDefinition = {
        id,
        env: "dev",
        templateKey: "spring-festival",
        templateId: "1000001",
        signName: "Example Tech",
        recipientsKey: campaignKeys.recipients(id, "csv"),
        sendAt,
        createdAt: "2026-02-01T00:00:00Z",
        expected: { recipients: rows.length, estimatedSms: 0 },
      };
      await storage.uploadFile(def.recipientsKey, local);
      await storage.put(campaignKeys.definition(id), JSON.stringify(def));
      await storage.put(campaignKeys.pending(id), "");
      return def;
    },
    async results(id) {
      const out: RecipientOutcome[] = [];
      for (const key of await storage.list(campaignKeys.resultsPrefix(id))) {
        const body = (await storage.get(key))!.toString();
        for (const line of body.split("\n")) if (line) out.push(JSON.parse(line));
      }
      return out;
    },
    sentNumbers: () => endpoint.sent.flatMap((s) => s.phoneNumbers),
    async stop() {
      redis.disconnect();
      await endpoint.stop();
      await server.stop();
      rmSync(root, { recursive: true, force: true });
    },
  };
}

/** n distinct mainland mobile numbers as recipients rows, all with the same name unless given. */
export function recipientsRows(n: number, name: (i: number) => string = () => "Li", offset = 0): string[][] {
  return Array.from({ length: n }, (_, i) => [`139${String(offset + i).padStart(8, "0")}`, name(i)]);
}
