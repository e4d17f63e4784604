// SCF entry of the bulk-greeting function: a timer trigger invokes it (every minute); each
// invocation files delivery receipts and runs due campaigns within the function's time budget,
// checkpointing as it goes and stopping cleanly before the timeout. One Redis client per
// container, reused across invocations.
import Redis, { Cluster } from "ioredis";
import { SmsGateway } from "../shared/sms";
import { credentialFromScfEnvironment } from "../shared/tencent/credential";
import { runDueCampaigns, type TickResult } from "./campaigns/due-campaigns";
import { SecretsManagerError } from "../shared/ssm/secrets-manager";
import { ConfigError, fromEnvironment, type BulkGreetingSettings } from "./settings";
import { readRedisPassword, redisPasswordSecret } from "./redis-password";
import { CampaignCheckpoints, type RedisClient } from "./sending/campaign-checkpoints";
import { fileVerificationReceipts } from "../shared/insights/hourly-counters";
import { bulkGreetingLogLine, type BulkGreetingLogEntry } from "./log-fields";
import type { CampaignStorage } from "./storage/campaign-storage";
import { CosStorage } from "./storage/cos-storage";
import { LocalDirectoryStorage } from "./storage/local-directory-storage";

interface ScfContext {
  request_id?: string;
  time_limit_in_ms?: number;
  getRemainingTimeInMillis?: () => number;
  callbackWaitsForEmptyEventLoop?: boolean;
}

export interface TickResponse {
  ok: boolean;
  code: string;
  message?: string;
  result?: TickResult;
}

let container: { config: BulkGreetingSettings; redis: RedisClient; storage: CampaignStorage } | undefined;
/** The container's set-up in progress: concurrent first invocations share one secret read. */
let settingUp: Promise<NonNullable<typeof container>> | undefined;

function setUp(env: NodeJS.ProcessEnv): Promise<NonNullable<typeof container>> {
  if (container) return Promise.resolve(container);
  settingUp ??= createContainer(env).finally(() => (settingUp = undefined));
  return settingUp;
}

async function createContainer(env: NodeJS.ProcessEnv): Promise<NonNullable<typeof container>> {
  const config = fromEnvironment(env);
  // In SCF the password comes from the function's secret, never from its environment.
  const secret = redisPasswordSecret(config);
  const password = secret ? await readRedisPassword(secret, env) : config.redis.password;
  const options = { password, connectTimeout: 2000, maxRetriesPerRequest: 2 };
  const redis: RedisClient = config.redis.cluster
    ? new Cluster([{ host: config.redis.host, port: config.redis.port }], { redisOptions: options })
    : new Redis({ host: config.redis.host, port: config.redis.port, ...options });
  const credential = credentialFromScfEnvironment(env);
  const storage: CampaignStorage =
    config.storage.kind === "cos"
      ? new CosStorage(config.storage, credential)
      : new LocalDirectoryStorage(config.storage.directory);
  container = { config, redis, storage };
  return container;
}

export async function main_handler(event: unknown, context: ScfContext = {}): Promise<TickResponse> {
  context.callbackWaitsForEmptyEventLoop = false;
  const started = Date.now();
  const requestId = context.request_id ?? "local";
  let c: NonNullable<typeof container>;
  try {
    c = await setUp(process.env);
  } catch (error) {
    const message =
      error instanceof ConfigError
        ? error.message
        : error instanceof SecretsManagerError
          ? `the Redis password secret could not be read (${error.code})`
          : "function set-up failed";
    log({ requestId, event: "configInvalid", message });
    return { ok: false, code: "ConfigInvalid", message };
  }
  if (!isTimerEvent(event))
    return { ok: false, code: "UnsupportedEvent", message: "invoke with a timer trigger event (Type: Timer)" };
  const remaining = context.getRemainingTimeInMillis?.() ?? context.time_limit_in_ms ?? c.config.functionTimeoutSeconds * 1000;
  const deadline = started + remaining - c.config.safetyMarginSeconds * 1000;
  const credential = credentialFromScfEnvironment(process.env);
  const sms = c.config.sms;
  const gateway = (signName: string) => new SmsGateway({ ...sms, signName }, credential);
  try {
    const result = await runDueCampaigns(
      {
        storage: c.storage,
        checkpoints: new CampaignCheckpoints(c.redis),
        senderFor: gateway,
        receipts: gateway(""),
        // Verification codes on the same SMS app: their receipts go to the verification insights
        // (unless they are turned off), whose hours are kept INSIGHTS_RETENTION_HOURS.
        otherReceipts: async (receipts) => {
          const hours = c.config.insightsRetentionHours;
          if (hours > 0) await fileVerificationReceipts(c.redis, receipts, hours * 3600);
        },
        clock: { now: Date.now, sleep: (ms) => new Promise((r) => setTimeout(r, ms)), random: Math.random },
        requestsPerSecond: c.config.requestsPerSecond,
        attemptMs: sms.timeoutSeconds * 1000,
        workDir: c.config.workDir,
        log: (entry) => log({ requestId, ...entry }),
      },
      deadline,
    );
    log({
      requestId,
      event: "tick",
      ms: Date.now() - started,
      receipts: result.receipts,
      runs: result.runs.map((r) => `${r.id}:${r.stop}`),
      broken: result.broken,
    });
    return { ok: true, code: "Success", result };
  } catch (error) {
    // Redis or storage unreachable, or a bug: the checkpoint is intact; the next tick resumes.
    log({ requestId, event: "tickFailed", message: error instanceof Error ? error.message : String(error) });
    return { ok: false, code: "TickFailed", message: "the tick failed; the next one resumes from the checkpoint" };
  }
}

function isTimerEvent(event: unknown): boolean {
  return typeof event === "object" && event !== null && (event as { Type?: unknown }).Type === "Timer";
}

// Logs carry campaign ids, counts and codes — never phone numbers, credentials or passwords.
function log(entry: BulkGreetingLogEntry): void {
  process.stdout.write(bulkGreetingLogLine({ fn: "bulk-greeting", at: new Date().toISOString(), ...entry }) + "\n");
}

/** For tests: forget the container state (config, connections). */
export function resetContainer(): void {
  if (container) container.redis.disconnect();
  container = undefined;
}
