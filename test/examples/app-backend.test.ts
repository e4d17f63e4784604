// The app-backend example (examples/app-backend/verify-access-token.ts) against the function over
// real HTTP: it fetches the JWKS URL with jose's createRemoteJWKSet and accepts a fresh login's
// token, and rejects a wrong audience, an expired token, a tampered one and an unknown kid.
import type { KeyObject } from "node:crypto";
import { SignJWT, errors } from "jose";
import { createAccessTokenVerifier } from "../../examples/app-backend/verify-access-token";
import { createVerificationRuntime, type VerificationRuntime } from "../../functions/verification/runtime";
import { generateSigningKey, signingKeysOf } from "../../functions/verification/tokens/key-set";
import {
  captureLog,
  functionUrlGet,
  functionUrlJson,
  lastCodeSentTo,
  replyBody,
  startFixture,
  type Fixture,
} from "../functions/verification/support/verification-fixture";
import { serveRuntime, type RuntimeHttpServer } from "../functions/verification/support/runtime-http-server";

const issuer = "https://login.test.example";
const audience = "smsverify-test-app";
let fixture: Fixture;
let runtime: VerificationRuntime;
let server: RuntimeHttpServer;
let clock = new Date();

beforeAll(async () => {
  fixture = await startFixture();
  runtime = createVerificationRuntime(fixture.env, { log: captureLog().write, clock: () => clock });
  server = await serveRuntime(runtime);
});

afterAll(async () => {
  await server.stop();
  await runtime.close();
  await fixture.stop();
});

async function loginToken(phone: string): Promise<string> {
  expect((await runtime.handle(functionUrlGet({ method: "getSms", phone }), {})).statusCode).toBe(200);
  const reply = await runtime.handle(functionUrlJson({ method: "login", phone, code: lastCodeSentTo(fixture.sms, phone) }), {});
  return String(replyBody(reply).accessToken);
}

const verifier = (overrides: { audience?: string } = {}) =>
  createAccessTokenVerifier({ jwksUrl: `${server.url}/.well-known/jwks.json`, issuer, audience: overrides.audience ?? audience });

it("accepts a fresh login's token and reads the verified phone from it", async () => {
  const login = await verifier()(await loginToken("+8613800138801"));
  expect(login).toEqual({ phone: "+8613800138801", expiresAt: expect.any(Date), tokenId: expect.any(String) });
});

it("rejects a token for another audience", async () => {
  await expect(verifier({ audience: "some-other-app" })(await loginToken("+8613800138802"))).rejects.toBeInstanceOf(
    errors.JWTClaimValidationFailed,
  );
});

it("rejects an expired token", async () => {
  clock = new Date(Date.now() - 3600_000);
  try {
    await expect(verifier()(await loginToken("+8613800138803"))).rejects.toBeInstanceOf(errors.JWTExpired);
  } finally {
    clock = new Date();
  }
});

it("rejects a tampered token (claims changed after signing)", async () => {
  const [header, payload, signature] = (await loginToken("+8613800138804")).split(".");
  const claims = JSON.parse(Buffer.from(payload, "base64url").toString("utf8"));
  claims.sub = "+8613800000000";
  const forged = [header, Buffer.from(JSON.stringify(claims)).toString("base64url"), signature].join(".");
  await expect(verifier()(forged)).rejects.toBeInstanceOf(errors.JWSSignatureVerificationFailed);
});

/** A token with the service's claims for `phone`, signed by `key` with its kid; expiring in 10 min unless `exp` is false. */
function tokenSignedBy(key: { kid: string; privateKey: KeyObject }, phone: string, exp = true): Promise<string> {
  const token = new SignJWT({ phone_number: phone, phone_number_verified: true, amr: ["sms"] })
    .setProtectedHeader({ alg: "ES256", kid: key.kid })
    .setIssuer(issuer)
    .setAudience(audience)
    .setSubject(phone)
    .setIssuedAt();
  return (exp ? token.setExpirationTime("10m") : token).sign(key.privateKey);
}

it("rejects a token without exp even when the service's own key signed it (issue 20, item 9)", async () => {
  const token = await tokenSignedBy(signingKeysOf(fixture.keySet).current!, "+8613800138806", false);
  await expect(verifier()(token)).rejects.toBeInstanceOf(errors.JWTClaimValidationFailed);
});

it("rejects a token signed by a key the JWKS does not publish (unknown kid)", async () => {
  const stranger = signingKeysOf({ version: 1, keys: [generateSigningKey("current", new Date())] }).current!;
  await expect(verifier()(await tokenSignedBy(stranger, "+8613800138805"))).rejects.toBeInstanceOf(errors.JWKSNoMatchingKey);
});
