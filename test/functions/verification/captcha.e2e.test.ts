// Tencent Captcha on getSms (and on login when configured): the function verifies ticket and
// randstr server side with DescribeCaptchaResult through the real CommonClient against the local
// TC3-checking Captcha endpoint, with the AppSecretKey read from Secrets Manager (the SSM double).
// Unreachable Captcha API: fail closed (503, default) or fail open, logged per request.
import { startCaptchaEndpoint, type CaptchaEndpoint } from "../../support/captcha-endpoint";
import { createVerificationRuntime, type VerificationRuntime } from "../../../functions/verification/runtime";
import {
  captureLog,
  credentials,
  functionUrlGet,
  functionUrlJson,
  lastCodeSentTo,
  pepper,
  replyBody,
  startFixture,
  type Fixture,
} from "./support/verification-fixture";

const appId = 190000777;
const appSecretKey = "captcha-app-secret-key-e2e-0001";
const secretName = "captcha-suite-runtime-secret";
let fixture: Fixture;
let captcha: CaptchaEndpoint;
const runtimes: VerificationRuntime[] = [];

beforeAll(async () => {
  [fixture, captcha] = await Promise.all([
    startFixture({ IP_HOURLY_LIMIT: "100000", REDIS_CONNECT_TIMEOUT_MS: "5000" }),
    startCaptchaEndpoint({
      secretId: credentials.secretId,
      secretKey: credentials.secretKey,
      sessionToken: credentials.sessionToken,
      appId,
      appSecretKey,
    }),
  ]);
  fixture.ssm.putSecret(secretName, JSON.stringify({ redisPassword: "", codePepper: pepper, captchaAppSecretKey: appSecretKey }));
});

afterAll(async () => {
  await Promise.all(runtimes.map((r) => r.close()));
  await Promise.all([fixture.stop(), captcha.stop()]);
});

function runtimeWith(env: Record<string, string>) {
  const log = captureLog();
  const runtime = createVerificationRuntime(
    {
      ...fixture.env,
      SECRET_NAME: secretName,
      CAPTCHA_APP_ID: String(appId),
      CAPTCHA_ENDPOINT: captcha.url,
      CAPTCHA_TIMEOUT_SECONDS: "1",
      ...env,
    },
    { log: log.write },
  );
  runtimes.push(runtime);
  const last = () => JSON.parse(log.lines[log.lines.length - 1]) as Record<string, unknown>;
  return { runtime, log, last };
}

let seq = 0;
const phone = () => `+86136001370${String(seq++).padStart(2, "0")}`;

describe("CAPTCHA_MODE=getSms", () => {
  it("refuses getSms without a ticket (CaptchaRequired), sends with a solved one, refuses its reuse (CaptchaFailed)", async () => {
    const { runtime, last, log } = runtimeWith({ CAPTCHA_MODE: "getSms" });
    const number = phone();
    const sentBefore = fixture.sms.sent.length;
    const missing = await runtime.handle(functionUrlGet({ method: "getSms", phone: number }), {});
    expect(missing.statusCode).toBe(400);
    expect(replyBody(missing)).toMatchObject({ codeStr: "CaptchaRequired" });
    expect(last()).toMatchObject({ codeStr: "CaptchaRequired", captcha: "missing" });

    const solved = captcha.issueTicket();
    const sent = await runtime.handle(functionUrlGet({ method: "getSms", phone: number, ...solved }, "203.0.113.77"), {});
    expect(replyBody(sent).codeStr).toBe("Success");
    expect(last()).toMatchObject({ captcha: "passed" });
    expect(captcha.checks[captcha.checks.length - 1]).toMatchObject({
      ticket: solved.ticket,
      userIp: "203.0.113.77",
      captchaCode: 1,
    });

    const reused = await runtime.handle(functionUrlGet({ method: "getSms", phone: phone(), ...solved }), {});
    expect(reused.statusCode).toBe(403);
    expect(replyBody(reused)).toMatchObject({ codeStr: "CaptchaFailed", reason: "ticketReused" });
    expect(fixture.sms.sent.length).toBe(sentBefore + 1);

    // Login needs no Captcha in this mode.
    const code = lastCodeSentTo(fixture.sms, number);
    expect(replyBody(await runtime.handle(functionUrlJson({ method: "login", phone: number, code }), {})).codeStr).toBe(
      "Success",
    );
    const all = log.lines.join("\n");
    expect(all).not.toContain(solved.ticket);
    expect(all).not.toContain(solved.randstr);
    expect(all).not.toContain(appSecretKey);
  });

  it.each([
    ["randstrMismatch", () => ({ ...captcha.issueTicket(), randstr: "@nope" })],
    ["ticketExpired", () => captcha.issueTicket({ expired: true })],
    ["riskTicket", () => captcha.issueTicket({ risky: true })],
  ])("answers CaptchaFailed with reason %s and sends nothing", async (reason, ticket) => {
    const { runtime } = runtimeWith({ CAPTCHA_MODE: "getSms" });
    const before = fixture.sms.requests;
    const reply = await runtime.handle(functionUrlJson({ method: "getSms", phone: phone(), ...ticket() }), {});
    expect(reply.statusCode).toBe(403);
    expect(replyBody(reply)).toMatchObject({ codeStr: "CaptchaFailed", reason });
    expect(fixture.sms.requests).toBe(before);
  });

  it("fails closed by default when the Captcha API is unreachable: 503, nothing sent, logged", async () => {
    const { runtime, last } = runtimeWith({ CAPTCHA_MODE: "getSms" });
    captcha.setBehaviour({ kind: "httpError", status: 502 }, { times: 1 });
    const before = fixture.sms.requests;
    const reply = await runtime.handle(functionUrlGet({ method: "getSms", phone: phone(), ...captcha.issueTicket() }), {});
    expect(reply.statusCode).toBe(503);
    expect(replyBody(reply).codeStr).toBe("ServiceUnavailable");
    expect(last()).toMatchObject({ cause: "captcha", captcha: "unavailable:failClosed:HttpStatus502" });
    expect(fixture.sms.requests).toBe(before);
  });

  it.each([
    ["a refused credential", "AuthFailure.SecretIdNotFound"],
    ["an unauthorized operation", "UnauthorizedOperation.Unauthorized"],
    ["bad parameters", "InvalidParameterValue"],
  ])("fails closed on %s even with CAPTCHA_FAIL_OPEN=true: 503, nothing sent, logged (issue 20, item 4)", async (_name, code) => {
    const { runtime, last } = runtimeWith({ CAPTCHA_MODE: "getSms", CAPTCHA_FAIL_OPEN: "true" });
    captcha.setBehaviour({ kind: "apiError", code }, { times: 1 });
    const before = fixture.sms.requests;
    const reply = await runtime.handle(functionUrlGet({ method: "getSms", phone: phone(), ...captcha.issueTicket() }), {});
    expect(reply.statusCode).toBe(503);
    expect(last()).toMatchObject({ cause: "captcha", captcha: `unavailable:failClosed:${code}` });
    expect(fixture.sms.requests).toBe(before);
  });

  it.each([
    ["HTTP 503", { kind: "httpError", status: 503 } as const, "HttpStatus503"],
    ["an InternalError", { kind: "apiError", code: "InternalError" } as const, "InternalError"],
  ])("still fails open on %s when the environment says so", async (_name, behaviour, code) => {
    const { runtime, last } = runtimeWith({ CAPTCHA_MODE: "getSms", CAPTCHA_FAIL_OPEN: "true" });
    captcha.setBehaviour(behaviour, { times: 1 });
    const reply = await runtime.handle(functionUrlGet({ method: "getSms", phone: phone(), ...captcha.issueTicket() }), {});
    expect(replyBody(reply).codeStr).toBe("Success");
    expect(last()).toMatchObject({ captcha: `unavailable:failOpen:${code}` });
  });

  it("fails open when the environment says so, and logs that it did", async () => {
    const { runtime, last } = runtimeWith({ CAPTCHA_MODE: "getSms", CAPTCHA_FAIL_OPEN: "true" });
    captcha.setBehaviour({ kind: "timeout" }, { times: 1 });
    const reply = await runtime.handle(functionUrlGet({ method: "getSms", phone: phone(), ...captcha.issueTicket() }), {});
    expect(replyBody(reply).codeStr).toBe("Success");
    expect(last()).toMatchObject({ codeStr: "Success", captcha: "unavailable:failOpen:RequestTimeout" });
  });
});

describe("CAPTCHA_MODE=getSmsAndLogin", () => {
  it("asks for a Captcha on login too", async () => {
    const { runtime } = runtimeWith({ CAPTCHA_MODE: "getSmsAndLogin" });
    const number = phone();
    expect(
      replyBody(await runtime.handle(functionUrlGet({ method: "getSms", phone: number, ...captcha.issueTicket() }), {})).codeStr,
    ).toBe("Success");
    const code = lastCodeSentTo(fixture.sms, number);
    expect(replyBody(await runtime.handle(functionUrlJson({ method: "login", phone: number, code }), {})).codeStr).toBe(
      "CaptchaRequired",
    );
    expect(
      replyBody(await runtime.handle(functionUrlJson({ method: "login", phone: number, code, ...captcha.issueTicket() }), {}))
        .codeStr,
    ).toBe("Success");
  });
});

it("refuses to serve with Captcha on but no AppSecretKey in the runtime secret (500 ServiceMisconfigured)", async () => {
  const { runtime, log } = runtimeWith({ CAPTCHA_MODE: "getSms", SECRET_NAME: fixture.env.SECRET_NAME ?? "" });
  const reply = await runtime.handle(functionUrlGet({ method: "getSms", phone: phone(), ...captcha.issueTicket() }), {
    request_id: "no-key",
  });
  expect(reply.statusCode).toBe(500);
  expect(replyBody(reply).codeStr).toBe("ServiceMisconfigured");
  expect(log.lines.join("\n")).toContain("captchaAppSecretKey");
});
