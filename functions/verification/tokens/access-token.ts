// Signs the ES256 access token a successful login or refresh returns: a compact JWS (RFC 7515)
// made with node:crypto's synchronous sign (ECDSA P-256 over SHA-256, IEEE P1363 r||s signature,
// as JWA requires). Not jose's SignJWT: jose 5 signs through the promisified crypto.sign, i.e. a
// libuv thread-pool job per token, which measured ~215 µs a token against ~45 µs here (npm run
// bench, docs/benchmarks.md); verifiers — jose in our tests, any JOSE library in apps — see the
// same header, claims and signature format.
// Claims: iss, aud (per environment), sub = E.164 phone, phone_number, phone_number_verified, amr,
// iat, exp, jti; header: alg ES256, typ JWT, kid of the signing key.
import { sign, type KeyObject } from "node:crypto";
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
): Promise<SignedAccessToken> {
  checkEs256Key(key.privateKey);
  const issuedAt = Math.floor(now.getTime() / 1000);
  const header = { alg: "ES256", typ: "JWT", kid: key.kid };
  const claims = {
    phone_number: phoneE164,
    phone_number_verified: true,
    amr: ["sms"],
    iss: settings.issuer,
    aud: settings.audience,
    sub: phoneE164,
    iat: issuedAt,
    exp: issuedAt + settings.ttlSeconds,
    jti: randomBase64url(16),
  };
  const signingInput = `${base64url(JSON.stringify(header))}.${base64url(JSON.stringify(claims))}`;
  const signature = sign("sha256", Buffer.from(signingInput), { key: key.privateKey, dsaEncoding: "ieee-p1363" });
  return { token: `${signingInput}.${signature.toString("base64url")}`, expiresIn: settings.ttlSeconds };
}

const checkedKeys = new WeakSet<KeyObject>();

/** ES256 means a P-256 private key; anything else would sign a token no verifier accepts. */
function checkEs256Key(privateKey: KeyObject): void {
  if (checkedKeys.has(privateKey)) return;
  if (
    privateKey.type !== "private" ||
    privateKey.asymmetricKeyType !== "ec" ||
    privateKey.asymmetricKeyDetails?.namedCurve !== "prime256v1"
  ) {
    throw new TypeError("ES256 signing needs an EC P-256 private key");
  }
  checkedKeys.add(privateKey);
}

function base64url(text: string): string {
  return Buffer.from(text, "utf8").toString("base64url");
}
