// Browser rules with the legacy switch off (staging/prod): CORS allow-list (preflight, echoed
// origin with Vary, refused origins with a stable code and nothing sent) and JSON POST only for
// getSms/login/refresh/logout, never a code or refresh token in the URL.
import { createVerificationRuntime, type VerificationRuntime } from "../../../functions/verification/runtime";
import {
  captureLog,
  functionUrlGet,
  functionUrlJson,
  replyBody,
  startFixture,
  type Fixture,
} from "./support/verification-fixture";

const allowed = "https://app.example.com";
let fixture: Fixture;
let runtime: VerificationRuntime;

beforeAll(async () => {
  fixture = await startFixture({
    IP_HOURLY_LIMIT: "100000",
    LEGACY_REQUESTS: "false",
    CORS_ALLOWED_ORIGINS: `${allowed},http://localhost:8080`,
    CORS_MAX_AGE_SECONDS: "600",
  });
  runtime = createVerificationRuntime(fixture.env, { log: captureLog().write });
});

afterAll(async () => {
  await runtime.close();
  await fixture.stop();
});

const withOrigin = <T extends { headers: Record<string, string> }>(event: T, origin?: string): T =>
  origin ? { ...event, headers: { ...event.headers, origin } } : event;
const preflight = (origin: string) => ({
  httpMethod: "OPTIONS",
  path: "/",
  headers: { origin, "access-control-request-method": "POST", "access-control-request-headers": "content-type" },
  queryString: {},
  body: "",
});

describe("CORS", () => {
  it("answers an allowed origin's preflight with 204, the methods, headers and max-age", async () => {
    const reply = await runtime.handle(preflight(allowed), {});
    expect(reply.statusCode).toBe(204);
    expect(reply.headers).toMatchObject({
      "Access-Control-Allow-Origin": allowed,
      Vary: "Origin",
      "Access-Control-Allow-Methods": "GET, POST, OPTIONS",
      "Access-Control-Allow-Headers": "Content-Type, Idempotency-Key",
      "Access-Control-Max-Age": "600",
    });
    expect(reply.body).toBe("");
  });

  it("refuses a disallowed origin's preflight with 403 OriginNotAllowed and no ACAO", async () => {
    const reply = await runtime.handle(preflight("https://evil.example"), {});
    expect(reply.statusCode).toBe(403);
    expect(replyBody(reply).codeStr).toBe("OriginNotAllowed");
    expect(reply.headers).not.toHaveProperty("Access-Control-Allow-Origin");
  });

  it("echoes an allowed origin with Vary: Origin on the actual request", async () => {
    const reply = await runtime.handle(withOrigin(functionUrlJson({ method: "getSms", phone: "8613800138901" }), allowed), {});
    expect(reply.statusCode).toBe(200);
    expect(reply.headers).toMatchObject({ "Access-Control-Allow-Origin": allowed, Vary: "Origin" });
  });

  it("refuses a disallowed origin before doing anything (no SMS sent)", async () => {
    const sent = fixture.sms.sent.length;
    const reply = await runtime.handle(
      withOrigin(functionUrlJson({ method: "getSms", phone: "8613800138902" }), "https://evil.example"),
      {},
    );
    expect(reply.statusCode).toBe(403);
    expect(replyBody(reply)).toEqual({ codeStr: "OriginNotAllowed", msg: "this origin may not call the service" });
    expect(reply.headers).not.toHaveProperty("Access-Control-Allow-Origin");
    expect(fixture.sms.sent.length).toBe(sent);
  });

  it("serves callers without an Origin (servers, mini-programs) without CORS headers", async () => {
    const reply = await runtime.handle(functionUrlJson({ method: "getSms", phone: "8613800138903" }), {});
    expect(reply.statusCode).toBe(200);
    expect(reply.headers).not.toHaveProperty("Access-Control-Allow-Origin");
  });
});

describe("legacy switch off", () => {
  it("refuses GET getSms with 405 and sends nothing", async () => {
    const sent = fixture.sms.sent.length;
    const reply = await runtime.handle(functionUrlGet({ method: "getSms", phone: "8613800138904" }), {});
    expect(reply.statusCode).toBe(405);
    expect(replyBody(reply).codeStr).toBe("MethodNotAllowed");
    expect(fixture.sms.sent.length).toBe(sent);
  });

  it("refuses a form POST (a simple request a foreign page could send) with 415", async () => {
    const event = {
      ...functionUrlJson({}),
      headers: { "content-type": "application/x-www-form-urlencoded" },
      body: "method=getSms&phone=8613800138905",
    };
    const reply = await runtime.handle(event, {});
    expect(reply.statusCode).toBe(415);
    expect(replyBody(reply).codeStr).toBe("UnsupportedMediaType");
  });

  it("refuses a JSON text sent as text/plain with 415, as the docs say, not 400 (issue 20, item 9)", async () => {
    const event = {
      ...functionUrlJson({}),
      headers: { "content-type": "text/plain;charset=UTF-8" },
      body: JSON.stringify({ method: "getSms", phone: "8613800138907" }),
    };
    const reply = await runtime.handle(event, {});
    expect(reply.statusCode).toBe(415);
    expect(replyBody(reply).codeStr).toBe("UnsupportedMediaType");
  });

  it.each(["code", "refreshToken"])("never accepts %s in the URL, even on a JSON POST", async (field) => {
    const event = {
      ...functionUrlJson({ method: field === "code" ? "login" : "refresh", phone: "8613800138906" }),
      queryString: { [field]: "123456" },
    };
    const reply = await runtime.handle(event, {});
    expect(reply.statusCode).toBe(400);
    expect(replyBody(reply)).toMatchObject({
      codeStr: "InValidParam",
      msg: "code and refreshToken are never accepted in the URL; send them in a JSON body",
    });
  });

  it("still serves the JWKS by GET", async () => {
    const reply = await runtime.handle(
      { httpMethod: "GET", path: "/.well-known/jwks.json", headers: {}, queryString: {}, body: "" },
      {},
    );
    expect(reply.statusCode).toBe(200);
  });
});
