// Scans a synthesized stack for secrets that would end up in plain text in cdk.tf.json, git or
// CI logs: secret-named attributes with literal values, literal values for the function's secret
// variables, Secrets Manager values that are not built from references, outputs that expose a
// generated password, and Tencent API key ids.
import { parseKeySetDocument } from "../../../functions/verification/tokens/key-set";

export interface SecretFinding {
  path: string;
  message: string;
}

// `tokenizer` (CLS index delimiters) is not a token.
const SECRET_KEY_PATTERN = /(password|pepper|secret|token(?!izer)|private_key|credential)/i;
const SECRET_VARIABLES = ["REDIS_PASSWORD", "CODE_PEPPER"];
const RANDOM_RESULT_REFERENCE = /^\$\{random_password\.[A-Za-z0-9_-]+\.result\}$/;
const TENCENT_KEY_ID = /AKID[A-Za-z0-9]{20,}/;
/** Settings whose names contain "token" but which are public: lifetimes, issuer, audience. */
const PUBLIC_TOKEN_SETTINGS = ["ACCESS_TOKEN_TTL_SECONDS", "REFRESH_TOKEN_TTL_SECONDS", "TOKEN_ISSUER", "TOKEN_AUDIENCE"];
/** Where the brought Redis's password is (version id, JSON field name): references, not secrets. */
const PUBLIC_SECRET_LOCATIONS = ["REDIS_PASSWORD_SECRET_VERSION", "REDIS_PASSWORD_SECRET_FIELD"];
/** A secret's name (SSM secret_name, the function's SECRET_NAME variables) is not a secret. */
const SECRET_NAME_KEY = /(^|_)secret_name$/i;
/** One field value inside jsonencode: a reference, <resource>.<name>.<attr>. */
const REFERENCE_VALUE = String.raw`[a-z_]+\.[A-Za-z0-9_-]+\.[a-z_]+`;
/**
 * Or the test-number codes template, "+<E.164>=${random_password.<name>.result},…": the numbers are
 * public, every code a reference (a literal digit after "=" does not match).
 */
const TEST_CODE_ENTRY = String.raw`\+\d{6,15}=\$\{random_password\.[A-Za-z0-9_-]+\.result\}`;
const TEST_CODES_VALUE = String.raw`"${TEST_CODE_ENTRY}(,${TEST_CODE_ENTRY})*"`;
/** jsonencode({"field" = <reference or test codes>, …}): a JSON object of references only. */
const JSONENCODED_REFERENCES = new RegExp(
  String.raw`^\$\{jsonencode\(\{("[A-Za-z][A-Za-z0-9]*" = (${REFERENCE_VALUE}|${TEST_CODES_VALUE})(, )?)+\}\)\}$`,
);

/** secret_string of an SSM version: references only, or the empty key set (filled by npm run keys). */
function isSafeSecretString(value: unknown): boolean {
  if (typeof value !== "string") return false;
  if (JSONENCODED_REFERENCES.test(value)) return true;
  const keySet = parseKeySetDocument(value, "secret_string");
  return keySet.ok && keySet.value.keys.length === 0;
}

function isReference(value: unknown): boolean {
  return typeof value === "string" && /^\$\{[^}]+\}$/.test(value);
}

function walk(value: unknown, path: string, visit: (key: string, value: unknown, path: string) => void): void {
  if (Array.isArray(value)) value.forEach((item, i) => walk(item, `${path}[${i}]`, visit));
  else if (value && typeof value === "object") {
    for (const [key, item] of Object.entries(value)) {
      visit(key, item, `${path}.${key}`);
      walk(item, `${path}.${key}`, visit);
    }
  }
}

export function scanForSecrets(document: Record<string, unknown>): SecretFinding[] {
  const findings: SecretFinding[] = [];
  walk(document, "$", (key, value, path) => {
    if (typeof value === "string" && TENCENT_KEY_ID.test(value)) {
      findings.push({ path, message: "looks like a Tencent Cloud SecretId" });
    }
    if (path.includes(".random_password.")) return; // its arguments (min_special, …) are not secrets
    if (SECRET_NAME_KEY.test(key) || PUBLIC_TOKEN_SETTINGS.includes(key) || PUBLIC_SECRET_LOCATIONS.includes(key)) return;
    if (key === "secret_string" || key === "secret_binary") {
      if (!isSafeSecretString(value)) findings.push({ path, message: "Secrets Manager value is not built from references only" });
      return;
    }
    if (SECRET_KEY_PATTERN.test(key) && typeof value !== "object" && !isReference(value)) {
      findings.push({ path, message: "secret-named attribute has a literal value" });
    }
    if (SECRET_VARIABLES.includes(key) && !(typeof value === "string" && RANDOM_RESULT_REFERENCE.test(value))) {
      findings.push({ path, message: `${key} must be a random_password result reference` });
    }
  });
  const outputs = (document.output ?? {}) as Record<string, { value?: unknown }>;
  for (const [name, output] of Object.entries(outputs)) {
    const text = JSON.stringify(output.value);
    if (/random_password\.|\.password\b|CODE_PEPPER|REDIS_PASSWORD/.test(text)) {
      findings.push({ path: `$.output.${name}`, message: "output exposes a secret" });
    }
  }
  return findings;
}
