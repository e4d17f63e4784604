// Signs the ES256 access token a successful login or refresh returns, with jose (panva) v5, which
// uses node:crypto and so runs on SCF's Node 18.15 (jose v6 needs globalThis.crypto, absent there).
// A maintained JOSE library rather than our own JWS encoding: header, claims and signature format
// are jose's. Its signing is one thread-pool job per token (~70-80 µs p50 on an idle 2-core
// machine; `npm run bench` reports what a successful login costs over a refused one).
// Claims: iss, aud (per environment), sub = E.164 phone, phone_number, phone_number_verified, amr,
// iat, exp, jti; header: alg ES256, typ JWT, kid of the signing key.
import type { KeyObject } from "node:crypto";
import { SignJWT } from "jose";
import { randomBase64url } from "./token-entropy";

export interface AccessTokenSettings {
  issuer: string;
  audience: string;
  ttlSeconds: number;
}

export interface SigningKey {
  kid: string;
  privateKey: KeyObject;
}

export interface SignedAccessToken {
  token: string;
  expiresIn: number;
}

export async function signAccessToken(
  phoneE164: string,
  now: Date,
  settings: AccessTokenSettings,
  key: SigningKey,
  /** A replayed login or refresh signs the first one's jti again (service/idempotency.ts). */
  tokenId: string = randomBase64url(16),
): Promise<SignedAccessToken> {
  const issuedAt = Math.floor(now.getTime() / 1000);
  const token = await new SignJWT({ phone_number: phoneE164, phone_number_verified: true, amr: ["sms"] })
    .setProtectedHeader({ alg: "ES256", typ: "JWT", kid: key.kid })
    .setIssuer(settings.issuer)
    .setAudience(settings.audience)
    .setSubject(phoneE164)
    .setIssuedAt(issuedAt)
    .setExpirationTime(issuedAt + settings.ttlSeconds)
    .setJti(tokenId)
    .sign(key.privateKey);
  return { token, expiresIn: settings.ttlSeconds };
}
