// Checks one environment entry against Tencent Cloud's rules and the function's needs, and fills
// in defaults. Every problem found is reported together, each naming its field.
import { cidrContains, parseCidr } from "./cidr-range";
import { checkManagedSign } from "./check-managed-sign";
import { EnvironmentConfigError } from "./environment-config-error";
import { EnvironmentConfig, EnvironmentEntry, EnvironmentSettings } from "./environment-settings";
import { resolvePlaceholders } from "./placeholder";
import { backendConfigOf, checkStatePrefix, stateLocationOf } from "./state-location";
import { ProblemList } from "./problem-list";
import { isKnownPhoneRegion } from "../../functions/verification/service/phone-number";
import { checkCampaigns } from "./validate-campaigns";
import {
  DEFAULT_RUNTIME,
  NODE_RUNTIMES,
  REDIS_CLUSTER_SHARD_COUNTS,
  REDIS_CLUSTER_SHARD_MEMORY_MB,
  REDIS_STANDARD_MEMORY_MB,
  REDIS_TYPE_IDS,
  REGIONS,
  SCF_MEMORY_RANGE,
  SCF_TIMEOUT_RANGE,
  SMS_API_REGIONS,
  VPC_PRIVATE_RANGES,
} from "./tencentcloud-catalog";

const NAME_PATTERN = /^[a-z][a-z0-9]{1,15}$/;
const APP_PATTERN = /^[a-z][a-z0-9-]{1,23}$/;
const TAG_KEY_PATTERN = /^[A-Za-z0-9_.:/=+@-]{1,127}$/;
const COS_BUCKET_PATTERN = /^[a-z0-9][a-z0-9-]*-\d{6,}$/;
const RESERVED_TAG_KEYS = ["env", "app", "managed-by"];

function checkNetwork(env: EnvironmentSettings, p: ProblemList): void {
  const vpc = parseCidr(env.network?.vpcCidr ?? "");
  const subnet = parseCidr(env.network?.subnetCidr ?? "");
  if (!vpc) p.add("network.vpcCidr", `"${env.network?.vpcCidr}" is not an IPv4 CIDR block (a.b.c.d/n, no host bits)`);
  else {
    const inPrivate = VPC_PRIVATE_RANGES.some((r) => cidrContains(parseCidr(r)!, vpc));
    if (!inPrivate || vpc.prefix < 12 || vpc.prefix > 28) {
      p.add("network.vpcCidr", `must lie in ${VPC_PRIVATE_RANGES.join(", ")} with a /12–/28 mask`);
    }
  }
  if (!subnet) p.add("network.subnetCidr", `"${env.network?.subnetCidr}" is not an IPv4 CIDR block (a.b.c.d/n, no host bits)`);
  else if (subnet.prefix > 28) p.add("network.subnetCidr", "mask must be /28 or wider");
  if (vpc && subnet && !cidrContains(vpc, subnet)) {
    p.add("network.subnetCidr", `${env.network.subnetCidr} is outside the VPC ${env.network.vpcCidr}`);
  }
}

function checkRedis(env: EnvironmentSettings, p: ProblemList): { typeId: number; shards: number } {
  const redis = env.redis;
  const typeId = REDIS_TYPE_IDS[redis?.version]?.[redis?.architecture];
  if (redis?.architecture !== "standard" && redis?.architecture !== "cluster") {
    p.add("redis.architecture", `must be "standard" or "cluster", got ${JSON.stringify(redis?.architecture)}`);
  }
  if (!REDIS_TYPE_IDS[redis?.version]) {
    p.add("redis.version", `must be one of ${Object.keys(REDIS_TYPE_IDS).join(", ")}, got ${JSON.stringify(redis?.version)}`);
  }
  const cluster = redis?.architecture === "cluster";
  const sizes = cluster ? REDIS_CLUSTER_SHARD_MEMORY_MB : REDIS_STANDARD_MEMORY_MB;
  if (!sizes.includes(redis?.memoryMb)) {
    p.add("redis.memoryMb", `${redis?.memoryMb} is not a ${cluster ? "per-shard" : "standard"} size; use one of ${sizes.join(", ")}`);
  }
  p.integerIn("redis.replicas", redis?.replicas, 1, 5);
  if (redis?.port !== undefined) p.integerIn("redis.port", redis.port, 6379, 65535);
  if (cluster) {
    if (!REDIS_CLUSTER_SHARD_COUNTS.includes(redis.shards ?? -1)) {
      p.add("redis.shards", `a cluster needs a shard count from ${REDIS_CLUSTER_SHARD_COUNTS.join(", ")}`);
    }
  } else if (redis?.shards !== undefined && redis.shards !== 1) {
    p.add("redis.shards", "only a cluster has more than one shard");
  }
  return { typeId: typeId ?? 0, shards: cluster ? (redis.shards ?? 0) : 1 };
}

function checkFunction(env: EnvironmentSettings, p: ProblemList): string {
  const runtime = env.function?.runtime ?? DEFAULT_RUNTIME;
  const target = NODE_RUNTIMES[runtime];
  if (!target) p.add("function.runtime", `unknown runtime "${runtime}"; use one of ${Object.keys(NODE_RUNTIMES).join(", ")}`);
  const memory = env.function?.memoryMb;
  if (
    typeof memory !== "number" || memory < SCF_MEMORY_RANGE.min || memory > SCF_MEMORY_RANGE.max ||
    (memory !== 64 && memory % 128 !== 0)
  ) {
    p.add("function.memoryMb", `must be 64 or a multiple of 128 up to ${SCF_MEMORY_RANGE.max}, got ${memory}`);
  }
  p.integerIn("function.timeoutSeconds", env.function?.timeoutSeconds, SCF_TIMEOUT_RANGE.min, SCF_TIMEOUT_RANGE.max);
  return target ?? "node18";
}

function checkSms(env: EnvironmentSettings, p: ProblemList): void {
  const sms = env.sms;
  if (!/^14\d{8}$/.test(sms?.sdkAppId ?? "")) p.add("sms.sdkAppId", `must be a 10-digit SmsSdkAppId starting with 14, got ${JSON.stringify(sms?.sdkAppId)}`);
  if (!SMS_API_REGIONS.includes(sms?.region)) p.add("sms.region", `must be one of ${SMS_API_REGIONS.join(", ")}`);
  p.integerIn("sms.timeoutSeconds", sms?.timeoutSeconds, 1, 60);
  if (typeof sms?.timeoutSeconds === "number" && sms.timeoutSeconds >= env.function?.timeoutSeconds) {
    p.add("sms.timeoutSeconds", `must be below function.timeoutSeconds (${env.function.timeoutSeconds}) so a slow SMS API gets a clean error, not a killed function`);
  }
  if (sms?.sign?.manage) checkManagedSign("sms.sign", sms.sign, p);
  else p.nonEmpty("sms.sign.name", sms?.sign?.name);
  if (sms?.template?.manage) {
    p.nonEmpty("sms.template.name", sms.template.name);
    p.nonEmpty("sms.template.remark", sms.template.remark);
    p.integerIn("sms.template.international", sms.template.international, 0, 1);
    const content = sms.template.content;
    if (content !== undefined && !(content.includes("{1}") && content.includes("{2}"))) {
      p.add("sms.template.content", "must contain {1} (the code) and {2} (minutes valid)");
    }
  } else {
    const id = (sms?.template as { id?: string } | undefined)?.id;
    if (!/^\d+$/.test(id ?? "")) p.add("sms.template.id", `must be an approved numeric template id, got ${JSON.stringify(id)}`);
  }
  checkAllowedRegions(sms, p);
}

/** Default when the entry names no regions: the tutorial's domestic signature and template. */
const DEFAULT_ALLOWED_REGIONS = ["CN"];

function checkAllowedRegions(sms: EnvironmentSettings["sms"] | undefined, p: ProblemList): void {
  const regions = sms?.allowedRegions;
  if (regions === undefined) return;
  if (!Array.isArray(regions) || regions.length === 0) {
    p.add("sms.allowedRegions", "must list at least one ISO 3166 alpha-2 region, e.g. [\"CN\"]");
    return;
  }
  for (const region of regions) {
    if (typeof region !== "string" || !/^[A-Z]{2}$/.test(region) || !isKnownPhoneRegion(region)) {
      p.add("sms.allowedRegions", `${JSON.stringify(region)} is not an upper-case ISO 3166 alpha-2 region with phone numbers`);
    }
  }
  if (new Set(regions).size !== regions.length) p.add("sms.allowedRegions", "lists a region twice");
  // A managed template says which kind it is; an existing one is the operator's to match.
  if (sms?.template?.manage) {
    const domestic = sms.template.international === 0;
    if (domestic && regions.some((r) => r !== "CN")) {
      p.add("sms.allowedRegions", "a domestic template (sms.template.international 0) reaches mainland China only: allow [\"CN\"] or use an international template");
    }
    if (!domestic && regions.includes("CN")) {
      p.add("sms.allowedRegions", "an international template (sms.template.international 1) cannot reach mainland China: drop \"CN\" or use a domestic template");
    }
  }
}

function checkLimits(env: EnvironmentSettings, p: ProblemList): void {
  const l = env.limits;
  p.integerIn("limits.codeTtlSeconds", l?.codeTtlSeconds, 60, 3600);
  p.integerIn("limits.maxAttempts", l?.maxAttempts, 1, 10);
  p.integerIn("limits.resendCooldownSeconds", l?.resendCooldownSeconds, 1, 3600);
  p.integerIn("limits.dailyLimit", l?.dailyLimit, 1, 1000);
  p.integerIn("limits.ipHourlyLimit", l?.ipHourlyLimit, 1, 100000);
  if (l && l.codeTtlSeconds % 60 !== 0) p.add("limits.codeTtlSeconds", "must be whole minutes: the SMS template states the validity in minutes");
}

function checkIngress(env: EnvironmentSettings, p: ProblemList): void {
  const kind = env.ingress?.kind;
  if (kind !== "functionUrl" && kind !== "apiGateway") {
    p.add("ingress.kind", `must be "functionUrl" or "apiGateway", got ${JSON.stringify(kind)}`);
  }
  const serviceId = env.ingress?.existingServiceId;
  if (serviceId !== undefined && (kind !== "apiGateway" || !/^service-[a-z0-9]+$/.test(serviceId))) {
    p.add("ingress.existingServiceId", `only for apiGateway, and of the form service-xxxxxxxx`);
  }
}

function checkBackend(env: EnvironmentSettings, p: ProblemList): void {
  const backend = env.backend;
  if (backend?.kind === "cos") {
    if (!COS_BUCKET_PATTERN.test(backend.bucket ?? "")) p.add("backend.bucket", `"${backend.bucket}" is not a COS bucket name <name>-<appid>`);
    if (!REGIONS.includes(backend.region)) p.add("backend.region", `unknown region "${backend.region}"`);
    checkStatePrefix(env.app, backend, p);
  } else if (backend?.kind !== "local") {
    p.add("backend.kind", `must be "local" or "cos"`);
  }
}

function checkCi(env: EnvironmentSettings, p: ProblemList): void {
  const apply = env.ci?.apply;
  if (apply !== undefined && typeof apply !== "boolean") p.add("ci.apply", "must be true or false");
  if (apply === true && env.backend?.kind !== "cos") {
    p.add("ci.apply", "an environment with local state cannot be applied by CI (the runner's disk is discarded with the state); give it a COS backend");
  }
}

function checkTags(env: EnvironmentSettings, p: ProblemList): void {
  for (const key of Object.keys(env.tags ?? {})) {
    if (!TAG_KEY_PATTERN.test(key)) p.add(`tags.${key}`, "is not a valid tag key");
    if (RESERVED_TAG_KEYS.includes(key)) p.add(`tags.${key}`, "is set by the stack itself");
  }
}

/** Resolves the entry's placeholders (recording them), then checks it. */
export function validateEnvironment(entry: EnvironmentEntry): EnvironmentConfig {
  const { value: env, placeholders } = resolvePlaceholders<EnvironmentSettings>(entry);
  const p = new ProblemList();
  const name = typeof env?.name === "string" ? env.name : "<unnamed>";
  if (!NAME_PATTERN.test(env?.name ?? "")) p.add("name", "must be 2–16 lower-case letters/digits starting with a letter");
  if (!APP_PATTERN.test(env?.app ?? "")) p.add("app", "must be 2–24 lower-case letters, digits or '-' starting with a letter");
  if (!REGIONS.includes(env?.region)) p.add("region", `unknown region "${env?.region}"`);
  if (!new RegExp(`^${env?.region}-\\d+$`).test(env?.availabilityZone ?? "")) {
    p.add("availabilityZone", `"${env?.availabilityZone}" is not a zone of region ${env?.region} (expected ${env?.region}-<n>)`);
  }
  checkNetwork(env, p);
  const { typeId, shards } = checkRedis(env, p);
  const bundleTarget = checkFunction(env, p);
  checkIngress(env, p);
  checkSms(env, p);
  checkLimits(env, p);
  checkBackend(env, p);
  checkCi(env, p);
  checkTags(env, p);
  if (typeof env?.role?.leastPrivilege !== "boolean") p.add("role.leastPrivilege", "must be true or false");
  const campaigns = checkCampaigns(env, p);
  if (p.problems.length > 0) throw new EnvironmentConfigError(name, p.problems);

  return {
    ...env,
    placeholders,
    backend: backendConfigOf(env.app, env.name, env.backend),
    redis: { ...env.redis, port: env.redis.port ?? 6379, shards, typeId },
    function: { ...env.function, runtime: env.function.runtime ?? DEFAULT_RUNTIME, bundleTarget },
    sms: { ...env.sms, allowedRegions: env.sms.allowedRegions ?? DEFAULT_ALLOWED_REGIONS },
    tags: { ...env.tags, env: env.name, app: env.app, "managed-by": "cdktf" },
    campaigns,
  };
}

/** Validates the whole table: every entry, plus unique names and unique state locations. */
export function validateEnvironments(table: readonly EnvironmentEntry[]): EnvironmentConfig[] {
  const seen = new Set<unknown>();
  const stateOwners = new Map<string, string>();
  return table.map((entry) => {
    if (seen.has(entry.name)) throw new EnvironmentConfigError(String(entry.name), [{ field: "name", message: "is used by another environment" }]);
    seen.add(entry.name);
    const config = validateEnvironment(entry);
    const location = stateLocationOf(config.name, config.backend);
    const owner = stateOwners.get(location);
    if (owner !== undefined) {
      throw new EnvironmentConfigError(config.name, [
        { field: "backend", message: `keeps its state at ${location}, like environment "${owner}": the two would overwrite each other's state; give each its own prefix/key` },
      ]);
    }
    stateOwners.set(location, config.name);
    return config;
  });
}
