// Idempotency keys (the Idempotency-Key request header of getSms, login and refresh): what the
// store keeps of a keyed request, decided here. A key names a record; the record holds a keyed
// fingerprint of the request's fields (same key + another request = conflict) and, for a login or
// refresh that issued tokens, those tokens sealed with AES-256-GCM under a key derived from the
// code pepper, the idempotency key and the request itself: Redis never holds a usable refresh
// token (it keeps only their hashes elsewhere), and whoever reads the record without the request
// learns nothing. Captcha fields are not part of the fingerprint: a retry solves a new Captcha.
import { createCipheriv, createDecipheriv, createHash, createHmac, randomBytes } from "node:crypto";
import type { IdempotencyRecord } from "../store/code-store";

/** What one keyed request is: where its record lives, what it must match, how its tokens are sealed. */
export interface IdempotencyScope {
  record: IdempotencyRecord;
  sealKey: Buffer;
}

export type IdempotentMethod = "getSms" | "login" | "refresh";

/**
 * The scope of a request with an Idempotency-Key; undefined without one. `fields` are the request's
 * own values (phone, code, refresh token), in a fixed order per method.
 */
export function idempotencyScope(
  pepper: string,
  method: IdempotentMethod,
  key: string | undefined,
  fields: readonly string[],
  ttlSeconds: number,
): IdempotencyScope | undefined {
  if (key === undefined) return undefined;
  // Length-prefixed, so no two different field lists read the same.
  const request = [method, ...fields].map((field) => `${field.length}:${field}`).join("");
  const material = createHmac("sha256", pepper).update(`idempotency\0${key}\0${request}`).digest();
  return {
    record: {
      id: createHash("sha256").update(key).digest("base64url"),
      fingerprint: createHmac("sha256", material).update("fingerprint").digest("base64url"),
      ttlSeconds,
    },
    sealKey: createHmac("sha256", material).update("seal").digest(),
  };
}

/** What a replayed login or refresh needs to answer with the same tokens. */
export interface SealedSession {
  phone: string;
  refreshToken: string;
  refreshExpiresIn: number;
  /** The access token's iat (seconds) and jti, so a replay signs the same claims. */
  issuedAt: number;
  tokenId: string;
  /** A login's family end (ms), so a cluster can create the family on replay. */
  endsAtMs?: number;
}

export function sealSession(scope: IdempotencyScope, session: SealedSession): string {
  const iv = randomBytes(12);
  const cipher = createCipheriv("aes-256-gcm", scope.sealKey, iv);
  const text = Buffer.concat([cipher.update(JSON.stringify(session), "utf8"), cipher.final()]);
  return Buffer.concat([iv, cipher.getAuthTag(), text]).toString("base64url");
}

/** The sealed session, or undefined when it does not open with this scope's key. */
export function openSession(scope: IdempotencyScope, sealed: string): SealedSession | undefined {
  try {
    const bytes = Buffer.from(sealed, "base64url");
    const decipher = createDecipheriv("aes-256-gcm", scope.sealKey, bytes.subarray(0, 12));
    decipher.setAuthTag(bytes.subarray(12, 28));
    const text = Buffer.concat([decipher.update(bytes.subarray(28)), decipher.final()]).toString("utf8");
    return JSON.parse(text) as SealedSession;
  } catch {
    return undefined;
  }
}
