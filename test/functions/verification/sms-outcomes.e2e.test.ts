// What a getSms that does not end in a confirmed SMS leaves behind (issue 10, findings 1 and 8).
// An unknown outcome (timeout, reset or 5xx after the request may have reached Tencent) keeps the
// cooldown and counts toward the daily and per-address limits, and answers 502 with retryAfter;
// only a definite refusal releases them. And no getSms that ends without a sent SMS — refused,
// unknown, or a Redis failure after the script ran — takes away the code the user already has.
import { createVerificationRuntime, verificationPolicy, type VerificationRuntime } from "../../../functions/verification/runtime";
import { VerificationService } from "../../../functions/verification/service/verification-service";
import { createVerificationHandler } from "../../../functions/verification/http/verification-handler";
import { StoreUnavailableError } from "../../../functions/verification/store/code-store";
import { RedisCodeStore } from "../../../functions/verification/store/redis-code-store";
import { connectRedis } from "../../../functions/verification/store/redis-connection";
import { fromEnvironment } from "../../../functions/verification/settings";
import type { EndpointBehaviour } from "../../support/sms-endpoint";
import { freePort } from "../../support/free-port";
import { createSmsSenderForTests } from "./support/real-sender";
import {
  pepper,
  captureLog,
  functionUrlGet,
  functionUrlJson,
  lastCodeSentTo,
  replyBody,
  startFixture,
  type Fixture,
} from "./support/verification-fixture";

let fixture: Fixture;
const runtimes: VerificationRuntime[] = [];

beforeAll(async () => {
  // A generous Redis timeout: this suite is about limits, not timeouts, and a loaded 2-core
  // machine can take longer than the fixture's 400 ms (each would then be a 503).
  fixture = await startFixture({ REDIS_CONNECT_TIMEOUT_MS: "5000" });
});

afterAll(async () => {
  await Promise.all(runtimes.map((r) => r.close()));
  await fixture.stop();
});

beforeEach(() => fixture.sms.reset());

function runtimeWith(env: Record<string, string> = {}): VerificationRuntime {
  const runtime = createVerificationRuntime({ ...fixture.env, ...env }, { log: captureLog().write });
  runtimes.push(runtime);
  return runtime;
}

let phoneSeq = 0;
const nextPhone = () => `+86139001390${String(phoneSeq++).padStart(2, "0")}`;
const getSms = (runtime: VerificationRuntime, phone: string, ip = "203.0.113.10") =>
  runtime.handle(functionUrlGet({ method: "getSms", phone }, ip), {});
const login = (runtime: VerificationRuntime, phone: string, code: string) =>
  runtime.handle(functionUrlJson({ method: "login", phone, code }), {});

describe("unknown SMS outcome (finding 1)", () => {
  const unknown: [string, EndpointBehaviour][] = [
    ["no answer after the provider accepted the message", { kind: "timeout", afterSending: true }],
    ["a connection reset after the provider accepted it", { kind: "reset", afterSending: true }],
    ["HTTP 502 after the provider accepted it", { kind: "httpError", status: 502, afterSending: true }],
    ["HTTP 500 (the request reached Tencent)", { kind: "httpError", status: 500 }],
  ];

  it.each(unknown)(
    "%s: 502 with retryAfter, the cooldown stays and the code that may have arrived works",
    async (_name, behaviour) => {
      const runtime = runtimeWith({ RESEND_COOLDOWN_SECONDS: "30" });
      const phone = nextPhone();
      fixture.sms.setBehaviour(behaviour);
      const first = await getSms(runtime, phone);
      expect(first.statusCode).toBe(502);
      const body = replyBody(first);
      expect(body).toMatchObject({ codeStr: "SmsSendFailed", outcome: "unknown" });
      expect(body.retryAfter).toBeGreaterThan(0);
      expect(body.retryAfter).toBeLessThanOrEqual(30);
      expect(first.headers["Retry-After"]).toBe(String(body.retryAfter));

      const again = await getSms(runtime, phone);
      expect(replyBody(again)).toMatchObject({ codeStr: "RateLimited", limit: "cooldown" });
      if (behaviour.kind !== "httpError" || behaviour.afterSending) {
        // The provider did deliver: that code must verify.
        const code = lastCodeSentTo(fixture.sms, phone);
        expect(replyBody(await login(runtime, phone, code)).codeStr).toBe("Success");
      }
    },
  );

  it("a slow provider cannot flood one phone: 25 getSms while every answer times out send one SMS", async () => {
    const runtime = runtimeWith({ RESEND_COOLDOWN_SECONDS: "30" });
    const phone = nextPhone();
    fixture.sms.setBehaviour({ kind: "timeout", afterSending: true });
    const replies = [];
    for (let i = 0; i < 25; i++) replies.push(await getSms(runtime, phone));
    expect(replies.filter((r) => r.statusCode === 502)).toHaveLength(1);
    expect(replies.filter((r) => replyBody(r).limit === "cooldown")).toHaveLength(24);
    expect(fixture.sms.sent.filter((m) => m.phoneNumbers.includes(phone))).toHaveLength(1);
  });

  it("counts unknown outcomes toward the daily and per-address limits", async () => {
    const daily = runtimeWith({ RESEND_COOLDOWN_SECONDS: "0", DAILY_LIMIT: "2" });
    const phone = nextPhone();
    fixture.sms.setBehaviour({ kind: "timeout", afterSending: true });
    expect((await getSms(daily, phone)).statusCode).toBe(502);
    expect((await getSms(daily, phone)).statusCode).toBe(502);
    expect(replyBody(await getSms(daily, phone))).toMatchObject({ codeStr: "RateLimited", limit: "daily" });

    const perIp = runtimeWith({ IP_HOURLY_LIMIT: "2" });
    const ip = "192.0.2.150";
    expect((await getSms(perIp, nextPhone(), ip)).statusCode).toBe(502);
    expect((await getSms(perIp, nextPhone(), ip)).statusCode).toBe(502);
    expect(replyBody(await getSms(perIp, nextPhone(), ip))).toMatchObject({ codeStr: "RateLimited", limit: "ip" });
  });

  it.each([
    ["an API error code", { kind: "apiError", code: "FailedOperation.TemplateIncorrectOrUnapproved" } as EndpointBehaviour],
    [
      "a per-number failure in SendStatusSet",
      { kind: "perNumberError", code: "InvalidParameterValue.IncorrectPhoneNumber" } as EndpointBehaviour,
    ],
  ])("a definite refusal (%s) releases cooldown, daily and per-address units", async (_name, behaviour) => {
    const runtime = runtimeWith({ RESEND_COOLDOWN_SECONDS: "30", DAILY_LIMIT: "1", IP_HOURLY_LIMIT: "1" });
    const phone = nextPhone();
    const ip = `192.0.2.${160 + phoneSeq}`;
    fixture.sms.setBehaviour(behaviour, { times: 1 });
    const refused = await getSms(runtime, phone, ip);
    expect(refused.statusCode).toBe(502);
    expect(replyBody(refused)).toMatchObject({ codeStr: "SmsSendFailed", outcome: "refused" });
    expect((await getSms(runtime, phone, ip)).statusCode).toBe(200);
  });

  it("a request that never left (connection refused) releases the limits", async () => {
    const closedPort = await freePort();
    const runtime = runtimeWith({
      SMS_ENDPOINT: `http://127.0.0.1:${closedPort}`,
      RESEND_COOLDOWN_SECONDS: "30",
      DAILY_LIMIT: "1",
    });
    const phone = nextPhone();
    const refused = await getSms(runtime, phone);
    expect(refused.statusCode).toBe(502);
    expect(replyBody(refused)).toMatchObject({ codeStr: "SmsSendFailed", outcome: "refused" });
    const working = runtimeWith({ RESEND_COOLDOWN_SECONDS: "30", DAILY_LIMIT: "1" });
    expect((await getSms(working, phone)).statusCode).toBe(200);
  });
});

describe("the live code survives a getSms that sends nothing (finding 8)", () => {
  it.each([
    ["refused by the provider", { kind: "apiError", code: "FailedOperation.PhoneNumberInBlacklist" } as EndpointBehaviour],
    ["refused per number", { kind: "perNumberError", code: "LimitExceeded.PhoneNumberDailyLimit" } as EndpointBehaviour],
    ["an unknown outcome where nothing arrived", { kind: "httpError", status: 503 } as EndpointBehaviour],
  ])("a resend %s keeps the delivered code valid", async (_name, behaviour) => {
    const runtime = runtimeWith({ RESEND_COOLDOWN_SECONDS: "0" });
    const phone = nextPhone();
    expect((await getSms(runtime, phone)).statusCode).toBe(200);
    const delivered = lastCodeSentTo(fixture.sms, phone);
    fixture.sms.setBehaviour(behaviour, { times: 1 });
    expect((await getSms(runtime, phone)).statusCode).not.toBe(200);
    expect(replyBody(await login(runtime, phone, delivered)).codeStr).toBe("Success");
  });

  it("a resend whose store script ran but answered too late (503) keeps the delivered code valid", async () => {
    const parsed = fromEnvironment({ ...fixture.env, RESEND_COOLDOWN_SECONDS: "0" });
    if (!parsed.ok) throw new Error(parsed.problems.join("; "));
    const redis = connectRedis(parsed.settings.redis);
    try {
      const store = new RedisCodeStore(redis, { cluster: false, readyTimeoutMs: 1000 });
      let late = false;
      // Redis ran the script, but its answer came after the command timeout: the caller sees 503.
      const slowStore = Object.create(store) as RedisCodeStore;
      slowStore.issue = async (request) => {
        const result = await store.issue(request);
        if (late) throw new StoreUnavailableError("Command timed out", "timeout");
        return result;
      };
      const runtime = runtimeWith({ RESEND_COOLDOWN_SECONDS: "0" });
      const service = new VerificationService({
        store: slowStore,
        sender: createSmsSenderForTests(fixture),
        policy: verificationPolicy(parsed.settings),
        pepper,
      });
      const handle = createVerificationHandler({ service, log: captureLog().write });
      const phone = nextPhone();
      expect((await handle(functionUrlGet({ method: "getSms", phone }), {})).statusCode).toBe(200);
      const delivered = lastCodeSentTo(fixture.sms, phone);
      late = true;
      const resend = await handle(functionUrlGet({ method: "getSms", phone }), {});
      expect(resend.statusCode).toBe(503);
      expect(fixture.sms.sent.filter((m) => m.phoneNumbers.includes(phone))).toHaveLength(1);
      expect(replyBody(await login(runtime, phone, delivered)).codeStr).toBe("Success");
    } finally {
      redis.disconnect();
    }
  });

  it("after a resend is delivered, the new code works and the old one no longer does", async () => {
    const runtime = runtimeWith({ RESEND_COOLDOWN_SECONDS: "0" });
    const phone = nextPhone();
    expect((await getSms(runtime, phone)).statusCode).toBe(200);
    const first = lastCodeSentTo(fixture.sms, phone);
    let second = first;
    // Draw until the codes differ (one in a million they do not).
    while (second === first) {
      expect((await getSms(runtime, phone)).statusCode).toBe(200);
      second = lastCodeSentTo(fixture.sms, phone);
    }
    expect(replyBody(await login(runtime, phone, first)).codeStr).toBe("CodeIsError");
    expect(replyBody(await login(runtime, phone, second)).codeStr).toBe("Success");
  });
});
