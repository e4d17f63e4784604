// CaptchaClient through the real tencentcloud-sdk-nodejs-common CommonClient against the local
// DescribeCaptchaResult endpoint, which checks the TC3 signature (service "captcha").
import { CaptchaClient } from "../../../../functions/shared/captcha/captcha-client";
import { startCaptchaEndpoint, type CaptchaEndpoint } from "../../../support/captcha-endpoint";

const role = { secretId: "AKIDcaptchatest0001", secretKey: "captcha-test-secret-key", token: "captcha-session-token" };
const appId = 190000001;
const appSecretKey = "captcha-app-secret-key-0001";
let endpoint: CaptchaEndpoint;

beforeAll(async () => {
  endpoint = await startCaptchaEndpoint({
    secretId: role.secretId,
    secretKey: role.secretKey,
    sessionToken: role.token,
    appId,
    appSecretKey,
  });
});

afterAll(() => endpoint.stop());

const client = (overrides: { appId?: number; key?: string; secretKey?: string; timeoutSeconds?: number } = {}) =>
  new CaptchaClient(
    { appId: overrides.appId ?? appId, endpoint: endpoint.url, timeoutSeconds: overrides.timeoutSeconds ?? 2 },
    () => ({ ...role, secretKey: overrides.secretKey ?? role.secretKey }),
    () => overrides.key ?? appSecretKey,
  );

it("passes a fresh ticket once, sending the client's address, and refuses its reuse (9)", async () => {
  const ticket = endpoint.issueTicket();
  expect(await client().verify({ ...ticket, userIp: "203.0.113.5" })).toEqual({ kind: "passed" });
  expect(endpoint.checks[endpoint.checks.length - 1]).toMatchObject({
    ticket: ticket.ticket,
    userIp: "203.0.113.5",
    captchaCode: 1,
  });
  expect(await client().verify({ ...ticket, userIp: "203.0.113.5" })).toEqual({
    kind: "failed",
    reason: "ticketReused",
    captchaCode: 9,
  });
});

it.each([
  ["randstrMismatch", 7, () => ({ ...endpoint.issueTicket(), randstr: "@wrong" }), {}],
  ["ticketExpired", 8, () => endpoint.issueTicket({ expired: true }), {}],
  ["decryptFailed", 15, () => ({ ticket: "t03-not-issued", randstr: "@x" }), {}],
  ["appIdMismatch", 16, () => endpoint.issueTicket(), { appId: 190000002 }],
  ["riskTicket", 21, () => endpoint.issueTicket({ risky: true }), {}],
  ["keyMismatch", 100, () => endpoint.issueTicket(), { key: "not-the-key" }],
] as const)("maps CaptchaCode %s (%i) to a stable reason", async (reason, code, ticket, overrides) => {
  expect(await client(overrides).verify({ ...ticket(), userIp: "203.0.113.5" })).toEqual({
    kind: "failed",
    reason,
    captchaCode: code,
  });
});

it("reports the API as unavailable on a bad signature, HTTP 5xx and no answer — never as passed", async () => {
  const userIp = "203.0.113.5";
  expect(await client({ secretKey: "wrong" }).verify({ ...endpoint.issueTicket(), userIp })).toEqual({
    kind: "unavailable",
    code: "AuthFailure.SignatureFailure",
    transient: false,
  });
  expect(endpoint.signatureFailures).toBeGreaterThan(0);
  endpoint.setBehaviour({ kind: "httpError", status: 502 }, { times: 1 });
  expect(await client().verify({ ...endpoint.issueTicket(), userIp })).toEqual({
    kind: "unavailable",
    code: "HttpStatus502",
    transient: true,
  });
  endpoint.setBehaviour({ kind: "timeout" }, { times: 1 });
  expect(await client({ timeoutSeconds: 0.5 }).verify({ ...endpoint.issueTicket(), userIp })).toEqual({
    kind: "unavailable",
    code: "RequestTimeout",
    transient: true,
  });
});

it("treats the API's rate cap like Tencent's other APIs do: HTTP 429 and RequestLimitExceeded.* are transient", async () => {
  const userIp = "203.0.113.5";
  endpoint.setBehaviour({ kind: "httpError", status: 429 }, { times: 1 });
  expect(await client().verify({ ...endpoint.issueTicket(), userIp })).toEqual({
    kind: "unavailable",
    code: "HttpStatus429",
    transient: true,
  });
  endpoint.setBehaviour({ kind: "apiError", code: "RequestLimitExceeded.UinLimitExceeded" }, { times: 1 });
  expect(await client().verify({ ...endpoint.issueTicket(), userIp })).toEqual({
    kind: "unavailable",
    code: "RequestLimitExceeded.UinLimitExceeded",
    transient: true,
  });
  endpoint.setBehaviour({ kind: "apiError", code: "AuthFailure.UnauthorizedOperation" }, { times: 1 });
  expect(await client().verify({ ...endpoint.issueTicket(), userIp })).toEqual({
    kind: "unavailable",
    code: "AuthFailure.UnauthorizedOperation",
    transient: false,
  });
});
