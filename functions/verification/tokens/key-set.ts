// The ES256 signing key set as stored in the `<app>-<env>-signing-keys` SSM secret (written by
// `npm run keys`, read by the function). Rotation never logs anyone out because each key moves
// through three states, each change waiting for the slowest reader:
//   pending  — published in the JWKS, not yet used to sign (app backends cache the new key first)
//   current  — the one key that signs new access tokens (also published)
//   previous — no longer signs; published until every token it signed has expired, then dropped
// The document is JSON: {"version":1,"keys":[{kid,status,createdAt,promotedAt?,retiredAt?,privateJwk}]}.
import { createPrivateKey, createPublicKey, generateKeyPairSync, randomBytes, type KeyObject } from "node:crypto";

export type KeyStatus = "pending" | "current" | "previous";

export interface PrivateEcJwk {
  kty: "EC";
  crv: "P-256";
  x: string;
  y: string;
  d: string;
}

export interface PublicEcJwk {
  kty: "EC";
  crv: "P-256";
  x: string;
  y: string;
  kid: string;
  alg: "ES256";
  use: "sig";
}

export interface StoredSigningKey {
  kid: string;
  status: KeyStatus;
  /** ISO 8601 times the CLI checks the waiting periods against. */
  createdAt: string;
  promotedAt?: string;
  retiredAt?: string;
  privateJwk: PrivateEcJwk;
}

export interface KeySetDocument {
  version: 1;
  keys: StoredSigningKey[];
}

/** What the function works with: the signing key (if any) and every key it publishes. */
export interface SigningKeys {
  current?: { kid: string; privateKey: KeyObject };
  /** When the pending key (if any) was added: it can be promoted publishWait after that. */
  pendingCreatedAtMs?: number;
  /** current, pending and previous public keys, for the JWKS and for checking our own tokens. */
  published: PublicEcJwk[];
}

export const emptyKeySet: KeySetDocument = { version: 1, keys: [] };

export function parseKeySetDocument(
  text: string,
  origin: string,
): { ok: true; value: KeySetDocument } | { ok: false; problems: string[] } {
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch {
    return { ok: false, problems: [`${origin} is not JSON`] };
  }
  const problems: string[] = [];
  const doc = parsed as Partial<KeySetDocument>;
  if (typeof parsed !== "object" || parsed === null || doc.version !== 1 || !Array.isArray(doc.keys)) {
    return { ok: false, problems: [`${origin} is not a version 1 key set ({"version":1,"keys":[…]})`] };
  }
  const kids = new Set<string>();
  let currents = 0;
  doc.keys.forEach((key, i) => {
    const where = `${origin}: keys[${i}]`;
    if (typeof key?.kid !== "string" || !/^[A-Za-z0-9_-]{4,64}$/.test(key.kid))
      problems.push(`${where}.kid must be 4–64 URL-safe characters`);
    else if (kids.has(key.kid)) problems.push(`${where}.kid is a duplicate`);
    else kids.add(key.kid);
    if (key?.status !== "pending" && key?.status !== "current" && key?.status !== "previous")
      problems.push(`${where}.status must be pending, current or previous`);
    if (key?.status === "current") currents += 1;
    if (typeof key?.createdAt !== "string" || Number.isNaN(Date.parse(key.createdAt)))
      problems.push(`${where}.createdAt must be an ISO time`);
    const jwk = key?.privateJwk;
    if (
      !jwk ||
      jwk.kty !== "EC" ||
      jwk.crv !== "P-256" ||
      ![jwk.x, jwk.y, jwk.d].every((part) => typeof part === "string" && part.length > 0)
    ) {
      problems.push(`${where}.privateJwk must be an EC P-256 private JWK`);
    } else {
      try {
        createPrivateKey({ key: { ...jwk }, format: "jwk" });
      } catch {
        problems.push(`${where}.privateJwk is not a valid P-256 key`);
      }
    }
  });
  if (currents > 1) problems.push(`${origin}: more than one current key`);
  if (problems.length > 0) return { ok: false, problems };
  return { ok: true, value: parsed as KeySetDocument };
}

export function publicJwkOf(key: StoredSigningKey): PublicEcJwk {
  const { kty, crv, x, y } = key.privateJwk;
  return { kty, crv, x, y, kid: key.kid, alg: "ES256", use: "sig" };
}

/** Turns a checked document into key objects once per load (importing a JWK costs ~0.1 ms). */
export function signingKeysOf(doc: KeySetDocument): SigningKeys {
  const current = doc.keys.find((key) => key.status === "current");
  // The signing key first, then the pending one, then the retired ones: the order apps see.
  const order: Record<KeyStatus, number> = { current: 0, pending: 1, previous: 2 };
  const published = [...doc.keys].sort((a, b) => order[a.status] - order[b.status]).map(publicJwkOf);
  const pending = doc.keys.find((key) => key.status === "pending");
  return {
    ...(pending ? { pendingCreatedAtMs: Date.parse(pending.createdAt) } : {}),
    current: current
      ? { kid: current.kid, privateKey: createPrivateKey({ key: { ...current.privateJwk }, format: "jwk" }) }
      : undefined,
    published,
  };
}

/** A fresh P-256 key with a random kid (the CLI's `add`, and throw-away keys for local runs). */
export function generateSigningKey(status: KeyStatus, now: Date): StoredSigningKey {
  const { privateKey } = generateKeyPairSync("ec", { namedCurve: "P-256" });
  const jwk = privateKey.export({ format: "jwk" }) as unknown as PrivateEcJwk;
  const key: StoredSigningKey = {
    kid: randomBytes(9).toString("base64url"),
    status,
    createdAt: now.toISOString(),
    privateJwk: { kty: "EC", crv: "P-256", x: jwk.x, y: jwk.y, d: jwk.d },
  };
  if (status === "current") key.promotedAt = key.createdAt;
  return key;
}

/** Public key object of a published JWK (verifying our own tokens in tests and tools). */
export function publicKeyOf(jwk: PublicEcJwk): KeyObject {
  return createPublicKey({ key: { kty: jwk.kty, crv: jwk.crv, x: jwk.x, y: jwk.y }, format: "jwk" });
}
