// tencentSmsSender through the real Tencent SDK against the local signature-checking endpoint.
import { SmsGateway, consoleSmsSender, tencentSmsSender, type SmsGatewayConfig } from "../../../../functions/shared/sms";
import { credentialFromScfEnvironment } from "../../../../functions/shared/tencent/credential";
import { startSmsEndpoint, type SmsEndpoint } from "../../../support/sms-endpoint";

const secretId = "AKIDsenderTestRoleKey";
const secretKey = "sender-test-secret-key";
const sessionToken = "sender-test-session-token";
const phone = "+8613800138000";

function scfEnv(overrides: Partial<Record<string, string>> = {}): NodeJS.ProcessEnv {
  return {
    TENCENTCLOUD_SECRETID: secretId,
    TENCENTCLOUD_SECRETKEY: secretKey,
    TENCENTCLOUD_SESSIONTOKEN: sessionToken,
    ...overrides,
  };
}

describe("tencentSmsSender", () => {
  let endpoint: SmsEndpoint;
  let config: SmsGatewayConfig;

  beforeAll(async () => {
    endpoint = await startSmsEndpoint({ secretId, secretKey, sessionToken });
    config = { sdkAppId: "1400123456", signName: "TestSign", region: "ap-guangzhou", endpoint: endpoint.url, timeoutSeconds: 1 };
  });
  afterEach(() => endpoint.reset());
  afterAll(() => endpoint.stop());

  function sender(env: NodeJS.ProcessEnv = scfEnv()) {
    return tencentSmsSender(new SmsGateway(config, credentialFromScfEnvironment(env)), "2233445");
  }

  it("sends one SMS and the endpoint records exactly what was sent", async () => {
    const outcome = await sender().send({ phoneNumber: phone, templateParams: ["493817", "5"] });

    expect(endpoint.sent).toHaveLength(1);
    const [record] = endpoint.sent;
    expect(record).toMatchObject({
      action: "SendSms",
      sdkAppId: "1400123456",
      signName: "TestSign",
      templateId: "2233445",
      phoneNumbers: [phone],
      templateParams: ["493817", "5"],
    });
    expect(outcome).toEqual({ ok: true, serialNo: record.serialNos[0], fee: 1 });
    expect(endpoint.signatureFailures).toBe(0);
  });

  it("forwards the role's session token as X-TC-Token", async () => {
    await sender().send({ phoneNumber: phone, templateParams: ["1", "5"] });
    expect(endpoint.sent[0].sessionToken).toBe(sessionToken);
  });

  it("is refused with AuthFailure when the session token is missing", async () => {
    const outcome = await sender(scfEnv({ TENCENTCLOUD_SESSIONTOKEN: "" })).send({
      phoneNumber: phone,
      templateParams: ["1", "5"],
    });
    expect(outcome).toMatchObject({ ok: false, reason: "rejected", providerCode: "AuthFailure.TokenFailure" });
    expect(endpoint.signatureFailures).toBe(1);
    expect(endpoint.sent).toHaveLength(0);
  });

  it("reports rejected AuthFailure.SignatureFailure when signed with the wrong secret key", async () => {
    const outcome = await sender(scfEnv({ TENCENTCLOUD_SECRETKEY: "not-the-key" })).send({
      phoneNumber: phone,
      templateParams: ["1", "5"],
    });
    expect(outcome).toMatchObject({ ok: false, reason: "rejected", providerCode: "AuthFailure.SignatureFailure" });
    expect(endpoint.signatureFailures).toBe(1);
    expect(endpoint.sent).toHaveLength(0);
  });

  it("reports an unknown SecretId as rejected", async () => {
    const outcome = await sender(scfEnv({ TENCENTCLOUD_SECRETID: "AKIDsomeoneElse" })).send({
      phoneNumber: phone,
      templateParams: ["1", "5"],
    });
    expect(outcome).toMatchObject({ ok: false, reason: "rejected", providerCode: "AuthFailure.SecretIdNotFound" });
    expect(endpoint.signatureFailures).toBe(1);
  });

  it("re-reads the credential from the environment on every call (rotated role keys)", async () => {
    const env = scfEnv();
    const rotating = sender(env);
    expect((await rotating.send({ phoneNumber: phone, templateParams: ["1", "5"] })).ok).toBe(true);

    env.TENCENTCLOUD_SECRETKEY = "rotated-away";
    expect(await rotating.send({ phoneNumber: phone, templateParams: ["2", "5"] })).toMatchObject({
      ok: false,
      providerCode: "AuthFailure.SignatureFailure",
    });

    env.TENCENTCLOUD_SECRETKEY = secretKey;
    env.TENCENTCLOUD_SESSIONTOKEN = "next-token";
    expect(await rotating.send({ phoneNumber: phone, templateParams: ["3", "5"] })).toMatchObject({
      ok: false,
      providerCode: "AuthFailure.TokenFailure",
    });

    env.TENCENTCLOUD_SESSIONTOKEN = sessionToken;
    expect((await rotating.send({ phoneNumber: phone, templateParams: ["4", "5"] })).ok).toBe(true);
    expect(endpoint.sent.map((r) => r.templateParams[0])).toEqual(["1", "4"]);
    expect(endpoint.signatureFailures).toBe(2);
  });

  it("maps a per-number LimitExceeded code to rateLimited (the SDK itself does not throw)", async () => {
    endpoint.setBehaviour({ kind: "perNumberError", code: "LimitExceeded.PhoneNumberDailyLimit", message: "daily limit" });
    const outcome = await sender().send({ phoneNumber: phone, templateParams: ["1", "5"] });
    expect(outcome).toEqual({
      ok: false,
      reason: "rateLimited",
      providerCode: "LimitExceeded.PhoneNumberDailyLimit",
      message: "daily limit",
    });
    expect(endpoint.sent).toHaveLength(0);
  });

  it("maps any other per-number code to rejected with that provider code", async () => {
    endpoint.setBehaviour({ kind: "perNumberError", code: "FailedOperation.PhoneNumberInBlacklist" });
    const outcome = await sender().send({ phoneNumber: phone, templateParams: ["1", "5"] });
    expect(outcome).toMatchObject({ ok: false, reason: "rejected", providerCode: "FailedOperation.PhoneNumberInBlacklist" });
  });

  it("maps an API-level LimitExceeded error to rateLimited and other API errors to rejected", async () => {
    endpoint.setBehaviour({ kind: "apiError", code: "LimitExceeded.AppDailyLimit" }, { times: 1 });
    expect(await sender().send({ phoneNumber: phone, templateParams: ["1", "5"] })).toMatchObject({
      ok: false,
      reason: "rateLimited",
      providerCode: "LimitExceeded.AppDailyLimit",
    });
    endpoint.setBehaviour({ kind: "apiError", code: "FailedOperation.TemplateUnapprovedOrNotExist" }, { times: 1 });
    expect(await sender().send({ phoneNumber: phone, templateParams: ["1", "5"] })).toMatchObject({
      ok: false,
      reason: "rejected",
      providerCode: "FailedOperation.TemplateUnapprovedOrNotExist",
    });
  });

  it.each([502, 503])("reports HTTP %i as an unknown outcome (the message may have gone out)", async (status) => {
    endpoint.setBehaviour({ kind: "httpError", status }, { times: 1 });
    const outcome = await sender().send({ phoneNumber: phone, templateParams: ["1", "5"] });
    expect(outcome).toMatchObject({ ok: false, reason: "unknown", providerCode: `HttpStatus${status}` });
    expect(endpoint.sent).toHaveLength(0);
  });

  it("reports an endpoint that never answers as an unknown outcome once the SDK timeout expires", async () => {
    endpoint.setBehaviour({ kind: "timeout" }, { times: 1 });
    const outcome = await sender().send({ phoneNumber: phone, templateParams: ["1", "5"] });
    expect(outcome).toMatchObject({ ok: false, reason: "unknown", providerCode: "RequestTimeout" });
    // the injected behaviour was for one request only
    expect((await sender().send({ phoneNumber: phone, templateParams: ["1", "5"] })).ok).toBe(true);
  });

  it("reports a refused connection as unavailable (the request never left)", async () => {
    const gone = await startSmsEndpoint({ secretId, secretKey, sessionToken });
    await gone.stop();
    const gateway = new SmsGateway({ ...config, endpoint: gone.url }, credentialFromScfEnvironment(scfEnv()));
    const outcome = await tencentSmsSender(gateway, "2233445").send({ phoneNumber: phone, templateParams: ["1", "5"] });
    expect(outcome).toMatchObject({ ok: false, reason: "unavailable", providerCode: "NetworkError" });
  });

  it("reports missing role credentials as unavailable without sending, naming the variables", async () => {
    const outcome = await sender({ TENCENTCLOUD_SECRETID: secretId }).send({ phoneNumber: phone, templateParams: ["1", "5"] });
    expect(outcome).toMatchObject({ ok: false, reason: "unavailable", providerCode: "CredentialMissing" });
    if (outcome.ok) throw new Error("unreachable");
    expect(outcome.message).toContain("TENCENTCLOUD_SECRETKEY");
    expect(outcome.message).not.toContain(secretId);
    expect(endpoint.requests).toBe(0);
  });

  it("never puts the secret key or token into an outcome", async () => {
    const outcomes = [
      await sender(scfEnv({ TENCENTCLOUD_SECRETKEY: "wrong" })).send({ phoneNumber: phone, templateParams: ["1", "5"] }),
      await sender().send({ phoneNumber: phone, templateParams: ["1", "5"] }),
    ];
    const text = JSON.stringify(outcomes);
    expect(text).not.toContain(secretKey);
    expect(text).not.toContain(sessionToken);
  });
});

describe("consoleSmsSender", () => {
  it("prints the destination and parameters instead of sending", async () => {
    const lines: string[] = [];
    const outcome = await consoleSmsSender((line) => lines.push(line)).send({
      phoneNumber: phone,
      templateParams: ["123456", "5"],
    });
    expect(outcome).toMatchObject({ ok: true, fee: 0 });
    expect(lines).toHaveLength(1);
    expect(lines[0]).toContain(phone);
    expect(lines[0]).toContain("123456");
  });
});
