// Rules for an environment's `operations` block that relate it to the rest of the entry (its
// shape is checked by operations-schema.ts):
//  - alarms may be off only in a dev environment (name starting with "dev"): staging and prod
//    always page someone, and alarms that are on must reach someone;
//  - reserved concurrency × Redis connections per container, summed over both functions, stays
//    under the Redis instance's connection limit, so a traffic spike is throttled by SCF (a clean
//    platform 429) instead of exhausting Redis connections for every caller;
//  - provisioned concurrency fits inside reserved concurrency and needs a Function URL ingress
//    (the ingress is moved to the alias the instances are provisioned behind).
// Like the other cross-field rules, they stay silent about fields the schema reports as malformed.
import { CreatedRedisSettings, EnvironmentSettings } from "./environment-settings";
import { AlarmChannel } from "./operations-settings";
import { ProblemList } from "./problem-list";
import { REDIS_MAX_CONNECTIONS_PER_SHARD } from "./tencentcloud-catalog";

export const DEFAULT_ALARM_CHANNELS: readonly AlarmChannel[] = ["email", "sms"];

type RawEntry = Partial<EnvironmentSettings> | undefined;

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

/** The instance's connection limit (tencentcloud-catalog.ts says where the figure comes from). */
export function redisConnectionLimit(redis: { architecture: string; shards?: number }): number {
  return REDIS_MAX_CONNECTIONS_PER_SHARD * (redis.architecture === "cluster" ? (redis.shards ?? 1) : 1);
}

const isCount = (v: unknown): v is number => typeof v === "number" && Number.isInteger(v) && v >= 0;

function checkAlarms(env: RawEntry, p: ProblemList): void {
  const alarms = env?.operations?.alarms;
  if (typeof alarms?.enabled !== "boolean") return;
  const name = String(env?.name);
  if (!alarms.enabled && !isDevEnvironment(name)) {
    p.add("operations.alarms.enabled", `only a dev environment may turn alarms off; "${name}" must page someone`);
  }
  const c = alarms.contacts;
  if (!alarms.enabled || typeof c !== "object" || c === null) return;
  const people = (Array.isArray(c.userIds) ? c.userIds.length : 0) + (Array.isArray(c.groupIds) ? c.groupIds.length : 0);
  if (people === 0 && !c.webhookUrl) {
    p.add("operations.alarms.contacts", "alarms are on but reach nobody: set userIds, groupIds or webhookUrl");
  }
}

function checkCapacity(env: RawEntry, p: ProblemList): void {
  const cap = env?.operations?.capacity;
  const reserved = cap?.verification?.reservedConcurrency;
  const provisioned = cap?.verification?.provisionedConcurrency;
  if (isCount(provisioned) && provisioned > 0) {
    if (isCount(reserved) && provisioned > reserved) {
      p.add(
        "operations.capacity.verification.provisionedConcurrency",
        `must not exceed verification.reservedConcurrency (${reserved}): provisioned instances count against it`,
      );
    }
    if (env?.ingress?.kind !== "functionUrl") {
      p.add(
        "operations.capacity.verification.provisionedConcurrency",
        "needs ingress.kind functionUrl: the ingress must be re-pointed at the alias, which only a Function URL trigger can do here",
      );
    }
  }
  // A brought Redis (redis.existing) has a limit the stack does not know: docs/deploying.md says to size for it.
  const raw = env?.redis as Partial<CreatedRedisSettings> | undefined;
  if (!isCount(reserved) || typeof raw?.architecture !== "string") return;
  const redis = { architecture: raw.architecture, shards: raw.shards };
  // Without a campaigns block there is no bulk-greeting function and bulkGreeting is ignored.
  const bulk = env?.campaigns ? cap?.bulkGreeting?.reservedConcurrency : 0;
  if (!isCount(bulk)) return;
  const containers = reserved + bulk;
  const perContainer = redisConnectionsPerContainer(redis);
  const needed = containers * perContainer;
  const limit = redisConnectionLimit(redis);
  if (needed >= limit) {
    p.add(
      "operations.capacity",
      `reserved concurrency ${containers} × ${perContainer} Redis connection(s) per container = ${needed} reaches the Redis connection limit ${limit} ` +
        `(${REDIS_MAX_CONNECTIONS_PER_SHARD} per shard); lower reservedConcurrency or add shards`,
    );
  }
}

export function checkOperationsRules(env: RawEntry, p: ProblemList): void {
  checkAlarms(env, p);
  checkCapacity(env, p);
  if (env?.campaigns && env.operations?.capacity && !env.operations.capacity.bulkGreeting) {
    p.add("operations.capacity.bulkGreeting", "is required with a campaigns block: set bulkGreeting.reservedConcurrency");
  }
}
