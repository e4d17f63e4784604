// The verification function's settings as environment variables, both ways: `toEnvironment` is
// what a stack (or a test, or the dev server) writes, `fromEnvironment` the one parser the function
// runs, once per container. Every missing or invalid variable is collected so one log line names
// all of them; values are never echoed back, except a bad region code, which is public and the
// quickest pointer to the typo. Secrets are not here: the environment only names them.
import {
  collect,
  readVariables,
  variableText as text,
  variableNames,
  writeVariables,
  type TreeInput,
  type TreeValues,
  type VariableTree,
} from "../../shared/settings/environment-variables";
import { canServeRegion, contentKindFor, type SmsContent } from "../service/sms-templates";
import {
  captchaVariables,
  idempotencyVariables,
  insightsVariables,
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
/** The Tencent sender's settings; `content` is SMS_SIGN, SMS_TEMPLATE_ID or SMS_TEMPLATES and friends, by region and locale. */
export type TencentSmsSettings = SmsValues & { sender: "tencent"; sdkAppId: string; signName: string; content: SmsContent };
/** Prints the message instead of sending it: `npm run dev` and tests only. */
export type ConsoleSmsSettings = SmsValues & { sender: "console" };
export type SmsSettings = TencentSmsSettings | ConsoleSmsSettings;
export type LimitSettings = TreeValues<typeof limitsVariables>;
export type CaptchaSettings = TreeValues<typeof captchaVariables>;
export type SessionSettings = TreeValues<typeof sessionsVariables>;
export type IdempotencySettings = TreeValues<typeof idempotencyVariables>;
export type InsightsSettings = TreeValues<typeof insightsVariables>;

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
  insights: InsightsSettings;
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
  insights?: TreeInput<typeof insightsVariables>;
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
    insightsVariables,
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
    ...writeVariables(insightsVariables, settings.insights ?? {}),
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
  const insights = read(insightsVariables);
  const mode = text(env, "CAPTCHA_MODE");
  const captcha = mode === "" || mode === "off" ? undefined : read(captchaVariables);
  if (sms?.sender === "tencent" && limits && smsOutlivesCooldown(sms.timeoutSeconds, limits.resendCooldownSeconds)) {
    problems.push(
      "SMS_TIMEOUT_SECONDS must be below RESEND_COOLDOWN_SECONDS (a send still in flight must not outlive the cooldown)",
    );
  }
  // A listed region the content cannot reach would get codes that never arrive.
  if (sms?.sender === "tencent") {
    for (const region of sms.allowedRegions) {
      if (!canServeRegion(sms.content, region)) {
        const kind = contentKindFor(region);
        problems.push(
          `SMS_ALLOWED_REGIONS lists ${region}, which needs ${kind === "domestic" ? "a domestic" : "an international"} template (SMS_TEMPLATES ${kind}:<locale>=<id>)`,
        );
      }
    }
  }
  if (problems.length > 0 || !redis || !sms || !secrets || !sessions || !limits || !idempotency || !insights)
    return { ok: false, problems };
  return {
    ok: true,
    settings: { redis, secrets, sms, limits, ...(captcha ? { captcha } : {}), sessions, idempotency, insights },
  };
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
    const required: (readonly ["sdkAppId" | "signName" | "templateId", { name: string }])[] = [
      ["sdkAppId", smsVariables.sdkAppId],
      ["signName", smsVariables.signName],
    ];
    // One template (the tutorial's SMS_TEMPLATE_ID) or the list, never both.
    if (text(env, smsVariables.templates.name) === "") required.push(["templateId", smsVariables.templateId]);
    else if (text(env, smsVariables.templateId.name) !== "")
      problems.push("SMS_TEMPLATE_ID and SMS_TEMPLATES exclude each other");
    for (const [field, node] of required) {
      if (text(env, node.name) === "") problems.push(`${node.name} is required`);
      else if (values && values[field] === undefined) problems.push(`${node.name} is required`);
    }
  }
  if (!values) return undefined;
  if (sender === "console") return { ...values, sender: "console" };
  const content = smsContent(values, problems);
  return { ...values, sender: "tencent", content } as TencentSmsSettings;
}

/**
 * SMS_SIGN (domestic signature, or the only one), SMS_INTERNATIONAL_SIGN (default SMS_SIGN),
 * SMS_DEFAULT_LOCALE, and either SMS_TEMPLATES or the single SMS_TEMPLATE_ID, which (with
 * SMS_SIGN) then serves every listed region.
 */
function smsContent(sms: SmsValues, problems: string[]): SmsContent {
  const { defaultLocale } = sms;
  const domesticSign = sms.signName ?? "";
  const internationalSign = sms.internationalSignName ?? domesticSign;
  if (!sms.templates) {
    // The tutorial's one template: it goes to every served region, as the operator listed them
    // (the environment table refuses CN together with other regions for one pair at synth).
    const pair = { signName: domesticSign, templates: new Map([[defaultLocale, sms.templateId ?? ""]]) };
    return { domestic: pair, international: pair, defaultLocale };
  }
  const templates = { domestic: new Map<string, string>(), international: new Map<string, string>() };
  for (const entry of sms.templates) {
    // Entries are checked by the schema: <domestic|international>:<locale>=<id>.
    const [, kind, locale, id] = /^(domestic|international):([^=]+)=(\d+)$/.exec(entry) as unknown as [
      string,
      "domestic" | "international",
      string,
      string,
    ];
    if (templates[kind].has(locale)) problems.push(`SMS_TEMPLATES names ${kind}:${locale} twice`);
    templates[kind].set(locale, id);
  }
  const content: SmsContent = { defaultLocale };
  if (templates.domestic.size > 0) content.domestic = { signName: domesticSign, templates: templates.domestic };
  if (templates.international.size > 0)
    content.international = { signName: internationalSign, templates: templates.international };
  return content;
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

function withoutKey<T extends object, K extends keyof T>(value: T, key: K): Omit<T, K> {
  const rest = { ...value };
  delete rest[key];
  return rest;
}
