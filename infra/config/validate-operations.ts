// Checks an environment's `operations` block: log retention, alarm contacts and thresholds, and
// capacity. Two rules go beyond ranges:
//  - alarms may be off only in a dev environment (name starting with "dev"): staging and prod
//    always page someone;
//  - reserved concurrency × Redis connections per container, summed over both functions, stays
//    under the Redis instance's connection limit, so a traffic spike is throttled by SCF (a clean
//    429 from the platform) instead of exhausting Redis for every caller.
import { EnvironmentSettings } from "./environment-settings";
import { AlarmChannel, AlarmThresholds, OperationsSettings } from "./operations-settings";
import { ProblemList } from "./problem-list";
import { CLS_RETENTION_DAYS, REDIS_MAX_CONNECTIONS_PER_SHARD } from "./tencentcloud-catalog";

export const ALARM_CHANNELS: readonly AlarmChannel[] = ["email", "sms", "wechat", "call"];
export const DEFAULT_ALARM_CHANNELS: readonly AlarmChannel[] = ["email", "sms"];

/**
 * Upper bound for a function's reserved concurrency. SCF's default per-region quota is 128,000 MB
 * (1,000 instances of 128 MB) and can be raised by ticket, so the range is wide; the binding limit
 * here is usually Redis's connection limit, checked below.
 */
const SCF_RESERVED_CONCURRENCY_MAX = 100_000;

/** An environment that may run without alarms. */
export function isDevEnvironment(name: string): boolean {
  return /^dev/.test(name);
}

/**
 * Redis connections one function container opens. Both functions keep one ioredis client per
 * container: one connection to a standard instance; a cluster client connects to the seed address
 * and then once per node it discovers, at most one per shard.
 */
export function redisConnectionsPerContainer(redis: { architecture: string; shards?: number }): number {
  return redis.architecture === "cluster" ? 1 + (redis.shards ?? 1) : 1;
}

export function redisConnectionLimit(redis: { architecture: string; shards?: number }): number {
  return REDIS_MAX_CONNECTIONS_PER_SHARD * (redis.architecture === "cluster" ? (redis.shards ?? 1) : 1);
}

const PERCENT_THRESHOLDS: ReadonlyArray<keyof AlarmThresholds> = [
  "redisMemoryPercent", "redisCpuPercent", "redisConnectionsPercent", "smsFailureRatePercent",
];
const COUNT_THRESHOLDS: ReadonlyArray<keyof AlarmThresholds> = [
  "functionErrorsPerMinute", "functionThrottlesPerMinute", "functionTimeoutsPerMinute",
  "smsFailureMinRequests", "rateLimitedReplies", "budgetTrips", "serviceUnavailableReplies", "internalErrorReplies",
];

function checkThresholds(t: AlarmThresholds | undefined, p: ProblemList): void {
  const base = "operations.alarms.thresholds";
  if (!t || typeof t !== "object") {
    p.add(base, "must set every threshold (see docs/configuration.md)");
    return;
  }
  for (const key of PERCENT_THRESHOLDS) p.integerIn(`${base}.${key}`, t[key], 1, 100);
  for (const key of COUNT_THRESHOLDS) p.integerIn(`${base}.${key}`, t[key], 1, 1_000_000);
  p.integerIn(`${base}.verificationDurationMs`, t.verificationDurationMs, 1, 900_000);
  p.integerIn(`${base}.logWindowMinutes`, t.logWindowMinutes, 1, 1440);
  const known = new Set<string>([...PERCENT_THRESHOLDS, ...COUNT_THRESHOLDS, "verificationDurationMs", "logWindowMinutes"]);
  for (const key of Object.keys(t)) if (!known.has(key)) p.add(`${base}.${key}`, "is not a known threshold");
}

function checkContacts(ops: OperationsSettings, p: ProblemList): void {
  const c = ops.alarms?.contacts;
  const base = "operations.alarms.contacts";
  if (!c || typeof c !== "object") {
    p.add(base, "must be an object (userIds, groupIds, channels, webhookUrl)");
    return;
  }
  const ids = (field: "userIds" | "groupIds") => {
    const list = c[field];
    if (list === undefined) return 0;
    if (!Array.isArray(list) || list.some((id) => !Number.isInteger(id) || id <= 0)) {
      p.add(`${base}.${field}`, "must be a list of positive integer ids");
      return 0;
    }
    return list.length;
  };
  const people = ids("userIds") + ids("groupIds");
  if (c.channels !== undefined) {
    if (!Array.isArray(c.channels) || c.channels.length === 0 || c.channels.some((ch) => !ALARM_CHANNELS.includes(ch))) {
      p.add(`${base}.channels`, `must list one or more of ${ALARM_CHANNELS.join(", ")}`);
    }
  }
  if (c.webhookUrl !== undefined && !/^https:\/\/[^\s/]+\S*$/.test(c.webhookUrl)) {
    p.add(`${base}.webhookUrl`, "must be an https:// URL");
  }
  if (ops.alarms.enabled && people === 0 && !c.webhookUrl) {
    p.add(base, "alarms are on but reach nobody: set userIds, groupIds or webhookUrl");
  }
}

function checkCapacity(env: EnvironmentSettings, ops: OperationsSettings, p: ProblemList): void {
  const cap = ops.capacity;
  const base = "operations.capacity";
  if (!cap || typeof cap !== "object") {
    p.add(base, "must set verification.reservedConcurrency");
    return;
  }
  p.integerIn(`${base}.verification.reservedConcurrency`, cap.verification?.reservedConcurrency, 1, SCF_RESERVED_CONCURRENCY_MAX);
  const provisioned = cap.verification?.provisionedConcurrency;
  if (provisioned !== undefined) {
    p.integerIn(`${base}.verification.provisionedConcurrency`, provisioned, 0, SCF_RESERVED_CONCURRENCY_MAX);
    if (typeof provisioned === "number" && provisioned > (cap.verification?.reservedConcurrency ?? 0)) {
      p.add(`${base}.verification.provisionedConcurrency`, `must not exceed verification.reservedConcurrency (${cap.verification?.reservedConcurrency}): provisioned instances count against it`);
    }
    if (typeof provisioned === "number" && provisioned > 0 && env.ingress?.kind !== "functionUrl") {
      p.add(`${base}.verification.provisionedConcurrency`, "needs ingress.kind functionUrl: the ingress must be re-pointed at the alias, which only a Function URL trigger can do here");
    }
  }
  // Without a campaigns block there is no bulk-greeting function and bulkGreeting is ignored.
  if (env.campaigns) {
    p.integerIn(`${base}.bulkGreeting.reservedConcurrency`, cap.bulkGreeting?.reservedConcurrency, 1, SCF_RESERVED_CONCURRENCY_MAX);
  }
  if (!env.redis) return;
  const perContainer = redisConnectionsPerContainer(env.redis);
  const containers = (cap.verification?.reservedConcurrency ?? 0) + (env.campaigns ? (cap.bulkGreeting?.reservedConcurrency ?? 0) : 0);
  const needed = containers * perContainer;
  const limit = redisConnectionLimit(env.redis);
  if (needed >= limit) {
    p.add(
      base,
      `reserved concurrency ${containers} × ${perContainer} Redis connection(s) per container = ${needed} reaches the Redis connection limit ${limit} ` +
        `(${REDIS_MAX_CONNECTIONS_PER_SHARD} per shard); lower reservedConcurrency or add shards`,
    );
  }
}

export function checkOperations(env: EnvironmentSettings, p: ProblemList): void {
  const ops = env.operations;
  if (!ops || typeof ops !== "object") {
    p.add("operations", "must set logs, alarms and capacity (see docs/configuration.md)");
    return;
  }
  p.integerIn("operations.logs.retentionDays", ops.logs?.retentionDays, CLS_RETENTION_DAYS.min, CLS_RETENTION_DAYS.max);
  if (typeof ops.alarms?.enabled !== "boolean") p.add("operations.alarms.enabled", "must be true or false");
  else if (!ops.alarms.enabled && !isDevEnvironment(env.name)) {
    p.add("operations.alarms.enabled", `only a dev environment may turn alarms off; "${env.name}" must page someone`);
  }
  if (ops.alarms) {
    checkContacts(ops, p);
    checkThresholds(ops.alarms.thresholds, p);
  }
  checkCapacity(env, ops, p);
}
