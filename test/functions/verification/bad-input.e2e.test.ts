// Malformed and invalid requests: each gets a 4xx with a stable codeStr — never a 500, never a
// stack trace — and none of them reaches the SMS provider. The runtime serves the default region
// set (SMS_ALLOWED_REGIONS unset = CN only); other region sets are in served-regions.e2e.test.ts.
import { createVerificationRuntime, type VerificationRuntime } from "../../../functions/verification/runtime";
import { captureLog, replyBody, startFixture, type Fixture } from "./support/verification-fixture";

let fixture: Fixture;
let runtime: VerificationRuntime;

beforeAll(async () => {
  fixture = await startFixture({ IP_HOURLY_LIMIT: "100000" });
  runtime = createVerificationRuntime(fixture.env, { log: captureLog().write });
});

afterAll(async () => {
  await runtime.close();
  await fixture.stop();
});

const ip = { "x-scf-remote-addr": "203.0.113.9" };
const get = (queryString: unknown) => ({ httpMethod: "GET", path: "/", headers: ip, queryString, body: "" });
const post = (body: unknown, contentType?: string, extra: Record<string, unknown> = {}) => ({
  httpMethod: "POST",
  path: "/",
  headers: contentType ? { ...ip, "content-type": contentType } : ip,
  queryString: {},
  body,
  ...extra,
});
const json = (value: unknown) => post(JSON.stringify(value), "application/json");
const form = (text: string) => post(text, "application/x-www-form-urlencoded");
const apigw = (body: string, isBase64Encoded: unknown, contentType = "application/x-www-form-urlencoded") => ({
  requestContext: { httpMethod: "POST", sourceIp: "198.51.100.1", requestId: "r" },
  httpMethod: "POST",
  headers: { "content-type": contentType },
  queryString: {},
  body,
  isBase64Encoded,
});
const big = "a".repeat(9000);

const notValid = /not a valid mobile number/;
const duplicated = (name: string) => new RegExp(`parameter "${name}" is given more than once`);
const notServed = (region: string) => new RegExp(`region ${region} are not served`);

// [name, event, status, codeStr, msg pattern (where the message tells cases of one codeStr apart)]
const cases: [string, unknown, number, string, RegExp?][] = [
  // event shape and HTTP method
  ["null event", null, 400, "InValidParam"],
  ["string event", "method=getSms", 400, "InValidParam"],
  ["number event", 42, 400, "InValidParam"],
  ["empty object (no httpMethod)", {}, 400, "InValidParam"],
  ["no httpMethod with a query", { headers: ip, queryString: { method: "getSms", phone: "8613800138000" } }, 400, "InValidParam"],
  ["httpMethod not a string", { ...get({ method: "getSms", phone: "8613800138000" }), httpMethod: ["GET"] }, 400, "InValidParam"],
  ["PUT", { ...get({ method: "getSms", phone: "8613800138000" }), httpMethod: "PUT" }, 405, "MethodNotAllowed"],
  ["DELETE", { ...get({}), httpMethod: "DELETE" }, 405, "MethodNotAllowed"],
  [
    "PATCH via apigw context",
    { requestContext: { httpMethod: "PATCH", sourceIp: "1.2.3.4" }, headers: {} },
    405,
    "MethodNotAllowed",
  ],
  // method field
  ["GET without parameters", get({}), 400, "InValidParam"],
  ["GET with null queryString", get(null), 400, "InValidParam"],
  ["GET method missing", get({ phone: "8613800138000" }), 400, "InValidParam"],
  ["GET method empty", get({ method: "", phone: "8613800138000" }), 400, "InValidParam"],
  ["GET unknown method", get({ method: "deleteUser", phone: "8613800138000" }), 400, "InValidParam"],
  ["GET method wrong case", get({ method: "GETSMS", phone: "8613800138000" }), 400, "InValidParam"],
  ["GET method as array", get({ method: ["x"], phone: "8613800138000" }), 400, "InValidParam"],
  ["JSON method number", json({ method: 1, phone: "8613800138000" }), 400, "InValidParam"],
  ["JSON method null", json({ method: null, phone: "8613800138000" }), 400, "InValidParam"],
  ["form unknown method", form("method=logout&phone=8613800138000"), 400, "InValidParam"],
  // phone presence and type
  ["GET phone missing", get({ method: "getSms" }), 400, "InValidParam"],
  ["GET phone empty", get({ method: "getSms", phone: "" }), 400, "InValidParam"],
  ["GET phone blank", get({ method: "getSms", phone: "   " }), 400, "InValidParam"],
  ["JSON phone object", json({ method: "getSms", phone: { n: 1 } }), 400, "InValidParam"],
  ["JSON phone array", json({ method: "getSms", phone: ["8613800138000"] }), 400, "InValidParam"],
  ["JSON phone boolean", json({ method: "getSms", phone: true }), 400, "InValidParam"],
  ["JSON phone negative", json({ method: "getSms", phone: -8613800138000 }), 400, "InValidParam"],
  ["JSON phone float", json({ method: "getSms", phone: 86138001380.5 }), 400, "InValidParam"],
  ["phone too long", get({ method: "getSms", phone: "8".repeat(40) }), 400, "InValidParam"],
  // phone validity
  ["letters", get({ method: "getSms", phone: "abcdefghijk" }), 400, "InvalidPhone", notValid],
  ["too short", get({ method: "getSms", phone: "86138" }), 400, "InvalidPhone"],
  ["too long for CN", get({ method: "getSms", phone: "861380013800099" }), 400, "InvalidPhone"],
  ["CN landline", get({ method: "getSms", phone: "861062345678" }), 400, "InvalidPhone"],
  ["bare 11 digits, unassigned mainland prefix", get({ method: "getSms", phone: "12000138000" }), 400, "InvalidPhone", notValid],
  ["bare 10 digits", get({ method: "getSms", phone: "1380013800" }), 400, "InvalidPhone", notValid],
  ["bare 12 digits starting with 1", get({ method: "getSms", phone: "138001380001" }), 400, "InvalidPhone", notValid],
  ["unassigned CN prefix", get({ method: "getSms", phone: "8612000138000" }), 400, "InvalidPhone"],
  ["country code only", get({ method: "getSms", phone: "+86" }), 400, "InvalidPhone"],
  ["double plus", get({ method: "getSms", phone: "++8613800138000" }), 400, "InvalidPhone"],
  ["embedded letters", get({ method: "getSms", phone: "86138OO138000" }), 400, "InvalidPhone"],
  ["unknown country code", get({ method: "getSms", phone: "+99913800138000" }), 400, "InvalidPhone"],
  ["non-geographic number", get({ method: "getSms", phone: "+800 1234 5678" }), 400, "InvalidPhone", notValid],
  ["Hong Kong landline", get({ method: "getSms", phone: "+852 2123 4567" }), 400, "InvalidPhone", notValid],
  // valid mobiles of regions not served (default: CN only)
  ["UK mobile", get({ method: "getSms", phone: "+447400123456" }), 400, "InvalidPhone", notServed("GB")],
  ["Hong Kong mobile", get({ method: "getSms", phone: "+852 5123 4567" }), 400, "InvalidPhone", notServed("HK")],
  ["Macao mobile", form("method=getSms&phone=85366123456"), 400, "InvalidPhone", notServed("MO")],
  ["Taiwan mobile", json({ method: "getSms", phone: "+886 912 345 678" }), 400, "InvalidPhone", notServed("TW")],
  ["US number", get({ method: "getSms", phone: "+12025550123" }), 400, "InvalidPhone", notServed("US")],
  [
    "bare 11 digits that are not a mainland mobile read as +1",
    get({ method: "getSms", phone: "12025550123" }),
    400,
    "InvalidPhone",
    notServed("US"),
  ],
  ["Kazakhstan mobile under +7", get({ method: "getSms", phone: "0077012345678" }), 400, "InvalidPhone", notServed("KZ")],
  [
    "login for a region not served",
    json({ method: "login", phone: "+85251234567", code: "123456" }),
    400,
    "InvalidPhone",
    notServed("HK"),
  ],
  ["login with invalid phone", json({ method: "login", phone: "12", code: "123456" }), 400, "InvalidPhone"],
  // code
  ["login code missing", json({ method: "login", phone: "8613800138000" }), 400, "MissingCode"],
  ["login code empty", json({ method: "login", phone: "8613800138000", code: "" }), 400, "MissingCode"],
  ["login code 5 digits", json({ method: "login", phone: "8613800138000", code: "12345" }), 400, "InValidParam"],
  ["login code 7 digits", json({ method: "login", phone: "8613800138000", code: "1234567" }), 400, "InValidParam"],
  ["login code letters", form("method=login&phone=8613800138000&code=abcdef"), 400, "InValidParam"],
  ["login code object", json({ method: "login", phone: "8613800138000", code: { a: 1 } }), 400, "InValidParam"],
  ["login code too long", json({ method: "login", phone: "8613800138000", code: "1".repeat(64) }), 400, "InValidParam"],
  ["login never sent", json({ method: "login", phone: "8613800138777", code: "123456" }), 400, "CodeHasExpired"],
  // bodies
  ["malformed JSON", post('{"method":', "application/json"), 400, "InValidParam"],
  ["JSON array body", post("[1,2]", "application/json"), 400, "InValidParam"],
  ["JSON string body", post('"getSms"', "application/json"), 400, "InValidParam"],
  ["JSON null body", post("null", "application/json"), 400, "InValidParam"],
  ["empty JSON body", post("", "application/json"), 400, "InValidParam"],
  ["empty form body", form(""), 400, "InValidParam"],
  ["body not a string", post({ method: "getSms" }, "application/json"), 400, "InValidParam"],
  ["body over 8 KB", json({ method: "getSms", phone: "8613800138000", pad: big }), 413, "PayloadTooLarge"],
  ["form over 8 KB", form(`method=getSms&phone=8613800138000&pad=${big}`), 413, "PayloadTooLarge"],
  [
    "multibyte body over 8 KB",
    json({ method: "getSms", phone: "8613800138000", pad: "验".repeat(3000) }),
    413,
    "PayloadTooLarge",
  ],
  ["unsupported content type", post("<x/>", "application/xml"), 415, "UnsupportedMediaType"],
  ["multipart", post("--b\r\n", "multipart/form-data; boundary=b"), 415, "UnsupportedMediaType"],
  // base64 (API Gateway)
  ["bad base64 characters", apigw("!!!not-base64!!!", true), 400, "InValidParam"],
  ["bad base64 length", apigw("bWV0aG9k=", true), 400, "InValidParam"],
  ["base64 of malformed JSON", apigw(Buffer.from("{oops").toString("base64"), true, "application/json"), 400, "InValidParam"],
  ["base64 over 8 KB", apigw(Buffer.from(`method=getSms&pad=${big}`).toString("base64"), true), 413, "PayloadTooLarge"],
  ["base64 flag as string", apigw(Buffer.from("method=nope").toString("base64"), "true"), 400, "InValidParam"],
  ["apigw form missing phone", apigw("method=getSms", false), 400, "InValidParam"],
  // duplicate parameters: refused wherever they appear (one rule for every layer)
  [
    "query string with phone twice",
    get("method=getSms&phone=8613800138000&phone=8613900139000"),
    400,
    "InValidParam",
    duplicated("phone"),
  ],
  [
    "query object with an array of two phones",
    get({ method: "getSms", phone: ["8613800138000", "8613900139000"] }),
    400,
    "InValidParam",
    duplicated("phone"),
  ],
  ["form with method twice", form("method=getSms&method=login&phone=8613800138000"), 400, "InValidParam", duplicated("method")],
  [
    "JSON with phone twice",
    post('{"method":"getSms","phone":"8613800138000","phone":"8613900139000"}', "application/json"),
    400,
    "InValidParam",
    duplicated("phone"),
  ],
  [
    "JSON with a repeated key after nesting",
    post('{"x":{"phone":"1"},"method":"getSms","phone":"8613800138000","method":"login"}', "application/json"),
    400,
    "InValidParam",
    duplicated("method"),
  ],
  [
    "JSON with the repeat spelled with an escape",
    post('{"method":"getSms","phone":"8613800138000","\\u0070hone":"8613900139000"}', "application/json"),
    400,
    "InValidParam",
    duplicated("phone"),
  ],
  [
    "JSON with whitespace before the colon and a value quoting a key",
    post('{"method":"getSms", "x":"\\"phone\\":1", "phone"\n\t :"8613800138000","phone" : "8613900139000"}', "application/json"),
    400,
    "InValidParam",
    duplicated("phone"),
  ],
  [
    "phone in query and body",
    post("method=getSms&phone=8613800138000", "application/x-www-form-urlencoded", { queryString: { phone: "8613900139000" } }),
    400,
    "InValidParam",
    duplicated("phone"),
  ],
  // query size
  [
    "20 MB query string",
    get(`method=getSms&phone=8613800138000&pad=${"a".repeat(20 * 1024 * 1024)}`),
    413,
    "PayloadTooLarge",
    /query string/,
  ],
  [
    "query object with a 1 MB value",
    get({ method: "getSms", phone: "8613800138000", pad: "a".repeat(1024 * 1024) }),
    413,
    "PayloadTooLarge",
    /query string/,
  ],
  [
    "query object with 100,000 keys",
    get(Object.fromEntries(Array.from({ length: 100000 }, (_, i) => [`k${i}`, "v"]))),
    413,
    "PayloadTooLarge",
    /query string/,
  ],
];

describe("bad input", () => {
  it("has at least 50 cases", () => expect(cases.length).toBeGreaterThanOrEqual(50));

  const rows = cases.map(([name, event, status, codeStr, msg]) => ({ name, event, status, codeStr, msg }));
  // Objects, not arrays: with rows of mixed length jest would pass a `done` callback as `msg`.
  it.each(rows)("$name → $status $codeStr", async ({ event, status, codeStr, msg }) => {
    const reply = await runtime.handle(event, { request_id: "bad-input" });
    expect(reply.statusCode).toBe(status);
    expect(reply.isBase64Encoded).toBe(false);
    const body = replyBody(reply);
    expect(body.codeStr).toBe(codeStr);
    expect(typeof body.msg).toBe("string");
    if (msg) expect(body.msg).toMatch(msg);
    expect(reply.body).not.toMatch(/at .*\.(ts|js):\d+/);
  });

  it("sent no SMS for any of them", () => expect(fixture.sms.requests).toBe(0));
});
