// A new environment logs users in right after `npm run apply`, with no manual step: the apply
// writes the first signing key into the secret the stack created empty (infra/keys/first-signing-
// key.ts), and the function signs with it. Against the Secrets Manager double and a running function.
import { createLocalJWKSet, jwtVerify, type JSONWebKeySet } from "jose";
import { ENVIRONMENTS } from "../../../infra/config/environments";
import { validateEnvironment } from "../../../infra/config/validate-environment";
import { ensureFirstSigningKey } from "../../../cli/first-signing-key";
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

const deployer = { secretId: "AKIDfirstKeyDeployer0001", secretKey: "first-key-deployer-secret" };
const dev = validateEnvironment(ENVIRONMENTS.find((e) => e.name === "dev")!);
const secretName = "smsverify-dev-signing-keys";
let fixture: Fixture;
let runtime: VerificationRuntime;
const log = captureLog();

beforeAll(async () => {
  fixture = await startFixture({ SIGNING_KEYS_SECRET_NAME: secretName });
  fixture.ssm.setCredentials([credentials, deployer]);
  // What the stack's tencentcloud_ssm_secret_version creates: an empty key set.
  fixture.ssm.putSecret(secretName, JSON.stringify(emptyKeySet));
  runtime = createVerificationRuntime(fixture.env, { log: log.write });
});

afterAll(async () => {
  await runtime.close();
  await fixture.stop();
});

const deployerEnv = () => ({
  TENCENTCLOUD_SECRET_ID: deployer.secretId,
  TENCENTCLOUD_SECRET_KEY: deployer.secretKey,
  SSM_ENDPOINT: fixture.ssm.url,
});

async function login(phone: string) {
  expect((await runtime.handle(functionUrlGet({ method: "getSms", phone }), {})).statusCode).toBe(200);
  return runtime.handle(functionUrlJson({ method: "login", phone, code: lastCodeSentTo(fixture.sms, `+${phone}`) }), {});
}

it("writes one current key into the empty secret, then leaves an existing key set alone", async () => {
  // Before: the empty key set the first apply leaves cannot sign a token.
  const before = await login("8613800138101");
  expect(replyBody(before).codeStr).not.toBe("Success");

  const first = await ensureFirstSigningKey(dev, deployerEnv());
  expect(first).toMatchObject({ kind: "created", secretName });
  const stored = JSON.parse(fixture.ssm.secretString(secretName)!) as { keys: Array<{ kid: string; status: string }> };
  expect(stored.keys).toHaveLength(1);
  expect(stored.keys[0]).toMatchObject({ status: "current" });
  expect(first.kind === "created" && first.kid).toBe(stored.keys[0].kid);

  // A second apply changes nothing (rotation is `npm run keys -- rotate`).
  const updates = fixture.ssm.updates.length;
  expect(await ensureFirstSigningKey(dev, deployerEnv())).toEqual({ kind: "present", secretName });
  expect(fixture.ssm.updates).toHaveLength(updates);
});

it("lets the function log a user in with a token its JWKS verifies, and logs no key material", async () => {
  await runtime.secrets!.reread("test");
  const reply = await login("8613800138102");
  expect(replyBody(reply).codeStr).toBe("Success");
  const jwks = await runtime.handle(
    { httpMethod: "GET", path: "/.well-known/jwks.json", headers: {}, queryString: {}, body: "" },
    {},
  );
  const keys = createLocalJWKSet(JSON.parse(jwks.body) as JSONWebKeySet);
  await expect(jwtVerify(String(replyBody(reply).accessToken), keys)).resolves.toBeDefined();
  const privateScalar = (JSON.parse(fixture.ssm.secretString(secretName)!) as { keys: Array<{ privateJwk: { d: string } }> })
    .keys[0].privateJwk?.d;
  if (privateScalar) expect(log.lines.join("\n")).not.toContain(privateScalar);
});
