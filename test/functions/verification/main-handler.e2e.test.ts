// End to end through the SCF entry point `main_handler`: both event shapes, GET / form / JSON /
// base64 encodings, the real Tencent SMS SDK against the local signature-checking endpoint.
import { main_handler } from "../../../functions/verification";
import {
  apiGatewayForm,
  apiGatewayGet,
  captureStdout,
  functionUrlGet,
  functionUrlJson,
  lastCodeSentTo,
  replyBody,
  useEntryPointFixture,
  type Fixture,
} from "./support/verification-fixture";

const started = useEntryPointFixture({}, "redis-test-password-1");
let fixture: Fixture;
beforeAll(() => (fixture = started()));
const phone = "+8613800138000";

// main_handler logs one JSON line per request to stdout, as in SCF: captured, asserted on below.
let stdout: ReturnType<typeof captureStdout>;
beforeEach(() => {
  fixture.sms.reset();
  stdout = captureStdout();
});
afterEach(() => stdout.restore());

function requestLog(): Array<Record<string, unknown>> {
  return stdout.lines().map((line) => JSON.parse(line) as Record<string, unknown>);
}

describe("main_handler", () => {
  it("sends a code on a Function URL GET and accepts it on an API Gateway form POST", async () => {
    const context: Record<string, unknown> = { request_id: "req-1" };
    const sent = await main_handler(functionUrlGet({ method: "getSms", phone: "8613800138000" }), context);
    expect(sent.statusCode).toBe(200);
    expect(sent.isBase64Encoded).toBe(false);
    expect(sent.headers["Content-Type"]).toBe("application/json; charset=utf-8");
    expect(replyBody(sent)).toMatchObject({ codeStr: "Success" });
    expect(context.callbackWaitsForEmptyEventLoop).toBe(false);

    expect(fixture.sms.signatureFailures).toBe(0);
    expect(fixture.sms.sent).toHaveLength(1);
    const message = fixture.sms.sent[0];
    expect(message).toMatchObject({
      phoneNumbers: [phone],
      templateId: "100001",
      signName: "TestSign",
      sdkAppId: "1400000001",
      sessionToken: "test-session-token",
    });
    expect(message.templateParams[0]).toMatch(/^\d{6}$/);
    expect(message.templateParams[1]).toBe("5");

    const code = lastCodeSentTo(fixture.sms, phone);
    const login = await main_handler(apiGatewayForm({ method: "login", phone: "+86 138-0013-8000", code }), {});
    expect(login.statusCode).toBe(200);
    expect(replyBody(login)).toMatchObject({ codeStr: "Success" });

    const reuse = await main_handler(apiGatewayForm({ method: "login", phone: "8613800138000", code }), {});
    expect(reuse.statusCode).toBe(400);
    expect(replyBody(reuse)).toMatchObject({ codeStr: "CodeHasExpired" });

    expect(requestLog()).toEqual([
      expect.objectContaining({
        requestId: "req-1",
        ingress: "functionUrl",
        method: "getSms",
        phone: "8613******000",
        status: 200,
        codeStr: "Success",
      }),
      expect.objectContaining({
        requestId: "apigw-req-1",
        ingress: "apiGateway",
        method: "login",
        status: 200,
        codeStr: "Success",
      }),
      expect.objectContaining({
        requestId: "apigw-req-1",
        ingress: "apiGateway",
        method: "login",
        status: 400,
        codeStr: "CodeHasExpired",
      }),
    ]);
    expect(stdout.lines().join("\n")).not.toContain(code);
  });

  it("serves a JSON POST and a base64-encoded form POST", async () => {
    const other = "+8613900139000";
    const sent = await main_handler(functionUrlJson({ method: "getSms", phone: "+86 139 0013 9000" }), {});
    expect(replyBody(sent)).toMatchObject({ codeStr: "Success" });
    const code = lastCodeSentTo(fixture.sms, other);
    const wrong = code === "000000" ? "000001" : "000000";

    const miss = await main_handler(
      apiGatewayForm({ method: "login", phone: "8613900139000", code: wrong }, undefined, true),
      {},
    );
    expect(miss.statusCode).toBe(400);
    expect(replyBody(miss)).toMatchObject({ codeStr: "CodeIsError", attemptsLeft: 2 });

    const ok = await main_handler(functionUrlJson({ method: "login", phone: 8613900139000, code }), {});
    expect(replyBody(ok)).toMatchObject({ codeStr: "Success" });
  });

  it("answers an API Gateway GET and rejects a second getSms inside the cooldown with retryAfter", async () => {
    const first = await main_handler(apiGatewayGet({ method: "getSms", phone: "8613700137000" }), {});
    expect(first.statusCode).toBe(200);
    const second = await main_handler(apiGatewayGet({ method: "getSms", phone: "8613700137000" }), {});
    expect(second.statusCode).toBe(429);
    expect(second.headers["Retry-After"]).toMatch(/^\d+$/);
    const body = replyBody(second);
    expect(body).toMatchObject({ codeStr: "RateLimited", limit: "cooldown" });
    expect(body.retryAfter).toBeGreaterThan(0);
    expect(body.retryAfter).toBeLessThanOrEqual(30);
    expect(fixture.sms.sent).toHaveLength(1);
  });

  it("refuses login without a code and with no code ever sent", async () => {
    const missing = await main_handler(functionUrlJson({ method: "login", phone: "8613600136000" }), {});
    expect(missing.statusCode).toBe(400);
    expect(replyBody(missing)).toMatchObject({ codeStr: "MissingCode" });
    const never = await main_handler(functionUrlJson({ method: "login", phone: "8613600136000", code: "123456" }), {});
    expect(replyBody(never)).toMatchObject({ codeStr: "CodeHasExpired" });
    expect(requestLog().map((line) => [line.level, line.status, line.codeStr])).toEqual([
      ["info", 400, "MissingCode"],
      ["info", 400, "CodeHasExpired"],
    ]);
  });

  it("stores only a keyed hash of the code in Redis", async () => {
    await main_handler(functionUrlGet({ method: "getSms", phone: "8613500135000" }), {});
    const code = lastCodeSentTo(fixture.sms, "+8613500135000");
    const { default: Redis } = await import("ioredis");
    const probe = new Redis({ host: fixture.redis.host, port: fixture.redis.port, password: fixture.redis.password });
    try {
      const stored = await probe.hgetall("vc:{+8613500135000}:code");
      expect(stored.h).toMatch(/^[0-9a-f]{64}$/);
      expect(JSON.stringify(stored)).not.toContain(code);
      const ttl = await probe.ttl("vc:{+8613500135000}:code");
      expect(ttl).toBeGreaterThan(0);
      expect(ttl).toBeLessThanOrEqual(300);
    } finally {
      probe.disconnect();
    }
  });
});
