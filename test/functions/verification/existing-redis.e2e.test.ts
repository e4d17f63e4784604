// Bring your own Redis, function side: the password of a Redis the stack did not create comes from
// the operator's own Secrets Manager secret (read through the signature-checking double with the
// real SSM SDK client, next to the stack's runtime secret), it unlocks a real redis-server started
// with requirepass, and a rotation in the operator's secret is picked up after Redis refuses the
// old password — without a restart.
import Redis from "ioredis";
import { fromEnvironment } from "../../../functions/verification/settings";
import { createVerificationRuntime, type VerificationRuntime } from "../../../functions/verification/runtime";
import {
  captureLog,
  functionUrlJson,
  lastCodeSentTo,
  pepper,
  replyBody,
  runtimeSecretName,
  startFixture,
  type Fixture,
} from "./support/verification-fixture";

const OPERATOR_SECRET = "ops-shared-redis";
const firstPassword = "operator-redis-password-1";
const secondPassword = "operator-redis-password-2";

let fixture: Fixture;
let env: NodeJS.ProcessEnv;
const runtimes: VerificationRuntime[] = [];

function newRuntime(overrides: Record<string, string> = {}) {
  const log = captureLog();
  const runtime = createVerificationRuntime({ ...env, ...overrides }, { log: log.write });
  runtimes.push(runtime);
  return { runtime, log };
}

async function loginRoundTrip(runtime: VerificationRuntime, phone: string) {
  const sent = await runtime.handle(functionUrlJson({ method: "getSms", phone }), {});
  if (sent.statusCode !== 200) return sent;
  const code = lastCodeSentTo(fixture.sms, phone);
  return runtime.handle(functionUrlJson({ method: "login", phone, code }), {});
}

beforeAll(async () => {
  fixture = await startFixture({ IP_HOURLY_LIMIT: "100000" }, firstPassword);
  // The stack's runtime secret holds no Redis password for a brought Redis.
  fixture.ssm.putSecret(runtimeSecretName, JSON.stringify({ codePepper: pepper }));
  fixture.ssm.putSecret(OPERATOR_SECRET, JSON.stringify({ host: "10.0.0.5", password: firstPassword }), "v1");
  env = {
    ...fixture.env,
    REDIS_PASSWORD_SECRET_NAME: OPERATOR_SECRET,
    REDIS_PASSWORD_SECRET_VERSION: "v1",
    REDIS_PASSWORD_SECRET_FIELD: "password",
  };
});

afterEach(async () => {
  await Promise.all(runtimes.splice(0).map((runtime) => runtime.close()));
  fixture.ssm.reads.length = 0;
});

afterAll(() => fixture.stop());

it("parses the operator's secret reference from the environment the stack sets", () => {
  const parsed = fromEnvironment(env);
  expect(parsed.ok && parsed.settings.secrets).toMatchObject({
    source: "ssm",
    redisPasswordSecret: { name: OPERATOR_SECRET, versionId: "v1", field: "password" },
  });
  const defaults = fromEnvironment({ ...env, REDIS_PASSWORD_SECRET_VERSION: "", REDIS_PASSWORD_SECRET_FIELD: "" });
  expect(defaults.ok && defaults.settings.secrets).toMatchObject({
    redisPasswordSecret: { name: OPERATOR_SECRET, versionId: "current" },
  });
  expect(fromEnvironment({ ...env, REDIS_PASSWORD_SECRET_NAME: "" })).toEqual({
    ok: false,
    problems: ["REDIS_PASSWORD_SECRET_NAME is required"],
  });
});

it("reads the password from the operator's secret (JSON field) and logs in against a Redis with requirepass", async () => {
  const { runtime } = newRuntime();
  const reply = await loginRoundTrip(runtime, "+8613800138700");
  expect(replyBody(reply)).toMatchObject({ codeStr: "Success", accessToken: expect.any(String) });
  expect(fixture.ssm.reads.sort()).toEqual([OPERATOR_SECRET, runtimeSecretName, "smsverify-test-signing-keys"].sort());
  expect(fixture.ssm.signatureFailures).toBe(0);
});

it("takes the whole SecretString as the password when no field is named", async () => {
  fixture.ssm.putSecret("ops-plain-redis", firstPassword);
  const { runtime } = newRuntime({
    REDIS_PASSWORD_SECRET_NAME: "ops-plain-redis",
    REDIS_PASSWORD_SECRET_VERSION: "",
    REDIS_PASSWORD_SECRET_FIELD: "",
  });
  expect(replyBody(await loginRoundTrip(runtime, "+8613800138701")).codeStr).toBe("Success");
  expect(fixture.ssm.reads).toContain("ops-plain-redis");
});

it("the operator's password wins over any redisPassword left in the runtime secret", async () => {
  fixture.ssm.putSecret(runtimeSecretName, JSON.stringify({ codePepper: pepper, redisPassword: "stale-password" }));
  try {
    const { runtime } = newRuntime();
    expect(replyBody(await loginRoundTrip(runtime, "+8613800138702")).codeStr).toBe("Success");
  } finally {
    fixture.ssm.putSecret(runtimeSecretName, JSON.stringify({ codePepper: pepper }));
  }
});

it.each([
  ["the field is missing", JSON.stringify({ pass: firstPassword }), /has no non-empty string field "password"/],
  ["the secret is not JSON", firstPassword, /is not a JSON object with a field "password"/],
])("answers 500 naming secret and field, never the value, when %s", async (_label, secretString, message) => {
  fixture.ssm.putSecret("ops-broken-redis", secretString, "v1");
  const { runtime, log } = newRuntime({ REDIS_PASSWORD_SECRET_NAME: "ops-broken-redis" });
  const sentBefore = fixture.sms.sent.length;
  const reply = await runtime.handle(functionUrlJson({ method: "getSms", phone: "+8613800138703" }), {});
  expect(reply.statusCode).toBe(500);
  expect(fixture.sms.sent.length).toBe(sentBefore);
  const text = log.lines.map((line) => String((JSON.parse(line) as { error?: string }).error)).join("\n");
  expect(text).toMatch(message);
  expect(text).toContain("ops-broken-redis");
  expect(text).not.toContain(firstPassword);
});

it("answers 500 when the role may not read the operator's secret (missing or denied)", async () => {
  const { runtime, log } = newRuntime({ REDIS_PASSWORD_SECRET_NAME: "ops-no-such-secret" });
  const reply = await runtime.handle(functionUrlJson({ method: "getSms", phone: "+8613800138704" }), {});
  expect(reply.statusCode).toBe(500);
  expect(log.lines.join("\n")).toMatch(/ops-no-such-secret/);
});

it("picks up a password rotated in the operator's secret once Redis refuses the old one, without a restart", async () => {
  const { runtime } = newRuntime();
  const phone = "+8613800138705";
  expect((await runtime.handle(functionUrlJson({ method: "getSms", phone }), {})).statusCode).toBe(200);

  const admin = new Redis({ host: fixture.redis.host, port: fixture.redis.port, password: firstPassword });
  await admin.config("SET", "requirepass", secondPassword);
  await admin.client("KILL", "TYPE", "normal").catch(() => undefined);
  admin.disconnect();
  fixture.ssm.putSecret(OPERATOR_SECRET, JSON.stringify({ password: secondPassword }), "v1");
  try {
    const code = lastCodeSentTo(fixture.sms, phone);
    let reply = await runtime.handle(functionUrlJson({ method: "login", phone, code }), {});
    for (let attempt = 0; attempt < 100 && reply.statusCode === 503; attempt++) {
      await new Promise((resolve) => setTimeout(resolve, 100));
      reply = await runtime.handle(functionUrlJson({ method: "login", phone, code }), {});
    }
    expect(replyBody(reply).codeStr).toBe("Success");
    expect(fixture.ssm.reads.filter((name) => name === OPERATOR_SECRET).length).toBeGreaterThanOrEqual(2);
  } finally {
    const restore = new Redis({ host: fixture.redis.host, port: fixture.redis.port, password: secondPassword });
    await restore.config("SET", "requirepass", firstPassword);
    restore.disconnect();
    fixture.ssm.putSecret(OPERATOR_SECRET, JSON.stringify({ password: firstPassword }), "v1");
  }
});
