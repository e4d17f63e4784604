// Checks environment entries before any construct reads them and fills in defaults. Two passes,
// reported together: the strict schema (environment-schema.ts: unknown keys, types, single-field
// rules) and the cross-field rules (environment-rules.ts, validate-campaigns.ts). Every problem
// of every entry ends up in one EnvironmentConfigError, each naming its field. `yours(…)`
// placeholders are resolved to their examples first (and recorded), and the table as a whole
// must not give two environments the same state location.
import { ConfigProblem, EnvironmentConfigError } from "./environment-config-error";
import { checkCrossFieldRules } from "./environment-rules";
import { environmentSchema } from "./environment-schema";
import {
  EnvironmentConfig,
  EnvironmentEntry,
  EnvironmentSettings,
  ExistingRedisConfig,
  isExistingRedis,
  RedisConfig,
  RedisSettings,
} from "./environment-settings";
import { PlaceholderUse, resolvePlaceholders } from "./placeholder";
import { backendConfigOf, stateLocationOf } from "./state-location";
import { ProblemList } from "./problem-list";
import { defaultIssueMessage, problemsFromIssues } from "./schema-problems";
import { DEFAULT_RUNTIME, NODE_RUNTIMES, REDIS_TYPE_IDS } from "./tencentcloud-catalog";
import { defaultAllowedRegions } from "../../functions/verification/settings";
import { campaignConfig, checkCampaignRules } from "./validate-campaigns";
import { checkOperationsRules } from "./validate-operations";

type Checked = { config: EnvironmentConfig; problems?: undefined } | { config?: undefined; problems: ConfigProblem[] };

function check(entry: EnvironmentEntry): Checked {
  const { value: env, placeholders } = resolvePlaceholders<EnvironmentSettings>(entry);
  const parsed = environmentSchema.safeParse(env, { reportInput: true, error: defaultIssueMessage });
  const rules = new ProblemList();
  checkCrossFieldRules(env, rules);
  checkCampaignRules(env, rules);
  checkOperationsRules(env, rules);
  const problems = [...(parsed.success ? [] : problemsFromIssues(environmentSchema, parsed.error.issues)), ...rules.problems];
  if (!parsed.success || problems.length > 0) return { problems };
  return { config: withDefaults(parsed.data, placeholders) };
}

function redisConfig(redis: RedisSettings): RedisConfig {
  if (isExistingRedis(redis)) {
    const existing = redis.existing;
    return {
      existing: {
        ...existing,
        port: existing.port ?? 6379,
        architecture: existing.architecture ?? "standard",
        // The schema filled in the version id's default.
        passwordSecret: existing.passwordSecret as ExistingRedisConfig["existing"]["passwordSecret"],
      },
    };
  }
  const cluster = redis.architecture === "cluster";
  return {
    ...redis,
    port: redis.port ?? 6379,
    shards: cluster ? redis.shards! : 1,
    typeId: REDIS_TYPE_IDS[redis.version][redis.architecture],
  };
}

function withDefaults(env: EnvironmentSettings, placeholders: PlaceholderUse[]): EnvironmentConfig {
  const runtime = env.function.runtime ?? DEFAULT_RUNTIME;
  return {
    ...env,
    placeholders,
    backend: backendConfigOf(env.app, env.name, env.backend),
    redis: redisConfig(env.redis),
    function: { ...env.function, runtime, bundleTarget: NODE_RUNTIMES[runtime] },
    // The sections embedded from the function's settings module came out of the schema with
    // the function's defaults filled in.
    // Served regions follow from the content: CN with the domestic pair, plus the international pair's regions.
    sms: {
      ...(env.sms as EnvironmentConfig["sms"]),
      allowedRegions:
        env.sms.allowedRegions ?? (env.sms.international ? ["CN", ...env.sms.international.regions] : [...defaultAllowedRegions]),
    },
    limits: env.limits as EnvironmentConfig["limits"],
    sessions: env.sessions as EnvironmentConfig["sessions"],
    captcha: env.captcha as EnvironmentConfig["captcha"],
    tags: { ...env.tags, env: env.name, app: env.app, "managed-by": "cdktf" },
    campaigns: env.campaigns && campaignConfig(env, env.campaigns),
  };
}

function entryName(env: unknown): string {
  const name = (env as { name?: unknown } | undefined)?.name;
  return typeof name === "string" && name !== "" ? name : "<unnamed>";
}

export function validateEnvironment(env: EnvironmentEntry): EnvironmentConfig {
  const result = check(env);
  if (result.problems) throw new EnvironmentConfigError(entryName(env), result.problems);
  return result.config;
}

/** Validates the whole table: every entry, plus unique names and state locations; all problems in one error. */
export function validateEnvironments(table: readonly EnvironmentEntry[]): EnvironmentConfig[] {
  const seen = new Set<string>();
  const stateOwners = new Map<string, string>();
  const configs: EnvironmentConfig[] = [];
  const problems: ConfigProblem[] = [];
  for (const entry of table) {
    const environment = entryName(entry);
    const result = check(entry);
    const duplicate = seen.has(environment);
    if (duplicate) result.problems = [{ field: "name", message: "is used by another environment" }, ...(result.problems ?? [])];
    seen.add(environment);
    const config = result.config;
    if (config && !result.problems) {
      // Two environments writing one state object would overwrite each other's state.
      const location = stateLocationOf(config.name, config.backend);
      const owner = stateOwners.get(location);
      if (owner !== undefined) {
        problems.push({
          environment,
          field: "backend",
          message: `keeps its state at ${location}, like environment "${owner}": the two would overwrite each other's state; give each its own prefix/key`,
        });
        continue;
      }
      stateOwners.set(location, config.name);
    }
    if (result.problems) problems.push(...result.problems.map((p) => ({ ...p, environment })));
    else configs.push(result.config);
  }
  if (problems.length > 0) {
    const names = [...new Set(problems.map((p) => p.environment!))];
    throw new EnvironmentConfigError(names.join(", "), problems);
  }
  return configs;
}
