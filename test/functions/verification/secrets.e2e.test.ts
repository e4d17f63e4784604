// The function's secrets come from Secrets Manager (the local signature-checking double), read once
// per container with the role's rotating credential; an unreachable SSM at cold start is a 503 with
// nothing sent and one log line; a rotated Redis password is picked up without a redeploy.
import Redis from "ioredis";
import { createVerificationRuntime, type VerificationRuntime } from "../../../functions/verification/runtime";
import {
  captureLog,
  credentials,
  functionUrlGet,
  functionUrlJson,
  lastCodeSentTo,
  pepper,
  replyBody,
  runtimeSecretJson,
  runtimeSecretName,
  signingKeysSecretName,
  startFixture,
  type Fixture,
} from "./support/verification-fixture";

const firstPassword = "secrets-suite-first-password";
const secondPassword = "secrets-suite-second-password";
let fixture: Fixture;
const runtimes: VerificationRuntime[] = [];

function newRuntime(env: NodeJS.ProcessEnv = fixture.env, log = captureLog()): VerificationRuntime {
  const runtime = createVerificationRuntime(env, { log: log.write });
  runtimes.push(runtime);
  return runtime;
}

beforeAll(async () => {
  fixture = await startFixture({ IP_HOURLY_LIMIT: "100000" }, firstPassword);
});

afterEach(async () => {
  await Promise.all(runtimes.splice(0).map((runtime) => runtime.close()));
  fixture.ssm.setBehaviour({ kind: "ok" });
  fixture.ssm.reads.length = 0;
});

afterAll(() => fixture.stop());

it("reads both secrets once per container, signed with the role key and session token", async () => {
  const runtime = newRuntime();
  for (let i = 0; i < 5; i++) {
    const reply = await runtime.handle(functionUrlGet({ method: "getSms", phone: `861380013860${i}` }), {});
    expect(reply.statusCode).toBe(200);
  }
  expect(fixture.ssm.reads.sort()).toEqual([runtimeSecretName, signingKeysSecretName].sort());
  expect(fixture.ssm.signatureFailures).toBe(0);
  expect(runtime.secrets?.reads).toBe(1);
});

it("reads once for many parallel first requests", async () => {
  const runtime = newRuntime();
  const replies = await Promise.all(
    Array.from({ length: 20 }, (_, i) =>
      runtime.handle(functionUrlGet({ method: "getSms", phone: `86138001387${String(i).padStart(2, "0")}` }), {}),
    ),
  );
  expect(replies.every((reply) => reply.statusCode === 200)).toBe(true);
  expect(fixture.ssm.reads).toHaveLength(2);
});

it.each([
  ["answers HTTP 503", { kind: "httpError" as const, status: 503 }, "8613800138650"],
  ["is throttled", { kind: "apiError" as const, code: "RequestLimitExceeded" }, "8613800138652"],
])(
  "answers 503 ServiceUnavailable, sends nothing and logs one line when SSM %s at cold start",
  async (_label, behaviour, phone) => {
    const log = captureLog();
    const runtime = newRuntime(fixture.env, log);
    const sentBefore = fixture.sms.sent.length;
    fixture.ssm.setBehaviour(behaviour);
    const reply = await runtime.handle(functionUrlGet({ method: "getSms", phone }), { request_id: "cold-1" });
    expect(reply.statusCode).toBe(503);
    expect(replyBody(reply).codeStr).toBe("ServiceUnavailable");
    expect(fixture.sms.sent.length).toBe(sentBefore);
    expect(log.lines).toHaveLength(1);
    const line = JSON.parse(log.lines[0]) as Record<string, unknown>;
    expect(line).toMatchObject({
      level: "error",
      requestId: "cold-1",
      status: 503,
      codeStr: "ServiceUnavailable",
      detail: "secrets unavailable (ssm)",
    });
    expect(String(line.error)).toMatch(
      /^ssm GetSecretValue smsverify-test-(verification|signing-keys): (HttpStatus503|RequestLimitExceeded)$/,
    );

    // SSM back: the same container recovers on the next request (the failure was not cached).
    fixture.ssm.setBehaviour({ kind: "ok" });
    const retry = await runtime.handle(functionUrlGet({ method: "getSms", phone }), {});
    expect(retry.statusCode).toBe(200);
    expect(fixture.sms.sent.length).toBe(sentBefore + 1);
    for (const secret of [pepper, firstPassword, credentials.secretKey, credentials.sessionToken])
      expect(log.lines.join("\n")).not.toContain(secret);
  },
);

it("answers 500 ServiceMisconfigured when a named secret does not exist or is malformed", async () => {
  const missing = newRuntime({ ...fixture.env, SECRET_NAME: "smsverify-test-missing" });
  const reply = await missing.handle(functionUrlGet({ method: "getSms", phone: "8613800138651" }), { request_id: "m-1" });
  expect(reply.statusCode).toBe(500);
  expect(replyBody(reply).codeStr).toBe("ServiceMisconfigured");

  fixture.ssm.putSecret("smsverify-test-short-pepper", JSON.stringify({ redisPassword: firstPassword, codePepper: "short" }));
  const log = captureLog();
  const malformed = newRuntime({ ...fixture.env, SECRET_NAME: "smsverify-test-short-pepper" }, log);
  const second = await malformed.handle(functionUrlGet({ method: "getSms", phone: "8613800138651" }), {});
  expect(second.statusCode).toBe(500);
  expect(log.lines[0]).toContain("codePepper must be at least 16 characters");
  expect(log.lines[0]).not.toContain(firstPassword);
});

it("picks up a rotated Redis password from SSM without a restart", async () => {
  const runtime = newRuntime();
  const phone = "+8613800138660";
  expect((await runtime.handle(functionUrlGet({ method: "getSms", phone }), {})).statusCode).toBe(200);

  // Rotate: the server takes only the new password and drops every connection; SSM has the new one.
  const admin = new Redis({ host: fixture.redis.host, port: fixture.redis.port, password: firstPassword });
  await admin.config("SET", "requirepass", secondPassword);
  await admin.client("KILL", "TYPE", "normal").catch(() => undefined);
  admin.disconnect();
  fixture.ssm.putSecret(runtimeSecretName, runtimeSecretJson({ redisPassword: secondPassword }));

  // Requests in between may see 503 while the client notices and re-reads; no restart, no 500.
  const code = lastCodeSentTo(fixture.sms, phone);
  let reply = await runtime.handle(functionUrlJson({ method: "login", phone, code }), {});
  for (let attempt = 0; attempt < 50 && reply.statusCode === 503; attempt++) {
    await new Promise((resolve) => setTimeout(resolve, 100));
    reply = await runtime.handle(functionUrlJson({ method: "login", phone, code }), {});
  }
  expect(replyBody(reply).codeStr).toBe("Success");
  expect(fixture.ssm.reads.filter((name) => name === runtimeSecretName).length).toBeGreaterThanOrEqual(2);

  const restore = new Redis({ host: fixture.redis.host, port: fixture.redis.port, password: secondPassword });
  await restore.config("SET", "requirepass", firstPassword);
  restore.disconnect();
  fixture.ssm.putSecret(runtimeSecretName, runtimeSecretJson({ redisPassword: firstPassword }));
});

it("signs every read with the credential in the environment at that moment (rotated role key)", async () => {
  const env = { ...fixture.env };
  const runtime = newRuntime(env);
  expect((await runtime.handle(functionUrlGet({ method: "getSms", phone: "8613800138670" }), {})).statusCode).toBe(200);
  const rotated = {
    secretId: "AKIDtestverification0002",
    secretKey: "rotated-role-secret-key",
    sessionToken: "rotated-session-token",
  };
  fixture.ssm.setCredentials([rotated]);
  Object.assign(env, {
    TENCENTCLOUD_SECRETID: rotated.secretId,
    TENCENTCLOUD_SECRETKEY: rotated.secretKey,
    TENCENTCLOUD_SESSIONTOKEN: rotated.sessionToken,
  });
  const failuresBefore = fixture.ssm.signatureFailures;
  await expect(runtime.secrets!.reread("test")).resolves.toBe(false);
  expect(fixture.ssm.signatureFailures).toBe(failuresBefore);
  expect(fixture.ssm.reads.length).toBe(4);
  fixture.ssm.setCredentials([credentials]);
});
