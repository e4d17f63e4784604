// `npm run keys` end to end against the Secrets Manager double, with a running function runtime:
// first key, add (published, not signing), promote (after the publish wait), drop (after every
// token of the old key expired) — and a token signed before the rotation keeps verifying against
// the function's JWKS until it has expired, so nobody is logged out.
import { createLocalJWKSet, decodeProtectedHeader, jwtVerify, type JSONWebKeySet } from "jose";
import { runKeysCli } from "../../../cli/keys";
import { timingsFor } from "../../../infra/keys/rotation-timings";
import { createVerificationRuntime, type VerificationRuntime } from "../../../functions/verification/runtime";
import { emptyKeySet } from "../../../functions/verification/tokens/key-set";
import {
  captureLog,
  credentials,
  functionUrlGet,
  functionUrlJson,
  lastCodeSentTo,
  replyBody,
  startFixture,
  type Fixture,
} from "../../functions/verification/support/verification-fixture";

const deployer = { secretId: "AKIDkeysCliDeployer0001", secretKey: "keys-cli-deployer-secret" };
const secretName = "smsverify-dev-signing-keys";
let fixture: Fixture;
let runtime: VerificationRuntime;
let now = new Date("2026-12-01T08:00:00Z");
const out: string[] = [];

beforeAll(async () => {
  fixture = await startFixture({ SIGNING_KEYS_SECRET_NAME: secretName, IP_HOURLY_LIMIT: "100000" });
  fixture.ssm.setCredentials([credentials, deployer]);
  fixture.ssm.putSecret(secretName, JSON.stringify(emptyKeySet));
  runtime = createVerificationRuntime(fixture.env, { log: captureLog().write, clock: () => now });
});

afterAll(async () => {
  await runtime.close();
  await fixture.stop();
});

const cli = (...argv: string[]) =>
  runKeysCli(argv, {
    env: {
      TENCENTCLOUD_SECRET_ID: deployer.secretId,
      TENCENTCLOUD_SECRET_KEY: deployer.secretKey,
      SSM_ENDPOINT: fixture.ssm.url,
    },
    clock: () => now,
    io: { stdout: (text) => out.push(text.trimEnd()), stderr: (text) => out.push(text.trimEnd()) },
  });
const advance = (seconds: number) => (now = new Date(now.getTime() + seconds * 1000));
const timings = timingsFor(900);
let phone = 8613800139000;

async function loginToken(): Promise<string> {
  phone += 1;
  expect((await runtime.handle(functionUrlGet({ method: "getSms", phone: String(phone) }), {})).statusCode).toBe(200);
  const reply = await runtime.handle(
    functionUrlJson({ method: "login", phone: String(phone), code: lastCodeSentTo(fixture.sms, `+${phone}`) }),
    {},
  );
  expect(replyBody(reply).codeStr).toBe("Success");
  return String(replyBody(reply).accessToken);
}

async function publishedKids(): Promise<string[]> {
  const reply = await runtime.handle(
    { httpMethod: "GET", path: "/.well-known/jwks.json", headers: {}, queryString: {}, body: "" },
    {},
  );
  return (JSON.parse(reply.body) as JSONWebKeySet).keys.map((key) => String(key.kid));
}

async function verifiesNow(token: string): Promise<boolean> {
  const reply = await runtime.handle(
    { httpMethod: "GET", path: "/.well-known/jwks.json", headers: {}, queryString: {}, body: "" },
    {},
  );
  const keys = createLocalJWKSet(JSON.parse(reply.body) as JSONWebKeySet);
  return jwtVerify(token, keys, { currentDate: now }).then(
    () => true,
    () => false,
  );
}

it("prints usage for --help and refuses unknown commands, options and environments", async () => {
  expect(await cli("--help")).toBe(0);
  expect(out.pop()).toContain("usage: npm run keys -- <command> <env>");
  expect(await cli("rotate")).toBe(64);
  expect(await cli("spin", "dev")).toBe(64);
  expect(await cli("rotate", "dev", "--force")).toBe(64);
  expect(await cli("rotate", "qa")).toBe(64);
});

it("rotates without logging anyone out: add → promote → drop, each only when due", async () => {
  // First key: signs at once (no token exists that could break).
  expect(await cli("rotate", "dev")).toBe(0);
  await runtime.secrets!.reread("test");
  const [first] = await publishedKids();
  const oldToken = await loginToken();
  expect(decodeProtectedHeader(oldToken).kid).toBe(first);

  // Add: published in the JWKS, not signing yet.
  advance(60);
  expect(await cli("rotate", "dev")).toBe(0);
  advance(timings.publishWaitSeconds / 2);
  await runtime.secrets!.reread("test");
  const kids = await publishedKids();
  expect(kids).toHaveLength(2);
  const second = kids.find((kid) => kid !== first)!;
  expect(decodeProtectedHeader(await loginToken()).kid).toBe(first);

  // Promote too early: refused, nothing written.
  const updates = fixture.ssm.updates.length;
  expect(await cli("rotate", "dev")).toBe(3);
  expect(out.pop()).toMatch(/nothing due: key .* promote it after/);
  expect(fixture.ssm.updates.length).toBe(updates);

  // Promote when due: new tokens use the new key; the old token still verifies.
  advance(timings.publishWaitSeconds);
  expect(await cli("rotate", "dev")).toBe(0);
  advance(6);
  await runtime.secrets!.reread("test");
  expect(decodeProtectedHeader(await loginToken()).kid).toBe(second);
  expect(await publishedKids()).toEqual([second, first]);
  expect(await verifiesNow(oldToken)).toBe(false); // expired by now (15 min): nothing still valid is lost
  expect(await cli("rotate", "dev")).toBe(3);
  expect(out.pop()).toMatch(/previous key .* still verifies live tokens/);

  // Drop when every token of the old key has expired; the next pending key is added in the same step.
  advance(timings.dropWaitSeconds);
  expect(await cli("rotate", "dev")).toBe(0);
  expect(out.slice(-2).join("\n")).toMatch(new RegExp(`dropped ${first}[\\s\\S]*added .* as pending`));
  advance(6);
  await runtime.secrets!.reread("test");
  const after = await publishedKids();
  expect(after).not.toContain(first);
  expect(after[0]).toBe(second);
  expect(fixture.ssm.signatureFailures).toBe(0);

  // status lists keys without key material.
  expect(await cli("status", "dev")).toBe(0);
  const status = out.slice(-2).join("\n");
  expect(status).toContain(second);
  expect(status).not.toMatch(/"d"|privateJwk/);
  expect(fixture.ssm.secretString(secretName)).toContain('"d"');
});

it("a token signed just before promotion keeps verifying after it, until it expires", async () => {
  advance(timings.publishWaitSeconds + 1);
  const before = await loginToken();
  expect(await cli("rotate", "dev")).toBe(0);
  advance(6);
  await runtime.secrets!.reread("test");
  expect(decodeProtectedHeader(await loginToken()).kid).not.toBe(decodeProtectedHeader(before).kid);
  expect(await verifiesNow(before)).toBe(true);
});
