// The verification function's settings as environment variables, both ways: `toEnvironment` is
// what a stack (or a test, or the dev server) writes, `fromEnvironment` the one parser the function
// runs, once per container. Every missing or invalid variable is collected so one log line names
// all of them; values are never echoed back, except a bad region code, which is public and the
// quickest pointer to the typo. Secrets are not here: the environment only names them.
import {
  readVariables,
  variableNames,
  writeVariables,
  type ReadResult,
  type TreeInput,
  type TreeValues,
  type VariableTree,
} from "../../shared/settings/environment-variables";
import {
  captchaVariables,
  idempotencyVariables,
  limitsVariables,
  redisVariables,
  secretsRefreshVariable,
  sessionsVariables,
  smsVariables,
  ssmVariables,
} from "./variables";

export type RedisSettings = TreeValues<typeof redisVariables>;
export type SsmSecretsSettings = { source: "ssm"; refreshSeconds: number } & TreeValues<typeof ssmVariables>;
/** Where the secrets come from: Secrets Manager (SCF), or the environment (dev and tests only). */
export type SecretsSettings = SsmSecretsSettings | { source: "local"; refreshSeconds: number };
type SmsValues = TreeValues<typeof smsVariables>;
export type TencentSmsSettings = SmsValues & { sender: "tencent"; sdkAppId: string; signName: string; templateId: string };
/** Prints the message instead of sending it: `npm run dev` and tests only. */
export type ConsoleSmsSettings = SmsValues & { sender: "console" };
export type SmsSettings = TencentSmsSettings | ConsoleSmsSettings;
export type LimitSettings = TreeValues<typeof limitsVariables>;
export type CaptchaSettings = TreeValues<typeof captchaVariables>;
export type SessionSettings = TreeValues<typeof sessionsVariables>;
export type IdempotencySettings = TreeValues<typeof idempotencyVariables>;

/** Everything the verification function reads from its environment, typed and with defaults. */
export interface VerificationSettings {
  redis: RedisSettings;
  secrets: SecretsSettings;
  sms: SmsSettings;
  limits: LimitSettings;
  /** Absent: no Captcha (CAPTCHA_MODE unset or off). */
  captcha?: CaptchaSettings;
  sessions: SessionSettings;
  idempotency: IdempotencySettings;
}

/** What a writer gives: settings with a default may be left out, and are then not written. */
export interface VerificationSettingsInput {
  redis: TreeInput<typeof redisVariables>;
  secrets:
    ({ source?: "ssm"; refreshSeconds?: number } & TreeInput<typeof ssmVariables>) | { source: "local"; refreshSeconds?: number };
  sms: { sender?: "tencent" | "console" } & TreeInput<typeof smsVariables>;
  limits?: TreeInput<typeof limitsVariables>;
  captcha?: TreeInput<typeof captchaVariables>;
  sessions?: TreeInput<typeof sessionsVariables>;
  idempotency?: TreeInput<typeof idempotencyVariables>;
}

/**
 * Variables SCF sets in every function container. SECRETS_SOURCE=local is refused when any is
 * present, so copying a dev environment into a function cannot turn Secrets Manager off.
 */
export const scfContainerMarkers = ["SCF_FUNCTIONNAME", "SCF_RUNTIME", "TENCENTCLOUD_RUNENV"] as const;

export interface ReadOptions {
  /** Only `npm run dev`, tests and tools pass true; the SCF entry point never does. */
  allowLocalSecrets?: boolean;
}

/** Every variable the function reads (docs/configuration.md lists exactly these; a test checks it). */
export const variablesRead: readonly string[] = [
  ...[
    redisVariables,
    ssmVariables,
    smsVariables,
    limitsVariables,
    captchaVariables,
    sessionsVariables,
    idempotencyVariables,
  ].flatMap(variableNames),
  secretsRefreshVariable.name,
  "SECRETS_SOURCE",
  "SMS_SENDER",
  // SCF's own: the fallback for SSM_REGION.
  "TENCENTCLOUD_REGION",
];

export type SettingsResult = { ok: true; settings: VerificationSettings } | { ok: false; problems: string[] };

/** The environment variables of `settings`: the stack's function environment. Names secrets, never holds them. */
export function toEnvironment(settings: VerificationSettingsInput): Record<string, string> {
  const { secrets, sms } = settings;
  const { sender, ...smsFields } = sms;
  return {
    ...writeVariables(redisVariables, settings.redis),
    ...(secrets.source === "local"
      ? { SECRETS_SOURCE: "local", ...writeVariables({ refreshSeconds: secretsRefreshVariable }, secrets) }
      : writeVariables({ ...ssmVariables, refreshSeconds: secretsRefreshVariable }, withoutKey(secrets, "source"))),
    // The defaults (Tencent, Secrets Manager) are not written: a deployed function has no other.
    ...(sender === "console" ? { SMS_SENDER: "console" } : {}),
    ...writeVariables(smsVariables, smsFields),
    ...writeVariables(limitsVariables, settings.limits ?? {}),
    ...(settings.captcha ? writeVariables(captchaVariables, settings.captcha) : {}),
    ...writeVariables(sessionsVariables, settings.sessions ?? {}),
    ...writeVariables(idempotencyVariables, settings.idempotency ?? {}),
  };
}

/** Reads and checks the whole environment once; every problem is named, no value echoed. */
export function fromEnvironment(env: NodeJS.ProcessEnv, options: ReadOptions = {}): SettingsResult {
  const problems: string[] = [];
  const read = <T extends VariableTree>(tree: T, from: NodeJS.ProcessEnv = env): TreeValues<T> | undefined =>
    collect(readVariables(tree, from), problems);

  const redis = read(redisVariables);
  const sms = readSms(env, problems);
  const secrets = readSecrets(env, options, problems);
  const sessions = read(sessionsVariables);
  const limits = read(limitsVariables);
  const idempotency = read(idempotencyVariables);
  const mode = text(env, "CAPTCHA_MODE");
  const captcha = mode === "" || mode === "off" ? undefined : read(captchaVariables);
  if (sms?.sender === "tencent" && limits && smsOutlivesCooldown(sms.timeoutSeconds, limits.resendCooldownSeconds)) {
    problems.push(
      "SMS_TIMEOUT_SECONDS must be below RESEND_COOLDOWN_SECONDS (a send still in flight must not outlive the cooldown)",
    );
  }
  if (problems.length > 0 || !redis || !sms || !secrets || !sessions || !limits || !idempotency) return { ok: false, problems };
  return { ok: true, settings: { redis, secrets, sms, limits, ...(captcha ? { captcha } : {}), sessions, idempotency } };
}

/**
 * A send whose outcome is still open when the cooldown has already run out lets the next request
 * through: the provider's timeout must end before the cooldown does (0 = no cooldown to outlive).
 * The environment table applies the same rule to its fields.
 */
export function smsOutlivesCooldown(smsTimeoutSeconds: number, resendCooldownSeconds: number): boolean {
  return resendCooldownSeconds > 0 && smsTimeoutSeconds >= resendCooldownSeconds;
}

function readSms(env: NodeJS.ProcessEnv, problems: string[]): SmsSettings | undefined {
  const sender = text(env, "SMS_SENDER") || "tencent";
  if (sender !== "tencent" && sender !== "console") problems.push("SMS_SENDER must be tencent or console");
  const values = collect(readVariables(smsVariables, env), problems);
  if (sender !== "console") {
    for (const [field, node] of [
      ["sdkAppId", smsVariables.sdkAppId],
      ["signName", smsVariables.signName],
      ["templateId", smsVariables.templateId],
    ] as const) {
      if (text(env, node.name) === "") problems.push(`${node.name} is required`);
      else if (values && values[field] === undefined) problems.push(`${node.name} is required`);
    }
  }
  if (!values) return undefined;
  return sender === "console" ? { ...values, sender: "console" } : ({ ...values, sender: "tencent" } as TencentSmsSettings);
}

function readSecrets(env: NodeJS.ProcessEnv, options: ReadOptions, problems: string[]): SecretsSettings | undefined {
  const refresh = collect(readVariables({ refreshSeconds: secretsRefreshVariable }, env), problems);
  const source = text(env, "SECRETS_SOURCE") || "ssm";
  if (source === "local") {
    if (text(env, "REDIS_PASSWORD_SECRET_NAME")) {
      problems.push("REDIS_PASSWORD_SECRET_NAME is read from Secrets Manager only; with SECRETS_SOURCE=local set REDIS_PASSWORD");
    }
    const inScf = scfContainerMarkers.filter((name) => (env[name] ?? "") !== "");
    if (!options.allowLocalSecrets) {
      problems.push("SECRETS_SOURCE=local is only for npm run dev and tests; this entry point reads Secrets Manager");
    } else if (inScf.length > 0) {
      problems.push(`SECRETS_SOURCE=local is refused inside SCF (${inScf.join(", ")} set)`);
    }
    return refresh && { source: "local", refreshSeconds: refresh.refreshSeconds };
  }
  if (source !== "ssm") problems.push("SECRETS_SOURCE must be ssm or local");
  // SCF sets TENCENTCLOUD_REGION to the function's region; the stack sets SSM_REGION explicitly.
  const region = text(env, "SSM_REGION") || text(env, "TENCENTCLOUD_REGION") || "ap-guangzhou";
  const ssm = collect(readVariables(ssmVariables, { ...env, SSM_REGION: region }), problems);
  return ssm && refresh && { source: "ssm", ...ssm, refreshSeconds: refresh.refreshSeconds };
}

function collect<T>(result: ReadResult<T>, problems: string[]): T | undefined {
  if (result.ok) return result.values;
  problems.push(...result.problems);
  return undefined;
}

function text(env: NodeJS.ProcessEnv, name: string): string {
  return (env[name] ?? "").trim();
}

function withoutKey<T extends object, K extends keyof T>(value: T, key: K): Omit<T, K> {
  const rest = { ...value };
  delete rest[key];
  return rest;
}
