// How an app backend trusts a login: verify the access token the SMS login service issued with
// jose's remote JWKS — signature (ES256, key picked by the token's kid from the service's
// /.well-known/jwks.json, refetched when an unknown kid appears), issuer, audience and expiry.
// Copy this file into your backend; it needs only `jose` and the three values below.
import { createRemoteJWKSet, jwtVerify, type JWTPayload } from "jose";

export interface VerifierSettings {
  /** e.g. https://<function-url>/.well-known/jwks.json */
  jwksUrl: string;
  /** The environment's token issuer and audience (infra/config/environments.ts, `sessions`). */
  issuer: string;
  audience: string;
}

export interface VerifiedLogin {
  /** E.164 phone number the user proved they hold. */
  phone: string;
  /** When the token stops being accepted. */
  expiresAt: Date;
  tokenId: string;
}

export function createAccessTokenVerifier(settings: VerifierSettings): (token: string) => Promise<VerifiedLogin> {
  // One JWKS client per process: it caches keys and refetches at most every 30 s on a new kid.
  const keys = createRemoteJWKSet(new URL(settings.jwksUrl));
  return async (token) => {
    const { payload } = await jwtVerify(token, keys, {
      issuer: settings.issuer,
      audience: settings.audience,
      algorithms: ["ES256"],
      // jose checks exp only when a token has one: a token without it would never expire.
      requiredClaims: ["exp", "iat", "sub"],
    });
    return loginFrom(payload);
  };
}

function loginFrom(payload: JWTPayload): VerifiedLogin {
  if (payload.phone_number_verified !== true || typeof payload.sub !== "string" || !payload.sub.startsWith("+")) {
    throw new Error("token does not carry a verified phone number");
  }
  return { phone: payload.sub, expiresAt: new Date((payload.exp ?? 0) * 1000), tokenId: String(payload.jti) };
}
