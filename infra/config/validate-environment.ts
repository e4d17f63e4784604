// Checks environment entries before any construct reads them and fills in defaults. Two passes,
// reported together: the strict schema (environment-schema.ts: unknown keys, types, single-field
// rules) and the cross-field rules (environment-rules.ts, validate-campaigns.ts). Every problem
// of every entry ends up in one EnvironmentConfigError, each naming its field.
import { ConfigProblem, EnvironmentConfigError } from "./environment-config-error";
import { checkCrossFieldRules } from "./environment-rules";
import { environmentSchema } from "./environment-schema";
import { EnvironmentConfig, EnvironmentSettings } from "./environment-settings";
import { ProblemList } from "./problem-list";
import { defaultIssueMessage, problemsFromIssues } from "./schema-problems";
import { DEFAULT_RUNTIME, NODE_RUNTIMES, REDIS_TYPE_IDS } from "./tencentcloud-catalog";
import { campaignConfig, checkCampaignRules } from "./validate-campaigns";
import { checkOperationsRules } from "./validate-operations";

/** Default when the entry names no regions: the tutorial's domestic signature and template. */
const DEFAULT_ALLOWED_REGIONS = ["CN"];

type Checked = { config: EnvironmentConfig; problems?: undefined } | { config?: undefined; problems: ConfigProblem[] };

function check(env: EnvironmentSettings): Checked {
  const parsed = environmentSchema.safeParse(env, { reportInput: true, error: defaultIssueMessage });
  const rules = new ProblemList();
  checkCrossFieldRules(env, rules);
  checkCampaignRules(env, rules);
  checkOperationsRules(env, rules);
  const problems = [...(parsed.success ? [] : problemsFromIssues(environmentSchema, parsed.error.issues)), ...rules.problems];
  if (!parsed.success || problems.length > 0) return { problems };
  return { config: withDefaults(parsed.data) };
}

function withDefaults(env: EnvironmentSettings): EnvironmentConfig {
  const runtime = env.function.runtime ?? DEFAULT_RUNTIME;
  const cluster = env.redis.architecture === "cluster";
  return {
    ...env,
    redis: {
      ...env.redis,
      port: env.redis.port ?? 6379,
      shards: cluster ? env.redis.shards! : 1,
      typeId: REDIS_TYPE_IDS[env.redis.version][env.redis.architecture],
    },
    function: { ...env.function, runtime, bundleTarget: NODE_RUNTIMES[runtime] },
    sms: { ...env.sms, allowedRegions: env.sms.allowedRegions ?? DEFAULT_ALLOWED_REGIONS },
    tags: { ...env.tags, env: env.name, app: env.app, "managed-by": "cdktf" },
    campaigns: env.campaigns && campaignConfig(env, env.campaigns),
  };
}

function entryName(env: unknown): string {
  const name = (env as { name?: unknown } | undefined)?.name;
  return typeof name === "string" && name !== "" ? name : "<unnamed>";
}

export function validateEnvironment(env: EnvironmentSettings): EnvironmentConfig {
  const result = check(env);
  if (result.problems) throw new EnvironmentConfigError(entryName(env), result.problems);
  return result.config;
}

/** Validates the whole table: every entry, plus unique names; all problems in one error. */
export function validateEnvironments(table: readonly EnvironmentSettings[]): EnvironmentConfig[] {
  const seen = new Set<string>();
  const configs: EnvironmentConfig[] = [];
  const problems: ConfigProblem[] = [];
  for (const entry of table) {
    const environment = entryName(entry);
    const result = check(entry);
    if (seen.has(environment)) result.problems = [{ field: "name", message: "is used by another environment" }, ...(result.problems ?? [])];
    seen.add(environment);
    if (result.problems) problems.push(...result.problems.map((p) => ({ ...p, environment })));
    else configs.push(result.config);
  }
  if (problems.length > 0) {
    const names = [...new Set(problems.map((p) => p.environment!))];
    throw new EnvironmentConfigError(names.join(", "), problems);
  }
  return configs;
}
