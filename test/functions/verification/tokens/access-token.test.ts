// The access token as an app backend reads it: jose verifies the signature against the published
// JWK, with the header and claims docs/sessions.md lists.
import { createPrivateKey, generateKeyPairSync } from "node:crypto";
import { decodeProtectedHeader, importJWK, jwtVerify } from "jose";
import { signAccessToken } from "../../../../functions/verification/tokens/access-token";
import { generateSigningKey, publicJwkOf } from "../../../../functions/verification/tokens/key-set";

const settings = { issuer: "https://login.test.example", audience: "smsverify-test-app", ttlSeconds: 900 };
const stored = generateSigningKey("current", new Date("2026-11-24T00:00:00Z"));
const key = { kid: stored.kid, privateKey: createPrivateKey({ key: { ...stored.privateJwk }, format: "jwk" }) };

it("signs an ES256 JWT that jose verifies with the published key, with the documented header and claims", async () => {
  const now = new Date("2026-11-24T08:00:00Z");
  const { token, expiresIn } = await signAccessToken("+8613800138000", now, settings, key);
  expect(expiresIn).toBe(900);
  expect(decodeProtectedHeader(token)).toEqual({ alg: "ES256", typ: "JWT", kid: stored.kid });
  const publicKey = await importJWK(publicJwkOf(stored), "ES256");
  const { payload } = await jwtVerify(token, publicKey, {
    issuer: settings.issuer,
    audience: settings.audience,
    algorithms: ["ES256"],
    currentDate: now,
  });
  const iat = now.getTime() / 1000;
  expect(payload).toEqual({
    phone_number: "+8613800138000",
    phone_number_verified: true,
    amr: ["sms"],
    iss: settings.issuer,
    aud: settings.audience,
    sub: "+8613800138000",
    iat,
    exp: iat + 900,
    jti: expect.stringMatching(/^[A-Za-z0-9_-]{22}$/),
  });
});

it("gives every token its own jti and a signature another key does not verify", async () => {
  const now = new Date();
  const tokens = await Promise.all(Array.from({ length: 200 }, () => signAccessToken("+8613800138000", now, settings, key)));
  const ids = tokens.map(({ token }) => JSON.parse(Buffer.from(token.split(".")[1], "base64url").toString()).jti);
  expect(new Set(ids).size).toBe(200);
  const other = await importJWK(publicJwkOf(generateSigningKey("current", now)), "ES256");
  await expect(jwtVerify(tokens[0].token, other)).rejects.toThrow(/signature verification failed/);
});

it("refuses to sign with a key that is not EC P-256", async () => {
  const rsa = generateKeyPairSync("rsa", { modulusLength: 2048 }).privateKey;
  const p384 = generateKeyPairSync("ec", { namedCurve: "P-384" }).privateKey;
  for (const privateKey of [rsa, p384]) {
    await expect(signAccessToken("+8613800138000", new Date(), settings, { kid: "k", privateKey })).rejects.toThrow(TypeError);
  }
});
