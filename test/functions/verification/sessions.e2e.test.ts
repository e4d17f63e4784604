// Sessions end to end on a real redis-server: the login reply's ES256 access token (every claim,
// verified against the JWKS the function serves), refresh rotation, reuse detection, logout, many
// parallel refreshes of one token, expiry with an injected clock, and nothing readable in Redis.
import Redis from "ioredis";
import { decodeProtectedHeader, errors, jwtVerify, createLocalJWKSet, type JSONWebKeySet } from "jose";
import { createVerificationRuntime, type VerificationRuntime } from "../../../functions/verification/runtime";
import { emptyKeySet } from "../../../functions/verification/tokens/key-set";
import {
  captureLog,
  functionUrlGet,
  functionUrlJson,
  lastCodeSentTo,
  replyBody,
  signingKeysSecretName,
  startFixture,
  type Fixture,
} from "./support/verification-fixture";

const issuer = "https://login.test.example";
const audience = "smsverify-test-app";
let fixture: Fixture;
let runtime: VerificationRuntime;
const now = new Date("2026-12-01T10:00:00Z");
let phoneCounter = 0;

beforeAll(async () => {
  fixture = await startFixture({ IP_HOURLY_LIMIT: "100000" });
  runtime = createVerificationRuntime(fixture.env, { log: captureLog().write, clock: () => now });
});

afterAll(async () => {
  await runtime.close();
  await fixture.stop();
});

function nextPhone(): string {
  phoneCounter += 1;
  return `+86139${String(10000000 + phoneCounter)}`;
}

async function login(target: VerificationRuntime = runtime, phone = nextPhone()) {
  expect((await target.handle(functionUrlGet({ method: "getSms", phone }), {})).statusCode).toBe(200);
  const reply = await target.handle(functionUrlJson({ method: "login", phone, code: lastCodeSentTo(fixture.sms, phone) }), {});
  return { phone, reply, body: replyBody(reply) as Record<string, string | number> };
}

async function jwks(): Promise<JSONWebKeySet> {
  const reply = await runtime.handle(
    { httpMethod: "GET", path: "/.well-known/jwks.json", headers: {}, queryString: {}, body: "" },
    {},
  );
  expect(reply.statusCode).toBe(200);
  return JSON.parse(reply.body) as JSONWebKeySet;
}

const post = (fields: Record<string, unknown>) => runtime.handle(functionUrlJson(fields), {});

it("answers a verified code with Success, msg and an ES256 access token carrying every claim", async () => {
  const { phone, body } = await login();
  expect(body).toEqual({
    codeStr: "Success",
    msg: "code verified",
    accessToken: expect.any(String),
    tokenType: "Bearer",
    expiresIn: 900,
    refreshToken: expect.stringMatching(/^[A-Za-z0-9_-]{22}\.[A-Za-z0-9_-]{43}$/),
    refreshExpiresIn: 2592000,
  });
  const token = String(body.accessToken);
  const header = decodeProtectedHeader(token);
  expect(header).toEqual({ alg: "ES256", typ: "JWT", kid: fixture.keySet.keys[0].kid });
  const { payload } = await jwtVerify(token, createLocalJWKSet(await jwks()), { issuer, audience, currentDate: now });
  expect(payload).toEqual({
    iss: issuer,
    aud: audience,
    sub: phone,
    phone_number: phone,
    phone_number_verified: true,
    amr: ["sms"],
    iat: now.getTime() / 1000,
    exp: now.getTime() / 1000 + 900,
    jti: expect.stringMatching(/^[A-Za-z0-9_-]{22}$/),
  });
});

it("expires the access token after 15 minutes of the injected clock", async () => {
  const { body } = await login();
  const keys = createLocalJWKSet(await jwks());
  const token = String(body.accessToken);
  await expect(
    jwtVerify(token, keys, { issuer, audience, currentDate: new Date(now.getTime() + 899_000) }),
  ).resolves.toBeDefined();
  await expect(
    jwtVerify(token, keys, { issuer, audience, currentDate: new Date(now.getTime() + 901_000) }),
  ).rejects.toBeInstanceOf(errors.JWTExpired);
});

it("serves the JWKS on the well-known path and as method=jwks, public and cacheable", async () => {
  const reply = await runtime.handle(
    {
      httpMethod: "GET",
      path: "/.well-known/jwks.json",
      headers: { origin: "https://elsewhere.example" },
      queryString: {},
      body: "",
    },
    {},
  );
  expect(reply.headers["Cache-Control"]).toBe("public, max-age=300");
  expect(reply.headers["Access-Control-Allow-Origin"]).toBe("*");
  const keys = JSON.parse(reply.body).keys as Record<string, string>[];
  expect(keys).toEqual([
    {
      kty: "EC",
      crv: "P-256",
      x: expect.any(String),
      y: expect.any(String),
      kid: fixture.keySet.keys[0].kid,
      alg: "ES256",
      use: "sig",
    },
  ]);
  expect(reply.body).not.toContain('"d"');
  const byMethod = await post({ method: "jwks" });
  expect(JSON.parse(byMethod.body)).toEqual({ keys });
});

it("rotates the refresh token on refresh and revokes the family when a retired one comes back", async () => {
  const { phone, body } = await login();
  const first = String(body.refreshToken);
  const refreshed = replyBody(await post({ method: "refresh", refreshToken: first })) as Record<string, string>;
  expect(refreshed).toMatchObject({
    codeStr: "Success",
    msg: "session refreshed",
    tokenType: "Bearer",
    expiresIn: 900,
    refreshExpiresIn: 2592000,
  });
  expect(refreshed.refreshToken).not.toBe(first);
  expect(refreshed.refreshToken.split(".")[0]).toBe(first.split(".")[0]);
  const { payload } = await jwtVerify(refreshed.accessToken, createLocalJWKSet(await jwks()), {
    issuer,
    audience,
    currentDate: now,
  });
  expect(payload.sub).toBe(phone);

  const replay = await post({ method: "refresh", refreshToken: first });
  expect(replay.statusCode).toBe(401);
  expect(replyBody(replay)).toMatchObject({ codeStr: "RefreshTokenReused" });
  // The whole family is gone, including the token issued by the legitimate refresh.
  const afterReuse = await post({ method: "refresh", refreshToken: refreshed.refreshToken });
  expect(afterReuse.statusCode).toBe(401);
  expect(replyBody(afterReuse)).toMatchObject({ codeStr: "InvalidRefreshToken" });
});

it("logout revokes the family: its refresh token stops working", async () => {
  const { body } = await login();
  const token = String(body.refreshToken);
  const out = await post({ method: "logout", refreshToken: token });
  expect(out.statusCode).toBe(200);
  expect(replyBody(out)).toEqual({ codeStr: "Success", msg: "logged out" });
  expect(replyBody(await post({ method: "refresh", refreshToken: token }))).toMatchObject({ codeStr: "InvalidRefreshToken" });
});

it("refuses malformed, unknown and missing refresh tokens with stable codes", async () => {
  const forged = `${"A".repeat(22)}.${"B".repeat(43)}`;
  for (const refreshToken of ["nope", forged]) {
    const reply = await post({ method: "refresh", refreshToken });
    expect(reply.statusCode).toBe(401);
    expect(replyBody(reply).codeStr).toBe("InvalidRefreshToken");
  }
  expect(replyBody(await post({ method: "logout", refreshToken: forged })).codeStr).toBe("InvalidRefreshToken");
  const missing = await post({ method: "refresh" });
  expect(missing.statusCode).toBe(400);
  expect(replyBody(missing)).toMatchObject({ codeStr: "InValidParam", msg: "refreshToken is required" });
});

it("lets exactly one of 50 parallel refreshes with one token succeed", async () => {
  const { body } = await login();
  const replies = await Promise.all(
    Array.from({ length: 50 }, () => post({ method: "refresh", refreshToken: String(body.refreshToken) })),
  );
  const codes = replies.map((reply) => replyBody(reply).codeStr);
  expect(codes.filter((code) => code === "Success")).toHaveLength(1);
  expect(
    codes.filter((code) => code !== "Success").every((code) => code === "RefreshTokenReused" || code === "InvalidRefreshToken"),
  ).toBe(true);
});

it("keeps only hashes in Redis, under the family's tag, expiring with the refresh lifetime", async () => {
  const { phone, body } = await login();
  const token = String(body.refreshToken);
  const redis = new Redis({ host: fixture.redis.host, port: fixture.redis.port });
  try {
    const key = `rt:{rt:${token.split(".")[0]}}`;
    const stored = await redis.hgetall(key);
    expect(stored).toEqual({ p: phone, c: expect.any(String), g: "1", r: "0", x: expect.stringMatching(/^\d{13}$/) });
    expect(JSON.stringify(stored)).not.toContain(token.split(".")[1]);
    const ttl = await redis.ttl(key);
    expect(ttl).toBeGreaterThan(2592000 - 60);
    expect(ttl).toBeLessThanOrEqual(2592000);
  } finally {
    redis.disconnect();
  }
});

it("creates the session in the same round trip as the code match on standalone Redis", async () => {
  const phone = nextPhone();
  expect((await runtime.handle(functionUrlGet({ method: "getSms", phone }), {})).statusCode).toBe(200);
  const client = runtime.redis!;
  let commands = 0;
  const original = client.sendCommand.bind(client) as (...args: unknown[]) => unknown;
  (client as unknown as { sendCommand: (...args: unknown[]) => unknown }).sendCommand = (...args: unknown[]) => {
    commands += 1;
    return original(...args);
  };
  try {
    const reply = await runtime.handle(functionUrlJson({ method: "login", phone, code: lastCodeSentTo(fixture.sms, phone) }), {});
    expect(replyBody(reply).codeStr).toBe("Success");
    expect(commands).toBe(1);
    commands = 0;
    expect(replyBody(await post({ method: "refresh", refreshToken: replyBody(reply).refreshToken })).codeStr).toBe("Success");
    expect(commands).toBe(1);
  } finally {
    (client as unknown as { sendCommand: unknown }).sendCommand = original;
  }
});

it("without a signing key answers 500 and keeps the code; once a key is added the same code logs in", async () => {
  fixture.ssm.putSecret(signingKeysSecretName, JSON.stringify(emptyKeySet));
  const keyless = createVerificationRuntime(fixture.env, { log: captureLog().write, clock: () => now });
  try {
    const phone = nextPhone();
    expect((await keyless.handle(functionUrlGet({ method: "getSms", phone }), {})).statusCode).toBe(200);
    const code = lastCodeSentTo(fixture.sms, phone);
    const refused = await keyless.handle(functionUrlJson({ method: "login", phone, code }), {});
    expect(refused.statusCode).toBe(500);
    expect(replyBody(refused).codeStr).toBe("ServiceMisconfigured");
    fixture.ssm.putSecret(signingKeysSecretName, JSON.stringify(fixture.keySet));
    await keyless.secrets!.reread("test");
    expect(replyBody(await keyless.handle(functionUrlJson({ method: "login", phone, code }), {})).codeStr).toBe("Success");
  } finally {
    fixture.ssm.putSecret(signingKeysSecretName, JSON.stringify(fixture.keySet));
    await keyless.close();
  }
});
