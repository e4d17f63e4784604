// Rules relating two or more fields of one entry: the zone belongs to the region, the subnet to
// the VPC, Redis sizes to the architecture, the SMS timeout to the function's and to the resend cooldown. They read the raw
// entry defensively and stay silent about a field the schema already reports as malformed, so
// each mistake is named once.
import { checkPhoneNumber, smsOutlivesCooldown } from "../../functions/verification/settings";
import { cidrContains, parseCidr } from "./cidr-range";
import { CreatedRedisSettings, EnvironmentSettings } from "./environment-settings";
import { ProblemList } from "./problem-list";
import { checkStatePrefix } from "./state-location";
import {
  AVAILABILITY_ZONES,
  REDIS_CLUSTER_SHARD_COUNTS,
  REDIS_CLUSTER_SHARD_MEMORY_MB,
  REDIS_STANDARD_MEMORY_MB,
} from "./tencentcloud-catalog";

/** The entry as written, before the schema vouched for any field. */
type RawEntry = Partial<EnvironmentSettings> | undefined;

function checkZone(env: RawEntry, p: ProblemList): void {
  const zone = env?.availabilityZone;
  const region = env?.region;
  if (typeof zone !== "string" || typeof region !== "string") return;
  const zones = AVAILABILITY_ZONES[region];
  if (zones?.includes(zone)) return;
  const owner = Object.keys(AVAILABILITY_ZONES).find((r) => AVAILABILITY_ZONES[r].includes(zone));
  const known = zones ? `; zones of ${region}: ${zones.join(", ")}` : "";
  if (owner) p.add("availabilityZone", `"${zone}" is a zone of ${owner}, not of region ${region}${known}`);
  else p.add("availabilityZone", `"${zone}" is not a zone of region ${region}${known}`);
}

function checkSubnetInVpc(env: RawEntry, p: ProblemList): void {
  const vpc = parseCidr(String(env?.network?.vpcCidr));
  const subnet = parseCidr(String(env?.network?.subnetCidr));
  if (vpc && subnet && !cidrContains(vpc, subnet)) {
    p.add("network.subnetCidr", `${env!.network!.subnetCidr} is outside the VPC ${env!.network!.vpcCidr}`);
  }
}

function checkRedisSizes(env: RawEntry, p: ProblemList): void {
  const redis = env?.redis as Partial<CreatedRedisSettings> | undefined;
  if (redis?.architecture !== "standard" && redis?.architecture !== "cluster") return;
  const cluster = redis.architecture === "cluster";
  const sizes = cluster ? REDIS_CLUSTER_SHARD_MEMORY_MB : REDIS_STANDARD_MEMORY_MB;
  if (typeof redis.memoryMb === "number" && !sizes.includes(redis.memoryMb)) {
    p.add(
      "redis.memoryMb",
      `${redis.memoryMb} is not a ${cluster ? "per-shard" : "standard"} size; use one of ${sizes.join(", ")}`,
    );
  }
  if (cluster) {
    if (!REDIS_CLUSTER_SHARD_COUNTS.includes(redis.shards ?? -1)) {
      p.add(
        "redis.shards",
        `a cluster needs a shard count from ${REDIS_CLUSTER_SHARD_COUNTS.join(", ")}, got ${JSON.stringify(redis.shards)}`,
      );
    }
  } else if (redis.shards !== undefined && redis.shards !== 1) {
    p.add("redis.shards", "only a cluster has more than one shard");
  }
}

function checkSmsTimeout(env: RawEntry, p: ProblemList): void {
  const sms = env?.sms?.timeoutSeconds;
  const fn = env?.function?.timeoutSeconds;
  if (typeof sms === "number" && typeof fn === "number" && sms >= fn) {
    p.add(
      "sms.timeoutSeconds",
      `must be below function.timeoutSeconds (${fn}) so a slow SMS API gets a clean error, not a killed function`,
    );
  }
}

/** A send still in flight when the cooldown runs out would let the next request through. */
function checkSmsTimeoutWithinCooldown(env: RawEntry, p: ProblemList): void {
  const sms = env?.sms?.timeoutSeconds;
  const cooldown = env?.limits?.resendCooldownSeconds;
  // The function applies the same rule when it reads its environment (0 = no cooldown to outlive).
  if (typeof sms === "number" && typeof cooldown === "number" && smsOutlivesCooldown(sms, cooldown)) {
    p.add(
      "sms.timeoutSeconds",
      `must be below limits.resendCooldownSeconds (${cooldown}): a send still in flight must not outlive the cooldown`,
    );
  }
}

/** A managed template says which kind it is; an existing one is the operator's to match. */
function checkRegionsMatchTemplate(env: RawEntry, p: ProblemList): void {
  const regions = env?.sms?.allowedRegions;
  const template = env?.sms?.template;
  if (!Array.isArray(regions) || env?.sms?.international) return;
  if (template?.manage !== true) {
    // An approved template of either kind: it still reaches only one side of the border.
    const others = regions.filter((r) => r !== "CN");
    if (regions.includes("CN") && others.length > 0) {
      p.add(
        "sms.allowedRegions",
        `lists CN and ${others.join(", ")}: one signature/template pair serves either mainland China (domestic) or other regions (international); add sms.international for ${others.join(", ")}`,
      );
    }
    return;
  }
  if (template.international === 0 && regions.some((r) => r !== "CN")) {
    p.add(
      "sms.allowedRegions",
      'a domestic template (sms.template.international 0) reaches mainland China only: allow ["CN"] or use an international template',
    );
  }
  if (template.international === 1 && regions.includes("CN")) {
    p.add(
      "sms.allowedRegions",
      'an international template (sms.template.international 1) cannot reach mainland China: drop "CN" or use a domestic template',
    );
  }
}

/**
 * With an international pair, sign/template are the domestic pair: every managed piece must be of
 * its pair's kind, and every served region must be reachable by one of the pairs (CN by the
 * domestic one, any other by the international one), or codes to it would never arrive.
 */
function checkRegionalContent(env: RawEntry, p: ProblemList): void {
  const sms = env?.sms;
  const international = sms?.international;
  if (!sms || !international || typeof international !== "object") return;
  const kindOf = (piece: { manage?: unknown; international?: unknown } | undefined) =>
    piece?.manage === true ? piece.international : undefined;
  if (kindOf(sms.sign) === 1)
    p.add("sms.sign.international", "must be 0: with sms.international, sms.sign is the domestic (+86) signature");
  if (kindOf(sms.template) === 1)
    p.add("sms.template.international", "must be 0: with sms.international, sms.template is the domestic (+86) template");
  for (const [locale, template] of Object.entries(sms.locales ?? {})) {
    if (kindOf(template) === 1)
      p.add(`sms.locales.${locale}.international`, "must be 0: sms.locales are the domestic template's locales");
  }
  if (kindOf(international.sign) === 0) p.add("sms.international.sign.international", "must be 1 (an international signature)");
  for (const [locale, template] of Object.entries(international.templates ?? {})) {
    if (kindOf(template) === 0)
      p.add(`sms.international.templates.${locale}.international`, "must be 1 (an international template)");
  }
  const regions = Array.isArray(international.regions) ? international.regions : [];
  if (regions.includes("CN"))
    p.add("sms.international.regions", "cannot list CN: mainland numbers need the domestic pair (sms.sign, sms.template)");
  if (Array.isArray(sms.allowedRegions)) {
    for (const region of sms.allowedRegions) {
      if (region !== "CN" && !regions.includes(region)) {
        p.add(
          "sms.allowedRegions",
          `lists ${region}, which no signature/template pair serves: add it to sms.international.regions (international templates reach it) or drop it`,
        );
      }
    }
  }
}

function checkIngress(env: RawEntry, p: ProblemList): void {
  const ingress = env?.ingress;
  if (ingress?.existingServiceId !== undefined && ingress.kind === "functionUrl") {
    p.add("ingress.existingServiceId", 'only applies to ingress.kind "apiGateway"');
  }
}

/** A network is either created (vpcCidr) or brought (existing); adoption applies to created resources only. */
function checkNetworkSource(env: RawEntry, p: ProblemList): void {
  const network = env?.network;
  if (network && typeof network === "object") {
    if (network.existing !== undefined && network.vpcCidr !== undefined) {
      p.add("network", "give either vpcCidr (the stack creates the VPC) or existing (bring your own VPC and subnet), not both");
    } else if (network.existing === undefined && network.vpcCidr === undefined) {
      p.add("network", "is missing vpcCidr (the stack creates the VPC) or existing: { vpcId, subnetId } (bring your own)");
    }
  }
  const adopt = env?.adopt;
  if (network?.existing !== undefined && (adopt?.vpcId !== undefined || adopt?.subnetId !== undefined)) {
    p.add(
      "adopt",
      "adopt.vpcId/subnetId take over a network the stack creates; with network.existing the network is used as it is, nothing to adopt",
    );
  }
}

/**
 * Test numbers must be mobile numbers the environment serves (a number of another region would be
 * refused before its fixed code is looked at), and a production environment takes them only when
 * its entry says so explicitly.
 */
function checkTestNumbers(env: RawEntry, p: ProblemList): void {
  const testNumbers = env?.testNumbers;
  if (!testNumbers || typeof testNumbers !== "object") return;
  const regions = Array.isArray(env?.sms?.allowedRegions)
    ? env!.sms!.allowedRegions
    : ["CN", ...(Array.isArray(env?.sms?.international?.regions) ? env!.sms!.international!.regions : [])];
  if (Array.isArray(testNumbers.numbers)) {
    testNumbers.numbers.forEach((number, index) => {
      if (typeof number !== "string" || !/^\+[1-9]\d{5,14}$/.test(number)) return;
      const checked = checkPhoneNumber(number, regions);
      const field = `testNumbers.numbers[${index}]`;
      if (checked.kind === "invalid") p.add(field, `${number} is not a valid mobile number`);
      else if (checked.kind === "notServed") {
        p.add(
          field,
          `${number} is a number of ${checked.region}, which sms.allowedRegions (${regions.join(", ")}) does not serve`,
        );
      } else if (checked.e164 !== number) p.add(field, `write it in E.164 form: ${checked.e164}`);
    });
  }
  const name = String(env?.name);
  // The entry's own production flag (required by the schema), whatever the name says.
  if (env?.production === true && testNumbers.allowInProduction !== true) {
    p.add(
      "testNumbers",
      `environment "${name}" is a production environment (production: true): it refuses test numbers (fixed codes ` +
        `that log anyone in) unless its entry says so explicitly with testNumbers.allowInProduction: true`,
    );
  }
}

const CREATED_REDIS_KEYS = ["architecture", "version", "memoryMb", "replicas", "shards", "port"] as const;
const REQUIRED_CREATED_REDIS_KEYS = ["architecture", "version", "memoryMb", "replicas"] as const;

/**
 * A Redis is either created (architecture, version, memoryMb, replicas, …) or brought (existing);
 * a brought one is not the stack's to adopt, and the bulk-greeting function (which gets the Redis
 * password by Terraform reference) cannot use it.
 */
function checkRedisSource(env: RawEntry, p: ProblemList): void {
  const redis = env?.redis as (Partial<CreatedRedisSettings> & { existing?: unknown }) | undefined;
  if (!redis || typeof redis !== "object") return;
  if (redis.existing === undefined) {
    for (const key of REQUIRED_CREATED_REDIS_KEYS) {
      if (redis[key] === undefined) {
        p.add(`redis.${key}`, "is required for a Redis the stack creates (or give redis.existing to bring your own Redis)");
      }
    }
    return;
  }
  const created = CREATED_REDIS_KEYS.filter((key) => redis[key] !== undefined);
  if (created.length > 0) {
    p.add(
      "redis",
      `give either the settings of a Redis the stack creates (${created.join(", ")}) or existing (bring your own Redis), not both`,
    );
  }
  const adopt = env?.adopt;
  if (adopt?.redisId !== undefined || adopt?.redisSecurityGroupId !== undefined) {
    p.add(
      "adopt",
      "adopt.redisId/redisSecurityGroupId take over a Redis the stack creates; with redis.existing the Redis is used as it is, nothing to adopt",
    );
  }
  if (env?.campaigns !== undefined) {
    p.add(
      "campaigns",
      "bulk greeting campaigns need a Redis the stack creates (the bulk-greeting function gets its password from Terraform); with redis.existing leave campaigns out",
    );
  }
}

/** CI cannot apply an environment whose state would be lost with the runner's disk. */
function checkCiApply(env: RawEntry, p: ProblemList): void {
  if (env?.ci?.apply === true && env.backend?.kind !== "cos") {
    p.add(
      "ci.apply",
      "an environment with local state cannot be applied by CI (the runner's disk is discarded with the state); give it a COS backend",
    );
  }
}

/** Adds every cross-field problem of `env` to `p`. */
export function checkCrossFieldRules(env: RawEntry, p: ProblemList): void {
  checkZone(env, p);
  checkSubnetInVpc(env, p);
  checkRedisSource(env, p);
  checkRedisSizes(env, p);
  checkSmsTimeout(env, p);
  checkSmsTimeoutWithinCooldown(env, p);
  checkRegionsMatchTemplate(env, p);
  checkRegionalContent(env, p);
  checkIngress(env, p);
  checkCiApply(env, p);
  checkNetworkSource(env, p);
  checkTestNumbers(env, p);
  if (env?.backend && typeof env.app === "string") checkStatePrefix(env.app, env.backend, p);
}
