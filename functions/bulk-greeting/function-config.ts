// Environment of the bulk-greeting function, parsed and validated once at the edge. Every
// missing or invalid variable is named in one message; values are never echoed (some are secrets).

/** Where the Redis password is kept: a JSON field of a Secrets Manager secret the function's role reads. */
export interface RedisPasswordSecret {
  name: string;
  versionId: string;
  field: string;
  region: string;
  /** A local Secrets Manager double (tests). */
  endpoint?: string;
}

export interface BulkGreetingConfig {
  /**
   * `passwordSecret` in SCF (the stacks set REDIS_PASSWORD_SECRET_NAME: environment variables are
   * visible to anyone who can view the function); `password` (REDIS_PASSWORD) for local runs only.
   */
  redis: { host: string; port: number; password?: string; passwordSecret?: RedisPasswordSecret; cluster: boolean };
  sms: { sdkAppId: string; region: string; endpoint?: string; timeoutSeconds: number };
  storage: { kind: "cos"; bucket: string; region: string } | { kind: "local"; directory: string };
  requestsPerSecond: number;
  /** Used when the runtime context does not say how much time is left. */
  functionTimeoutMs: number;
  /** Time kept free at the end of an invocation for the final flush and status write. */
  safetyMarginMs: number;
  workDir: string;
}

export class ConfigError extends Error {
  readonly code = "ConfigInvalid";
  constructor(readonly problems: string[]) {
    super(`bulk-greeting configuration invalid: ${problems.join("; ")}`);
    this.name = "ConfigError";
  }
}

export function parseBulkGreetingConfig(env: NodeJS.ProcessEnv): BulkGreetingConfig {
  const problems: string[] = [];
  const text = (name: string, fallback?: string): string => {
    const value = env[name]?.trim();
    if (value) return value;
    if (fallback !== undefined) return fallback;
    problems.push(`${name} is required`);
    return "";
  };
  const number = (name: string, fallback: number, check: (n: number) => boolean, rule: string): number => {
    const raw = env[name]?.trim();
    if (!raw) return fallback;
    const value = Number(raw);
    if (!Number.isFinite(value) || !check(value)) {
      problems.push(`${name} must be ${rule}`);
      return fallback;
    }
    return value;
  };
  const storageKind = text("CAMPAIGN_STORAGE", env.CAMPAIGN_STORAGE_DIR?.trim() ? "local" : "cos");
  let storage: BulkGreetingConfig["storage"] = { kind: "local", directory: "" };
  if (storageKind === "cos")
    storage = {
      kind: "cos",
      bucket: text("CAMPAIGN_BUCKET"),
      region: text("CAMPAIGN_BUCKET_REGION", env.SMS_REGION?.trim() || "ap-guangzhou"),
    };
  else if (storageKind === "local") storage = { kind: "local", directory: text("CAMPAIGN_STORAGE_DIR") };
  else problems.push('CAMPAIGN_STORAGE must be "cos" or "local"');
  const cluster = text("REDIS_CLUSTER", "false");
  if (cluster !== "true" && cluster !== "false") problems.push('REDIS_CLUSTER must be "true" or "false"');
  const config: BulkGreetingConfig = {
    redis: {
      host: text("REDIS_HOST"),
      port: number("REDIS_PORT", 6379, (n) => Number.isInteger(n) && n > 0 && n < 65536, "a TCP port"),
      cluster: cluster === "true",
    },
    sms: {
      sdkAppId: text("SMS_SDKAPPID"),
      region: text("SMS_REGION", "ap-guangzhou"),
      timeoutSeconds: number("SMS_TIMEOUT_SECONDS", 5, (n) => n > 0 && n <= 60, "between 0 and 60 seconds"),
    },
    storage,
    requestsPerSecond: number("SEND_RATE_PER_SECOND", 20, (n) => n > 0 && n <= 1000, "between 0 and 1000"),
    functionTimeoutMs: number("FUNCTION_TIMEOUT_SECONDS", 900, (n) => n > 0, "a positive number of seconds") * 1000,
    safetyMarginMs: number("SAFETY_MARGIN_SECONDS", 10, (n) => n >= 0, "zero or more seconds") * 1000,
    workDir: text("CAMPAIGN_WORK_DIR", "/tmp/bulk-greeting"),
  };
  const password = env.REDIS_PASSWORD;
  const secretName = env.REDIS_PASSWORD_SECRET_NAME?.trim();
  if (password && secretName) problems.push("set REDIS_PASSWORD_SECRET_NAME or REDIS_PASSWORD, not both");
  if (password) config.redis.password = password;
  if (secretName) {
    config.redis.passwordSecret = {
      name: secretName,
      versionId: text("REDIS_PASSWORD_SECRET_VERSION", "current"),
      field: text("REDIS_PASSWORD_SECRET_FIELD", "redisPassword"),
      region: text("SSM_REGION", env.SMS_REGION?.trim() || "ap-guangzhou"),
    };
    const ssmEndpoint = env.SSM_ENDPOINT?.trim();
    if (ssmEndpoint) config.redis.passwordSecret.endpoint = ssmEndpoint;
  }
  const endpoint = env.SMS_ENDPOINT?.trim();
  if (endpoint) config.sms.endpoint = endpoint;
  if (problems.length > 0) throw new ConfigError(problems);
  return config;
}
