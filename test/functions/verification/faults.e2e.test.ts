// Faults: Redis going away (fast 503, no SMS, recovery without a restart) and the SMS provider
// refusing (502 / 429, with the counters and code released so the user can retry at once). Unknown
// outcomes (timeouts, resets, 5xx) keep the limits: see sms-outcomes.e2e.test.ts.
import { createVerificationRuntime, type VerificationRuntime } from "../../../functions/verification/runtime";
import {
  captureLog,
  functionUrlGet,
  functionUrlJson,
  lastCodeSentTo,
  replyBody,
  startFixture,
  type Fixture,
} from "./support/verification-fixture";

let fixture: Fixture;
let runtime: VerificationRuntime;

beforeAll(async () => {
  // Short timeouts: these tests wait for Redis to be declared down or hung.
  fixture = await startFixture({ REDIS_CONNECT_TIMEOUT_MS: "1500" });
  runtime = createVerificationRuntime(fixture.env, { log: captureLog().write });
});

afterAll(async () => {
  await runtime.close();
  await fixture.stop();
});

beforeEach(() => fixture.sms.reset());

let nextPhoneSuffix = 0;
const getSms = (phone: string) => runtime.handle(functionUrlGet({ method: "getSms", phone }), {});

describe("SMS provider failures", () => {
  it.each([
    ["an API error", { kind: "apiError", code: "InternalError.Timeout" } as const],
    ["a per-number refusal", { kind: "perNumberError", code: "FailedOperation.PhoneNumberInBlacklist" } as const],
  ])(
    "answers 502 SmsSendFailed on a definite refusal (%s) and releases the limits so a retry goes through",
    async (_name, behaviour) => {
      const phone = `+861380013801${String(nextPhoneSuffix++)}`;
      fixture.sms.setBehaviour(behaviour, { times: 1 });
      const failed = await getSms(phone);
      expect(failed.statusCode).toBe(502);
      const body = replyBody(failed);
      expect(body.codeStr).toBe("SmsSendFailed");
      expect(typeof body.providerCode).toBe("string");
      expect(body.providerCode).toBe(behaviour.code);

      const retry = await getSms(phone);
      expect(retry.statusCode).toBe(200);
      const code = lastCodeSentTo(fixture.sms, phone);
      const login = await runtime.handle(functionUrlJson({ method: "login", phone, code }), {});
      expect(replyBody(login).codeStr).toBe("Success");
    },
  );

  it("maps LimitExceeded.* from the provider to 429 RateLimited and releases the cooldown", async () => {
    const phone = "+8613800138099";
    fixture.sms.setBehaviour({ kind: "perNumberError", code: "LimitExceeded.PhoneNumberDailyLimit" }, { times: 1 });
    const limited = await getSms(phone);
    expect(limited.statusCode).toBe(429);
    expect(replyBody(limited)).toMatchObject({
      codeStr: "RateLimited",
      limit: "provider",
      providerCode: "LimitExceeded.PhoneNumberDailyLimit",
    });
    expect((await getSms(phone)).statusCode).toBe(200);
  });

  it("does not let a failed send's code be used", async () => {
    const phone = "+8613800138098";
    fixture.sms.setBehaviour({ kind: "apiError", code: "FailedOperation.SignatureIncorrectOrUnapproved" }, { times: 1 });
    expect((await getSms(phone)).statusCode).toBe(502);
    // Nothing live for the phone: any code is refused as expired rather than counted.
    const login = await runtime.handle(functionUrlJson({ method: "login", phone, code: "123456" }), {});
    expect(replyBody(login).codeStr).toBe("CodeHasExpired");
  });
  it("treats a sender that throws as an unknown outcome: 502 with retryAfter and the cooldown kept", async () => {
    const phone = "+8613800138097";
    const throwing = createVerificationRuntime(fixture.env, {
      log: captureLog().write,
      sender: { send: async () => Promise.reject(new Error("socket hang up")) },
    });
    try {
      const failed = await throwing.handle(functionUrlGet({ method: "getSms", phone }), {});
      expect(failed.statusCode).toBe(502);
      expect(replyBody(failed)).toMatchObject({
        codeStr: "SmsSendFailed",
        providerCode: "SenderError",
        outcome: "unknown",
        retryAfter: 30,
      });
    } finally {
      await throwing.close();
    }
    expect(replyBody(await getSms(phone))).toMatchObject({ codeStr: "RateLimited", limit: "cooldown" });
  });
});

describe("Redis outage", () => {
  it("answers 503 without sending an SMS while Redis is down, and recovers when it is back", async () => {
    expect((await getSms("+8613800138090")).statusCode).toBe(200);
    await fixture.redis.stop();
    const smsBefore = fixture.sms.requests;

    const down = await getSms("+8613800138091");
    expect(down.statusCode).toBe(503);
    expect(replyBody(down)).toEqual({ codeStr: "ServiceUnavailable", msg: expect.any(String) });
    const downLogin = await runtime.handle(functionUrlJson({ method: "login", phone: "+8613800138090", code: "123456" }), {});
    expect(downLogin.statusCode).toBe(503);
    expect(fixture.sms.requests).toBe(smsBefore);

    await fixture.redis.restart();
    let reply = await getSms("+8613800138091");
    for (let i = 0; i < 50 && reply.statusCode === 503; i++) {
      await new Promise((r) => setTimeout(r, 100));
      reply = await getSms("+8613800138091");
    }
    expect(reply.statusCode).toBe(200);
    expect(fixture.sms.sent.filter((m) => m.phoneNumbers.includes("+8613800138091"))).toHaveLength(1);
  });

  it("answers 503 while Redis hangs (command timeout) and recovers once it answers again", async () => {
    expect((await getSms("+8613800138080")).statusCode).toBe(200);
    fixture.redis.pause();
    try {
      const hung = await getSms("+8613800138081");
      expect(hung.statusCode).toBe(503);
    } finally {
      fixture.redis.resume();
    }
    // The timed-out script may still run once Redis wakes up (it was already written), so that
    // phone may be in cooldown now; recovery is checked with another one.
    let reply = await getSms("+8613800138082");
    for (let i = 0; i < 50 && reply.statusCode === 503; i++) {
      await new Promise((r) => setTimeout(r, 100));
      reply = await getSms("+8613800138082");
    }
    expect(reply.statusCode).toBe(200);
  });
});
