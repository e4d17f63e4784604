// Where the verification function's secrets live in Tencent Cloud Secrets Manager (SSM) and what
// each holds. Two SSM secrets per environment, both JSON objects read at version `secretVersionId`:
//
//   <app>-<env>-verification  Terraform-managed: the fields of `runtimeSecretFields` below.
//   <app>-<env>-signing-keys  CLI-managed (`npm run keys`): the ES256 key set (tokens/key-set.ts).
//                             Terraform creates it empty and ignores its value afterwards.
//
// The function's environment carries only the two names (SECRET_NAME, SIGNING_KEYS_SECRET_NAME).
//
// Adding a secret field is a change in this file only: add an entry to `runtimeSecretFields`
// (name, whether required, a check). Then
//   - the function reads it from SSM as `secrets.runtime.<field>` (typed from this table),
//   - the local source reads it from the environment variable `localVariableName(field)`
//     (e.g. captchaAppSecretKey → CAPTCHA_APP_SECRET_KEY) for `npm run dev` and tests,
//   - the infra construct (infra/constructs/function-secrets.ts) stops compiling until you give the
//     field a value source there: its `values` argument is typed Record<RuntimeSecretField, string>,
//     so a field can never be added on one side only.
// Values must never be literals in infra code: reference a random_password result or a variable.
import { checkTestNumberCodes } from "./test-number-codes";

/** The one SSM version id both secrets are written and read at (SSM requires a version id). */
export const secretVersionId = "current";

export interface SecretFieldRule {
  /** A missing required field makes the secret unusable (503/500, logged by name only). */
  required: boolean;
  /** Returns a problem description (never containing the value) or undefined when acceptable. */
  check?: (value: string) => string | undefined;
}

export const minimumPepperLength = 16;

/** Fields of the `<app>-<env>-verification` secret. Keys are the JSON property names in SSM. */
export const runtimeSecretFields = {
  /**
   * Password of the TencentDB for Redis instance the stack created; empty string = no AUTH (local
   * redis-server). Absent with a brought Redis (redis.existing): the password is then read from the
   * operator's own secret (REDIS_PASSWORD_SECRET_NAME, secret-sources.ts) and replaces this field.
   */
  redisPassword: { required: false },
  /** HMAC key codes are hashed with before they are stored in Redis. */
  codePepper: {
    required: true,
    check: (value: string) =>
      value.length < minimumPepperLength ? `must be at least ${minimumPepperLength} characters` : undefined,
  },
  /** Tencent Captcha AppSecretKey (DescribeCaptchaResult); empty when Captcha is off. */
  captchaAppSecretKey: { required: false },
  /**
   * Fixed codes of the environment's test numbers, "+8613800138000=482913,…" (test-number-codes.ts);
   * absent or empty when the environment has none (docs/abuse-protection.md, "Test numbers").
   */
  testNumberCodes: { required: false, check: checkTestNumberCodes },
} satisfies Record<string, SecretFieldRule>;

export type RuntimeSecretField = keyof typeof runtimeSecretFields;

/** The runtime secret once read and checked: required fields are present, optional ones may be "". */
export type RuntimeSecrets = Record<RuntimeSecretField, string>;

/** captchaAppSecretKey → CAPTCHA_APP_SECRET_KEY: the variable the local source reads a field from. */
export function localVariableName(field: string): string {
  return field.replace(/([a-z0-9])([A-Z])/g, "$1_$2").toUpperCase();
}

/**
 * Parses the JSON text of the runtime secret. Problems name the field and never the value; unknown
 * fields are reported too (a typo in a field name would otherwise silently drop a secret).
 */
export function parseRuntimeSecrets(
  text: string,
  origin: string,
): { ok: true; value: RuntimeSecrets } | { ok: false; problems: string[] } {
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch {
    return { ok: false, problems: [`${origin} is not a JSON object`] };
  }
  if (typeof parsed !== "object" || parsed === null || Array.isArray(parsed)) {
    return { ok: false, problems: [`${origin} is not a JSON object`] };
  }
  return checkRuntimeSecrets(parsed as Record<string, unknown>, origin, (field) => field);
}

/** Checks field values from any source; `nameOf` says how the source names a field in messages. */
export function checkRuntimeSecrets(
  values: Record<string, unknown>,
  origin: string,
  nameOf: (field: string) => string,
  options: { rejectUnknown?: boolean } = { rejectUnknown: true },
): { ok: true; value: RuntimeSecrets } | { ok: false; problems: string[] } {
  const problems: string[] = [];
  const result: Partial<RuntimeSecrets> = {};
  for (const [field, rule] of Object.entries(runtimeSecretFields) as [RuntimeSecretField, SecretFieldRule][]) {
    const raw = values[nameOf(field)];
    if (raw !== undefined && typeof raw !== "string") {
      problems.push(`${origin}: ${nameOf(field)} must be a string`);
      continue;
    }
    const value = raw ?? "";
    if (!value) {
      if (rule.required) problems.push(`${origin}: ${nameOf(field)} is required`);
      result[field] = "";
      continue;
    }
    const problem = rule.check?.(value);
    if (problem) problems.push(`${origin}: ${nameOf(field)} ${problem}`);
    result[field] = value;
  }
  if (options.rejectUnknown) {
    for (const key of Object.keys(values)) {
      if (!(key in runtimeSecretFields)) problems.push(`${origin}: unknown field ${JSON.stringify(key.slice(0, 40))}`);
    }
  }
  if (problems.length > 0) return { ok: false, problems };
  return { ok: true, value: result as RuntimeSecrets };
}
