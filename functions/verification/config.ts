// Reads the function's environment variables once, at the edge, into a typed configuration.
// Every missing or invalid variable is collected so one log line names all of them; values are
// never echoed back (several are secrets).

export type SmsSenderKind = "tencent" | "console";

export interface RedisConfig {
  host: string;
  port: number;
  /** Empty means a server without AUTH (local development). */
  password?: string;
  cluster: boolean;
  connectTimeoutMs: number;
}

export interface TencentSmsConfig {
  sdkAppId: string;
  signName: string;
  templateId: string;
  region: string;
  endpoint?: string;
  timeoutSeconds: number;
}

export interface VerificationPolicy {
  codeTtlSeconds: number;
  maxAttempts: number;
  /** 0 disables the per-phone cooldown. */
  resendCooldownSeconds: number;
  dailyLimit: number;
  ipHourlyLimit: number;
}

export interface VerificationConfig {
  redis: RedisConfig;
  smsSender: SmsSenderKind;
  /** Present when smsSender is "tencent". */
  tencentSms?: TencentSmsConfig;
  codePepper: string;
  policy: VerificationPolicy;
}

export type ConfigResult = { ok: true; config: VerificationConfig } | { ok: false; problems: string[] };

export const minimumPepperLength = 16;

export function parseVerificationConfig(env: NodeJS.ProcessEnv): ConfigResult {
  const problems: string[] = [];
  const text = (name: string): string => (env[name] ?? "").trim();
  const required = (name: string): string => {
    const value = text(name);
    if (!value) problems.push(`${name} is required`);
    return value;
  };
  const integer = (name: string, fallback: number, min: number, max: number): number => {
    const raw = text(name);
    if (!raw) return fallback;
    const value = /^\d+$/.test(raw) ? Number(raw) : NaN;
    if (!Number.isSafeInteger(value) || value < min || value > max) {
      problems.push(`${name} must be an integer between ${min} and ${max}`);
      return fallback;
    }
    return value;
  };

  const host = required("REDIS_HOST");
  const port = integer("REDIS_PORT", 6379, 1, 65535);
  const password = env.REDIS_PASSWORD ?? "";
  const clusterRaw = text("REDIS_CLUSTER").toLowerCase() || "false";
  if (clusterRaw !== "true" && clusterRaw !== "false") problems.push("REDIS_CLUSTER must be true or false");
  const connectTimeoutMs = integer("REDIS_CONNECT_TIMEOUT_MS", 1000, 50, 30000);

  const senderRaw = text("SMS_SENDER") || "tencent";
  if (senderRaw !== "tencent" && senderRaw !== "console") problems.push("SMS_SENDER must be tencent or console");
  const smsSender: SmsSenderKind = senderRaw === "console" ? "console" : "tencent";
  let tencentSms: TencentSmsConfig | undefined;
  if (smsSender === "tencent") {
    const endpoint = text("SMS_ENDPOINT");
    if (endpoint && !/^https?:\/\/[^/\s]+\/?$/.test(endpoint)) {
      problems.push("SMS_ENDPOINT must look like http(s)://host[:port]");
    }
    const timeoutRaw = text("SMS_TIMEOUT_SECONDS");
    const timeoutSeconds = timeoutRaw ? Number(timeoutRaw) : 5;
    if (!(timeoutSeconds > 0 && timeoutSeconds <= 60)) problems.push("SMS_TIMEOUT_SECONDS must be a number in (0, 60]");
    tencentSms = {
      sdkAppId: required("SMS_SDKAPPID"),
      signName: required("SMS_SIGN"),
      templateId: required("SMS_TEMPLATE_ID"),
      region: text("SMS_REGION") || "ap-guangzhou",
      endpoint: endpoint || undefined,
      timeoutSeconds,
    };
  }

  const codePepper = env.CODE_PEPPER ?? "";
  if (!codePepper) problems.push("CODE_PEPPER is required");
  else if (codePepper.length < minimumPepperLength) {
    problems.push(`CODE_PEPPER must be at least ${minimumPepperLength} characters`);
  }

  const policy: VerificationPolicy = {
    codeTtlSeconds: integer("CODE_TTL_SECONDS", 300, 30, 3600),
    maxAttempts: integer("MAX_ATTEMPTS", 3, 1, 20),
    resendCooldownSeconds: integer("RESEND_COOLDOWN_SECONDS", 30, 0, 3600),
    dailyLimit: integer("DAILY_LIMIT", 10, 1, 1000),
    ipHourlyLimit: integer("IP_HOURLY_LIMIT", 20, 1, 100000),
  };

  if (problems.length > 0) return { ok: false, problems };
  return {
    ok: true,
    config: {
      redis: { host, port, password: password || undefined, cluster: clusterRaw === "true", connectTimeoutMs },
      smsSender,
      tencentSms,
      codePepper,
      policy,
    },
  };
}
