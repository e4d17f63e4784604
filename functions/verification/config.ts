// Reads the function's environment variables once, at the edge, into a typed configuration.
// Every missing or invalid variable is collected so one log line names all of them; values are
// never echoed back — except a bad region code, which is public and is the quickest pointer to the
// typo. Secrets are not here: the environment only names them (SECRET_NAME,
// SIGNING_KEYS_SECRET_NAME) and secrets/ reads them from Secrets Manager.
import { isKnownPhoneRegion } from "./service/phone-number";

export type SmsSenderKind = "tencent" | "console";

export interface RedisConfig {
  host: string;
  port: number;
  /** From the runtime secret (secrets/), filled in when the client is created; empty = no AUTH. */
  password?: string;
  cluster: boolean;
  connectTimeoutMs: number;
}

/** Where the secrets come from: Secrets Manager (SCF), or the environment (dev and tests only). */
export type SecretsConfig =
  | {
      source: "ssm";
      region: string;
      /** Override like http://127.0.0.1:9000 (the local endpoint double). */
      endpoint?: string;
      timeoutSeconds: number;
      runtimeSecretName: string;
      signingKeysSecretName: string;
      refreshSeconds: number;
    }
  | { source: "local"; refreshSeconds: number };

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
  /**
   * ISO 3166 alpha-2 regions whose mobile numbers get codes (upper case, no duplicates). The SMS
   * template decides this: Tencent's domestic templates reach only mainland China (+86).
   */
  allowedRegions: readonly string[];
}

export interface SessionConfig {
  issuer: string;
  audience: string;
  accessTokenTtlSeconds: number;
  refreshTokenTtlSeconds: number;
}

export interface BrowserConfig {
  allowedOrigins: string[];
  legacyRequests: boolean;
  preflightMaxAgeSeconds: number;
}

export interface VerificationConfig {
  redis: RedisConfig;
  sessions: SessionConfig;
  browser: BrowserConfig;
  smsSender: SmsSenderKind;
  /** Present when smsSender is "tencent". */
  tencentSms?: TencentSmsConfig;
  secrets: SecretsConfig;
  policy: VerificationPolicy;
}

export type ConfigResult = { ok: true; config: VerificationConfig } | { ok: false; problems: string[] };

/** The tutorial's domestic signature and template reach mainland China only. */
export const defaultAllowedRegions: readonly string[] = ["CN"];

/**
 * Variables SCF sets in every function container. SECRETS_SOURCE=local is refused when any is
 * present, so copying a dev environment into a function cannot turn Secrets Manager off.
 */
export const scfContainerMarkers = ["SCF_FUNCTIONNAME", "SCF_RUNTIME", "TENCENTCLOUD_RUNENV"] as const;

export interface ParseOptions {
  /** Only `npm run dev`, tests and tools pass true; the SCF entry point never does. */
  allowLocalSecrets?: boolean;
}

export function parseVerificationConfig(env: NodeJS.ProcessEnv, options: ParseOptions = {}): ConfigResult {
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

  const secrets = parseSecretsConfig(env, options, problems, text, required, integer);
  const sessions: SessionConfig = {
    issuer: text("TOKEN_ISSUER") || "urn:smsverify:local",
    audience: text("TOKEN_AUDIENCE") || "smsverify-local",
    accessTokenTtlSeconds: integer("ACCESS_TOKEN_TTL_SECONDS", 900, 60, 86400),
    refreshTokenTtlSeconds: integer("REFRESH_TOKEN_TTL_SECONDS", 30 * 86400, 300, 365 * 86400),
  };
  const legacyRaw = text("LEGACY_REQUESTS").toLowerCase() || "false";
  if (legacyRaw !== "true" && legacyRaw !== "false") problems.push("LEGACY_REQUESTS must be true or false");
  const browser: BrowserConfig = {
    allowedOrigins: parseOrigins(text("CORS_ALLOWED_ORIGINS"), problems),
    legacyRequests: legacyRaw === "true",
    preflightMaxAgeSeconds: integer("CORS_MAX_AGE_SECONDS", 600, 0, 86400),
  };

  const policy: VerificationPolicy = {
    codeTtlSeconds: integer("CODE_TTL_SECONDS", 300, 30, 3600),
    maxAttempts: integer("MAX_ATTEMPTS", 3, 1, 20),
    resendCooldownSeconds: integer("RESEND_COOLDOWN_SECONDS", 30, 0, 3600),
    dailyLimit: integer("DAILY_LIMIT", 10, 1, 1000),
    ipHourlyLimit: integer("IP_HOURLY_LIMIT", 20, 1, 100000),
    allowedRegions: parseAllowedRegions(text("SMS_ALLOWED_REGIONS"), problems),
  };

  if (problems.length > 0) return { ok: false, problems };
  return {
    ok: true,
    config: {
      redis: { host, port, cluster: clusterRaw === "true", connectTimeoutMs },
      sessions,
      browser,
      smsSender,
      tencentSms,
      secrets,
      policy,
    },
  };
}

/** SMS_ALLOWED_REGIONS: "CN" or "CN,HK,MO,TW"; case-insensitive, spaces around commas allowed. */
function parseAllowedRegions(raw: string, problems: string[]): readonly string[] {
  if (!raw) return defaultAllowedRegions;
  const name = "SMS_ALLOWED_REGIONS";
  const regions: string[] = [];
  for (const entry of raw.split(",").map((part) => part.trim())) {
    const code = entry.toUpperCase();
    // Quoted and cut short: the value ends up in a log line.
    const shown = JSON.stringify(entry.length > 12 ? entry.slice(0, 12) + "…" : entry);
    if (!entry) problems.push(`${name} has an empty entry; expected comma-separated ISO 3166 alpha-2 codes such as CN,HK`);
    else if (!/^[A-Z]{2}$/.test(code)) problems.push(`${name}: ${shown} is not an ISO 3166 alpha-2 code (two letters, e.g. CN)`);
    else if (!isKnownPhoneRegion(code)) problems.push(`${name}: ${shown} is not a region with phone numbers (unknown to libphonenumber-js)`);
    else if (!regions.includes(code)) regions.push(code);
  }
  return regions;
}

function parseSecretsConfig(
  env: NodeJS.ProcessEnv,
  options: ParseOptions,
  problems: string[],
  text: (name: string) => string,
  required: (name: string) => string,
  integer: (name: string, fallback: number, min: number, max: number) => number,
): SecretsConfig {
  const refreshSeconds = integer("SECRETS_REFRESH_SECONDS", 300, 10, 86400);
  const source = text("SECRETS_SOURCE") || "ssm";
  if (source === "local") {
    const inScf = scfContainerMarkers.filter((name) => (env[name] ?? "") !== "");
    if (!options.allowLocalSecrets) {
      problems.push("SECRETS_SOURCE=local is only for npm run dev and tests; this entry point reads Secrets Manager");
    } else if (inScf.length > 0) {
      problems.push(`SECRETS_SOURCE=local is refused inside SCF (${inScf.join(", ")} set)`);
    }
    return { source: "local", refreshSeconds };
  }
  if (source !== "ssm") problems.push("SECRETS_SOURCE must be ssm or local");
  const endpoint = text("SSM_ENDPOINT");
  if (endpoint && !/^https?:\/\/[^/\s]+\/?$/.test(endpoint)) problems.push("SSM_ENDPOINT must look like http(s)://host[:port]");
  const timeoutRaw = text("SSM_TIMEOUT_SECONDS");
  const timeoutSeconds = timeoutRaw ? Number(timeoutRaw) : 3;
  if (!(timeoutSeconds > 0 && timeoutSeconds <= 30)) problems.push("SSM_TIMEOUT_SECONDS must be a number in (0, 30]");
  return {
    source: "ssm",
    // SCF sets TENCENTCLOUD_REGION to the function's region; the stack sets SSM_REGION explicitly.
    region: text("SSM_REGION") || text("TENCENTCLOUD_REGION") || "ap-guangzhou",
    endpoint: endpoint || undefined,
    timeoutSeconds,
    runtimeSecretName: required("SECRET_NAME"),
    signingKeysSecretName: required("SIGNING_KEYS_SECRET_NAME"),
    refreshSeconds,
  };
}

/** CORS_ALLOWED_ORIGINS: "https://app.example.com,http://localhost:8080" — exact origins, no paths. */
function parseOrigins(raw: string, problems: string[]): string[] {
  if (!raw) return [];
  const origins: string[] = [];
  for (const entry of raw.split(",").map((part) => part.trim())) {
    if (!/^https?:\/\/[a-z0-9.-]+(:\d{1,5})?$/.test(entry)) {
      problems.push(`CORS_ALLOWED_ORIGINS: ${JSON.stringify(entry.slice(0, 60))} is not an origin like https://app.example.com`);
    } else if (!origins.includes(entry)) origins.push(entry);
  }
  return origins;
}
