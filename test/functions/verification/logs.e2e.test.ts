// Request logs: one JSON line per request with the fields operators need, and never a code,
// code hash, pepper, credential or unmasked phone number.
import { createVerificationRuntime, type VerificationRuntime } from "../../../functions/verification/runtime";
import { hashVerificationCode } from "../../../functions/verification/service/verification-code";
import {
  captureLog,
  credentials,
  functionUrlGet,
  functionUrlJson,
  lastCodeSentTo,
  pepper,
  startFixture,
  type Fixture,
} from "./support/verification-fixture";

let fixture: Fixture;
let runtime: VerificationRuntime;
const log = captureLog();

beforeAll(async () => {
  fixture = await startFixture({}, "log-suite-redis-password");
  runtime = createVerificationRuntime(fixture.env, { log: log.write });
});

afterAll(async () => {
  await runtime.close();
  await fixture.stop();
});

it("writes one masked JSON line per request and never a secret", async () => {
  const phone = "+8613800138500";
  await runtime.handle(functionUrlGet({ method: "getSms", phone: "8613800138500" }), { request_id: "log-1" });
  const code = lastCodeSentTo(fixture.sms, phone);
  const wrong = code === "111111" ? "222222" : "111111";
  await runtime.handle(functionUrlJson({ method: "login", phone: "+86 138 0013 8500", code: wrong }), { request_id: "log-2" });
  await runtime.handle(functionUrlJson({ method: "login", phone: "8613800138500", code }), { request_id: "log-3" });
  fixture.sms.setBehaviour({ kind: "apiError", code: "FailedOperation.SignatureIncorrectOrUnapproved" }, { times: 1 });
  await runtime.handle(functionUrlGet({ method: "getSms", phone: "8613800138501" }), { request_id: "log-4" });
  await runtime.handle(functionUrlGet({ method: "getSms", phone: "not-a-phone" }), { request_id: "log-5" });

  expect(log.lines).toHaveLength(5);
  const entries = log.lines.map((line) => JSON.parse(line) as Record<string, unknown>);
  expect(entries.map((e) => e.requestId)).toEqual(["log-1", "log-2", "log-3", "log-4", "log-5"]);
  expect(entries.map((e) => e.codeStr)).toEqual(["Success", "CodeIsError", "Success", "SmsSendFailed", "InvalidPhone"]);
  expect(entries[0]).toMatchObject({ method: "getSms", phone: "8613******500", clientIp: "203.0.113.10", status: 200 });
  expect(typeof entries[0].latencyMs).toBe("number");
  expect(entries[3]).toMatchObject({ phone: "8613******501", detail: "FailedOperation.SignatureIncorrectOrUnapproved" });

  const all = log.lines.join("\n");
  for (const secret of [
    code,
    wrong,
    hashVerificationCode(pepper, phone, code),
    pepper,
    credentials.secretId,
    credentials.secretKey,
    credentials.sessionToken,
    "log-suite-redis-password",
  ]) {
    expect(all).not.toContain(secret);
  }
  expect(all).not.toMatch(/1380013850[01]/);
});

it("logs a misconfiguration once per request by variable name, not value, and answers 500 ServiceMisconfigured", async () => {
  const lines: string[] = [];
  const broken = createVerificationRuntime(
    { SECRETS_SOURCE: "local", CODE_PEPPER: "short", REDIS_PASSWORD: "do-not-log-me" },
    { log: (l) => lines.push(l), allowLocalSecrets: true },
  );
  const reply = await broken.handle(functionUrlGet({ method: "getSms", phone: "8613800138000" }), { request_id: "cfg-1" });
  expect(reply.statusCode).toBe(500);
  expect(JSON.parse(reply.body)).toEqual({ codeStr: "ServiceMisconfigured", msg: expect.any(String), requestId: "cfg-1" });
  expect(lines).toHaveLength(1);
  expect(lines[0]).toContain("REDIS_HOST is required");
  expect(lines[0]).toContain("SMS_SDKAPPID is required");
  expect(lines[0]).not.toContain('short"');
  expect(lines[0]).not.toContain("do-not-log-me");
});

describe("with the production writer (stdout)", () => {
  let stdoutRuntime: VerificationRuntime;
  const written: string[] = [];

  beforeAll(() => {
    // A generous connect timeout: these tests are about the log, not about a slow first connect.
    stdoutRuntime = createVerificationRuntime({ ...fixture.env, REDIS_CONNECT_TIMEOUT_MS: "10000" });
  });
  afterAll(() => stdoutRuntime.close());
  beforeEach(() => {
    written.length = 0;
    // Recorded instead of printed; the callback comes later, as a real stream's does.
    jest.spyOn(process.stdout, "write").mockImplementation(((
      chunk: string | Uint8Array,
      encoding?: unknown,
      callback?: () => void,
    ) => {
      written.push(String(chunk));
      const done = typeof encoding === "function" ? (encoding as () => void) : callback;
      if (done) process.nextTick(done);
      return true;
    }) as typeof process.stdout.write);
  });
  afterEach(() => jest.restoreAllMocks());

  it("has the request's line on stdout before the handler's promise resolves, not written synchronously", async () => {
    const replying = stdoutRuntime.handle(functionUrlJson({ method: "login", phone: "8613800138510", code: "123456" }), {
      request_id: "flush-1",
    });
    expect(written.join("")).not.toContain("flush-1");
    const reply = await replying;
    expect(reply.statusCode).toBe(400);
    const lines = written.join("").split("\n").filter(Boolean);
    expect(lines.map((line) => JSON.parse(line))).toEqual([
      expect.objectContaining({ requestId: "flush-1", codeStr: "CodeHasExpired", phone: "8613******510" }),
    ]);
  });

  it("writes every line of 50 concurrent requests whole, once each, before each reply", async () => {
    const ids = Array.from({ length: 50 }, (_, i) => `burst-${i}`);
    await Promise.all(
      ids.map(async (id, i) => {
        await stdoutRuntime.handle(
          functionUrlJson({ method: "login", phone: `86138001386${String(i).padStart(2, "0")}`, code: "123456" }),
          { request_id: id },
        );
        // Every write ends with a newline, so a line present is a whole line.
        expect(written.join("")).toContain(`"requestId":"${id}"`);
      }),
    );
    const lines = written
      .join("")
      .split("\n")
      .filter(Boolean)
      .map((line) => JSON.parse(line) as { requestId: string });
    expect(lines.map((l) => l.requestId).sort()).toEqual([...ids].sort());
    expect(written.every((chunk) => chunk.endsWith("\n"))).toBe(true);
  });
});
