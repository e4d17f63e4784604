// VerificationFunction: the SCF function running functions/verification, bundled at synth like
// every BundledFunction. Everything the function reads from its environment is wired here. Its
// secrets are not in the environment (SCF shows environment variables to anyone who can view the
// function): it gets the names of its Secrets Manager secrets and reads them with its role.
import { ITerraformDependable, Token } from "../framework";
import { Construct } from "constructs";
import { resolve } from "node:path";
import { ScfFunctionTriggers } from "../.gen/providers/tencentcloud/scf-function";
import { CaptchaSettings, LimitConfig, SessionSettings } from "../config/environment-settings";
import { BundledFunction, FunctionPlacement, placementOf } from "./bundled-function";
import { ResourceNames } from "./resource-names";

export const VERIFICATION_ENTRY_POINT = resolve(__dirname, "..", "..", "functions", "verification", "index.ts");

export interface RedisConnection {
  host: string;
  port: number;
  /** Token of the random_password result. */
  password: string;
  cluster: boolean;
}

/** A port as an environment value: a created instance's port is a token, a brought one a plain number. */
function portValue(port: number): string {
  return Token.isUnresolved(port) ? Token.asString(port) : String(port);
}

/** The Redis address variables; the password is never an environment value (Secrets Manager holds it). */
export function redisEnvironment(redis: Omit<RedisConnection, "password">): Record<string, string> {
  return {
    REDIS_HOST: redis.host,
    REDIS_PORT: portValue(redis.port),
    REDIS_CLUSTER: redis.cluster ? "true" : "false",
  };
}

export interface SmsWiring {
  sdkAppId: string;
  signName: string;
  /** Literal id or a token of the managed template's id. */
  templateId: string;
  region: string;
  timeoutSeconds: number;
  /** ISO 3166 alpha-2 regions the function serves (SMS_ALLOWED_REGIONS). */
  allowedRegions: string[];
}

/** Where the function finds its secrets (FunctionSecrets). */
export interface SecretsWiring {
  region: string;
  runtimeSecretName: string;
  signingKeysSecretName: string;
  /** A brought Redis: the operator's secret holding its password (read by the function's role). */
  redisPasswordSecret?: { name: string; versionId: string; field?: string };
}

export interface VerificationFunctionProps extends FunctionPlacement {
  names: ResourceNames;
  /** Host, port and architecture; the password reaches the function through Secrets Manager. */
  redis: Omit<RedisConnection, "password">;
  secrets: SecretsWiring;
  sms: SmsWiring;
  limits: LimitConfig;
  captcha?: CaptchaSettings;
  sessions: SessionSettings;
  triggers: ScfFunctionTriggers[];
  /** Overridable for tests; defaults to functions/verification/index.ts. */
  entryPoint?: string;
  /** The secrets and the role's grant: they must exist before the first invocation. */
  dependsOn?: ITerraformDependable[];
}

/** The variables functions/verification/config.ts reads: secret names, never secret values. */
function verificationEnvironment(props: VerificationFunctionProps): Record<string, string> {
  const { redis, sms, limits, secrets } = props;
  return {
    REDIS_HOST: redis.host,
    REDIS_PORT: portValue(redis.port),
    REDIS_CLUSTER: redis.cluster ? "true" : "false",
    SECRET_NAME: secrets.runtimeSecretName,
    SIGNING_KEYS_SECRET_NAME: secrets.signingKeysSecretName,
    SSM_REGION: secrets.region,
    ...(secrets.redisPasswordSecret
      ? {
          REDIS_PASSWORD_SECRET_NAME: secrets.redisPasswordSecret.name,
          REDIS_PASSWORD_SECRET_VERSION: secrets.redisPasswordSecret.versionId,
          ...(secrets.redisPasswordSecret.field ? { REDIS_PASSWORD_SECRET_FIELD: secrets.redisPasswordSecret.field } : {}),
        }
      : {}),
    SMS_SDKAPPID: sms.sdkAppId,
    SMS_SIGN: sms.signName,
    SMS_TEMPLATE_ID: sms.templateId,
    SMS_REGION: sms.region,
    SMS_TIMEOUT_SECONDS: String(sms.timeoutSeconds),
    SMS_ALLOWED_REGIONS: sms.allowedRegions.join(","),
    CODE_TTL_SECONDS: String(limits.codeTtlSeconds),
    MAX_ATTEMPTS: String(limits.maxAttempts),
    RESEND_COOLDOWN_SECONDS: String(limits.resendCooldownSeconds),
    DAILY_LIMIT: String(limits.dailyLimit),
    IP_HOURLY_LIMIT: String(limits.ipHourlyLimit),
    UNKNOWN_ADDRESS_HOURLY_LIMIT: String(limits.unknownAddressHourlyLimit),
    LOGIN_IP_HOURLY_WRONG_LIMIT: String(limits.loginIpHourlyWrongLimit),
    LOGIN_PHONE_DAILY_WRONG_LIMIT: String(limits.loginPhoneDailyWrongLimit),
    SMS_BUDGET_HOURLY: String(limits.smsBudgets.hourly),
    SMS_BUDGET_DAILY: String(limits.smsBudgets.daily),
    SMS_BUDGET_PREFIX_HOURLY: String(limits.smsBudgets.prefixHourly),
    SMS_BUDGET_PREFIX_DIGITS: String(limits.smsBudgets.prefixDigits),
    FRAUD_GUARD_MIN_SENDS: String(limits.fraudGuard.prefix.minSends),
    FRAUD_GUARD_MIN_CONVERSION_PERCENT: String(limits.fraudGuard.prefix.minConversionPercent),
    FRAUD_GUARD_BLOCK_SECONDS: String(limits.fraudGuard.prefix.blockSeconds),
    FRAUD_GUARD_COUNTRY_MIN_SENDS: String(limits.fraudGuard.country.minSends),
    FRAUD_GUARD_COUNTRY_MIN_CONVERSION_PERCENT: String(limits.fraudGuard.country.minConversionPercent),
    FRAUD_GUARD_COUNTRY_BLOCK_SECONDS: String(limits.fraudGuard.country.blockSeconds),
    FRAUD_GUARD_WINDOW_SECONDS: String(limits.fraudGuard.windowSeconds),
    FRAUD_GUARD_BUCKET_SECONDS: String(limits.fraudGuard.bucketSeconds),
    ...(props.captcha
      ? {
          CAPTCHA_MODE: props.captcha.on,
          CAPTCHA_APP_ID: String(props.captcha.appId),
          CAPTCHA_FAIL_OPEN: String(props.captcha.failOpen ?? false),
        }
      : {}),
    TOKEN_ISSUER: props.sessions.issuer,
    TOKEN_AUDIENCE: props.sessions.audience,
    ACCESS_TOKEN_TTL_SECONDS: String(props.sessions.accessTokenTtlSeconds),
    REFRESH_TOKEN_TTL_SECONDS: String(props.sessions.refreshTokenTtlSeconds),
    CORS_ALLOWED_ORIGINS: props.sessions.allowedOrigins.join(","),
    LEGACY_REQUESTS: props.sessions.legacyRequests ? "true" : "false",
  };
}

export class VerificationFunction extends BundledFunction {
  constructor(scope: Construct, id: string, props: VerificationFunctionProps) {
    super(scope, id, {
      ...placementOf(props),
      name: props.names.of("verification"),
      description: "SMS verification codes: issue and verify",
      entryPoint: props.entryPoint ?? VERIFICATION_ENTRY_POINT,
      environment: verificationEnvironment(props),
      triggers: props.triggers,
      dependsOn: props.dependsOn,
    });
  }
}
