// A brought Redis (the environment table's redis.existing): its password stays in the operator's
// own Secrets Manager secret and the function reads it with its role at runtime, next to the
// stack's runtime secret, so it never enters Terraform state. Two formats are accepted:
//
//   field absent: the SecretString is the password itself (a "custom secret" holding one value);
//   field given:  the SecretString is a JSON object and the password is its string property
//                 `field` (the console's key-value secrets, e.g. {"password": "…"}).
//
// Problems name the secret and the field, never the value.

export interface RedisPasswordSecret {
  name: string;
  versionId: string;
  field?: string;
}

export function redisPasswordFrom(
  text: string,
  secret: RedisPasswordSecret,
): { ok: true; password: string } | { ok: false; problem: string } {
  const origin = `SSM secret ${secret.name} (Redis password)`;
  if (secret.field === undefined) {
    return text === "" ? { ok: false, problem: `${origin} is empty` } : { ok: true, password: text };
  }
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch {
    return { ok: false, problem: `${origin} is not a JSON object with a field ${JSON.stringify(secret.field)}` };
  }
  if (typeof parsed !== "object" || parsed === null || Array.isArray(parsed)) {
    return { ok: false, problem: `${origin} is not a JSON object with a field ${JSON.stringify(secret.field)}` };
  }
  const value = (parsed as Record<string, unknown>)[secret.field];
  if (typeof value !== "string" || value === "") {
    return { ok: false, problem: `${origin} has no non-empty string field ${JSON.stringify(secret.field)}` };
  }
  return { ok: true, password: value };
}
