// Reads the function's environment variables once, at the edge, into a typed configuration.
// Every missing or invalid variable is collected so one log line names all of them; values are
// never echoed back — except a bad region code, which is public and is the quickest pointer to the
// typo. Secrets are not here: the environment only names them (SECRET_NAME,
// SIGNING_KEYS_SECRET_NAME) and secrets/ reads them from Secrets Manager.
import type { CaptchaMode } from "./service/captcha-gate";
import { secretVersionId } from "./secrets/secret-layout";
import { isKnownPhoneRegion } from "./service/phone-number";
import { fraudGuardDefaults, type FraudGuardPolicy } from "./service/fraud-guard";

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
      /**
       * A brought Redis: the operator's secret holding its password, read with the same role and
       * replacing the runtime secret's redisPassword (REDIS_PASSWORD_SECRET_NAME/_VERSION/_FIELD).
       */
      redisPasswordSecret?: { name: string; versionId: string; field?: string };
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
  /** Sends per hour for the one bucket shared by requests without a usable client address. */
  unknownAddressHourlyLimit: number;
  /** Wrong codes per client address (IPv4, IPv6 /64) per hour; over it, logins are refused. */
  loginIpHourlyWrongLimit: number;
  /** Wrong codes per phone per Shanghai day, across its codes; bounds guessing at one account. */
  loginPhoneDailyWrongLimit: number;
  /** SMS budgets of the whole environment; 0 turns one off. */
  smsBudgets: { globalHourly: number; globalDaily: number; prefixHourly: number };
  /** National digits after the country code that make a number prefix for the prefix budget. */
  budgetPrefixDigits: number;
  /**
   * ISO 3166 alpha-2 regions whose mobile numbers get codes (upper case, no duplicates). The SMS
   * template decides this: Tencent's domestic templates reach only mainland China (+86).
   */
  allowedRegions: readonly string[];
  /** Blocks prefixes and countries whose codes are not verified (service/fraud-guard.ts). */
  fraudGuard: FraudGuardPolicy;
  /** How long an Idempotency-Key's outcome is kept and replayed (getSms, login, refresh). */
  idempotencyTtlSeconds: number;
}

/** Tencent Captcha (optional). The AppSecretKey is a secret: it comes from Secrets Manager. */
export interface CaptchaConfig {
  mode: CaptchaMode;
  /** CaptchaAppId of the Captcha app (0 when off). */
  appId: number;
  /** When DescribeCaptchaResult is unreachable: let requests through (true) or answer 503 (false). */
  failOpen: boolean;
  /** Override like http://127.0.0.1:9000 (the local endpoint double). */
  endpoint?: string;
  timeoutSeconds: number;
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
  captcha: CaptchaConfig;
}

export type ConfigResult = { ok: true; config: VerificationConfig } | { ok: false; problems: string[] };

/**
 * Defaults of the abuse protections (docs/abuse-protection.md), shared with the environment table
 * so a stack that leaves them out gives the function the same values it would pick itself.
 */
export const protectionDefaults = {
  unknownAddressHourlyLimit: 5,
  loginIpHourlyWrongLimit: 10,
  loginPhoneDailyWrongLimit: 20,
  smsBudgets: { hourly: 1000, daily: 10000, prefixHourly: 30, prefixDigits: 5 },
} as const;

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
    unknownAddressHourlyLimit: integer("UNKNOWN_ADDRESS_HOURLY_LIMIT", protectionDefaults.unknownAddressHourlyLimit, 1, 100000),
    loginIpHourlyWrongLimit: integer("LOGIN_IP_HOURLY_WRONG_LIMIT", protectionDefaults.loginIpHourlyWrongLimit, 1, 100000),
    loginPhoneDailyWrongLimit: integer("LOGIN_PHONE_DAILY_WRONG_LIMIT", protectionDefaults.loginPhoneDailyWrongLimit, 1, 1000),
    smsBudgets: {
      globalHourly: integer("SMS_BUDGET_HOURLY", protectionDefaults.smsBudgets.hourly, 0, 10000000),
      globalDaily: integer("SMS_BUDGET_DAILY", protectionDefaults.smsBudgets.daily, 0, 100000000),
      prefixHourly: integer("SMS_BUDGET_PREFIX_HOURLY", protectionDefaults.smsBudgets.prefixHourly, 0, 10000000),
    },
    budgetPrefixDigits: integer("SMS_BUDGET_PREFIX_DIGITS", protectionDefaults.smsBudgets.prefixDigits, 1, 10),
    allowedRegions: parseAllowedRegions(text("SMS_ALLOWED_REGIONS"), problems),
    fraudGuard: parseFraudGuard(integer, problems),
    idempotencyTtlSeconds: integer("IDEMPOTENCY_TTL_SECONDS", 600, 60, 86400),
  };
  // A send whose outcome is still open when the cooldown has already run out lets the next request
  // through: the provider's timeout must end before the cooldown does.
  if (tencentSms && policy.resendCooldownSeconds > 0 && tencentSms.timeoutSeconds >= policy.resendCooldownSeconds) {
    problems.push(
      "SMS_TIMEOUT_SECONDS must be below RESEND_COOLDOWN_SECONDS (a send still in flight must not outlive the cooldown)",
    );
  }

  const captcha = parseCaptchaConfig(text, problems);

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
      captcha,
    },
  };
}

/**
 * FRAUD_GUARD_*: window and bucket, then per level (prefix, country) the sends before the rate is
 * judged (0 turns the level off), the conversion percentage below which it blocks, and for how long.
 */
function parseFraudGuard(integer: (name: string, fallback: number, min: number, max: number) => number, problems: string[]) {
  const d = fraudGuardDefaults;
  const policy: FraudGuardPolicy = {
    windowSeconds: integer("FRAUD_GUARD_WINDOW_SECONDS", d.windowSeconds, 60, 7 * 86400),
    bucketSeconds: integer("FRAUD_GUARD_BUCKET_SECONDS", d.bucketSeconds, 10, 86400),
    prefix: {
      minSends: integer("FRAUD_GUARD_MIN_SENDS", d.prefix.minSends, 0, 1000000),
      minConversionPercent: integer("FRAUD_GUARD_MIN_CONVERSION_PERCENT", d.prefix.minConversionPercent, 0, 100),
      blockSeconds: integer("FRAUD_GUARD_BLOCK_SECONDS", d.prefix.blockSeconds, 60, 30 * 86400),
    },
    country: {
      minSends: integer("FRAUD_GUARD_COUNTRY_MIN_SENDS", d.country.minSends, 0, 1000000),
      minConversionPercent: integer("FRAUD_GUARD_COUNTRY_MIN_CONVERSION_PERCENT", d.country.minConversionPercent, 0, 100),
      blockSeconds: integer("FRAUD_GUARD_COUNTRY_BLOCK_SECONDS", d.country.blockSeconds, 60, 30 * 86400),
    },
  };
  const buckets = policy.windowSeconds / policy.bucketSeconds;
  if (!Number.isInteger(buckets) || buckets < 1 || buckets > 288) {
    problems.push("FRAUD_GUARD_WINDOW_SECONDS must be a multiple of FRAUD_GUARD_BUCKET_SECONDS (1 to 288 buckets)");
  }
  return policy;
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
    else if (!isKnownPhoneRegion(code))
      problems.push(`${name}: ${shown} is not a region with phone numbers (unknown to libphonenumber-js)`);
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
  const passwordSecretName = text("REDIS_PASSWORD_SECRET_NAME");
  const passwordSecretVersion = text("REDIS_PASSWORD_SECRET_VERSION");
  const passwordSecretField = text("REDIS_PASSWORD_SECRET_FIELD");
  if (!passwordSecretName && (passwordSecretVersion || passwordSecretField)) {
    problems.push("REDIS_PASSWORD_SECRET_VERSION and REDIS_PASSWORD_SECRET_FIELD need REDIS_PASSWORD_SECRET_NAME");
  }
  if (source === "local") {
    if (passwordSecretName) {
      problems.push("REDIS_PASSWORD_SECRET_NAME is read from Secrets Manager only; with SECRETS_SOURCE=local set REDIS_PASSWORD");
    }
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
    ...(passwordSecretName
      ? {
          redisPasswordSecret: {
            name: passwordSecretName,
            versionId: passwordSecretVersion || secretVersionId,
            ...(passwordSecretField ? { field: passwordSecretField } : {}),
          },
        }
      : {}),
    refreshSeconds,
  };
}

const captchaModes: readonly CaptchaMode[] = ["off", "getSms", "getSmsAndLogin"];

/** CAPTCHA_MODE off|getSms|getSmsAndLogin (default off), CAPTCHA_APP_ID, CAPTCHA_FAIL_OPEN, CAPTCHA_ENDPOINT, CAPTCHA_TIMEOUT_SECONDS. */
function parseCaptchaConfig(text: (name: string) => string, problems: string[]): CaptchaConfig {
  const mode = (text("CAPTCHA_MODE") || "off") as CaptchaMode;
  if (!captchaModes.includes(mode)) problems.push("CAPTCHA_MODE must be off, getSms or getSmsAndLogin");
  const failOpenRaw = text("CAPTCHA_FAIL_OPEN").toLowerCase() || "false";
  if (failOpenRaw !== "true" && failOpenRaw !== "false") problems.push("CAPTCHA_FAIL_OPEN must be true or false");
  const timeoutRaw = text("CAPTCHA_TIMEOUT_SECONDS");
  const timeoutSeconds = timeoutRaw ? Number(timeoutRaw) : 3;
  if (!(timeoutSeconds > 0 && timeoutSeconds <= 10)) problems.push("CAPTCHA_TIMEOUT_SECONDS must be a number in (0, 10]");
  const endpoint = text("CAPTCHA_ENDPOINT");
  if (endpoint && !/^https?:\/\/[^/\s]+\/?$/.test(endpoint))
    problems.push("CAPTCHA_ENDPOINT must look like http(s)://host[:port]");
  const appIdRaw = text("CAPTCHA_APP_ID");
  const appId = /^\d{1,12}$/.test(appIdRaw) ? Number(appIdRaw) : 0;
  if (mode !== "off" && appId === 0)
    problems.push("CAPTCHA_APP_ID is required (a numeric CaptchaAppId) when CAPTCHA_MODE is not off");
  return {
    mode: captchaModes.includes(mode) ? mode : "off",
    appId,
    failOpen: failOpenRaw === "true",
    endpoint: endpoint || undefined,
    timeoutSeconds,
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
