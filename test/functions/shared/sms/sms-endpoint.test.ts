// The endpoint double must refuse what Tencent would refuse, or every SMS test above proves nothing.
// Requests are produced by the real SDK and altered in flight by a proxy.
import { SmsGateway, SmsGatewayError, type SmsGatewayConfig } from "../../../../functions/shared/sms";
import { credentialFromScfEnvironment } from "../../../../functions/shared/tencent/credential";
import { startSmsEndpoint, type SmsEndpoint } from "../../../support/sms-endpoint";
import { startTamperingProxy, type InterceptedRequest } from "./tampering-proxy";

const secretId = "AKIDendpointTestKey";
const secretKey = "endpoint-test-secret-key";
const env: NodeJS.ProcessEnv = { TENCENTCLOUD_SECRETID: secretId, TENCENTCLOUD_SECRETKEY: secretKey };
const request = { phoneNumbers: ["+8613800138000"], templateId: "1001", templateParams: ["246810", "5"] };

describe("SMS endpoint double", () => {
  let endpoint: SmsEndpoint;
  let config: SmsGatewayConfig;

  beforeAll(async () => {
    endpoint = await startSmsEndpoint({ secretId, secretKey });
    config = { sdkAppId: "1400111222", signName: "Check", region: "ap-guangzhou", endpoint: endpoint.url, timeoutSeconds: 2 };
  });
  afterEach(() => endpoint.reset());
  afterAll(() => endpoint.stop());

  async function sendThrough(tamper: (r: InterceptedRequest) => InterceptedRequest): Promise<unknown> {
    const proxy = await startTamperingProxy(endpoint.url, tamper);
    try {
      const gateway = new SmsGateway({ ...config, endpoint: proxy.url }, credentialFromScfEnvironment(env));
      return await gateway.sendSms(request).catch((error: unknown) => error);
    } finally {
      await proxy.stop();
    }
  }

  it("accepts an untouched request relayed by the proxy (control case)", async () => {
    const result = await sendThrough((r) => r);
    expect(result).toEqual([expect.objectContaining({ ok: true })]);
    expect(endpoint.sent).toHaveLength(1);
  });

  it("refuses a request whose body was changed after signing", async () => {
    const result = await sendThrough((r) => ({
      ...r,
      body: Buffer.from(r.body.toString().replace("+8613800138000", "+8613900139000")),
    }));
    expect(result).toBeInstanceOf(SmsGatewayError);
    expect(result).toMatchObject({ code: "AuthFailure.SignatureFailure" });
    expect(endpoint.signatureFailures).toBe(1);
    expect(endpoint.sent).toHaveLength(0);
  });

  it("refuses a request whose signed timestamp was changed", async () => {
    const result = await sendThrough((r) => ({
      ...r,
      headers: { ...r.headers, "x-tc-timestamp": String(Number(r.headers["x-tc-timestamp"]) + 1) },
    }));
    expect(result).toMatchObject({ code: "AuthFailure.SignatureFailure" });
    expect(endpoint.signatureFailures).toBe(1);
  });

  it("refuses a replayed request from outside the 5-minute window", async () => {
    const result = await sendThrough((r) => ({
      ...r,
      headers: { ...r.headers, "x-tc-timestamp": String(Number(r.headers["x-tc-timestamp"]) - 600) },
    }));
    expect(result).toMatchObject({ code: "AuthFailure.SignatureExpire" });
    expect(endpoint.signatureFailures).toBe(1);
  });

  it("refuses a request signed for another Host", async () => {
    const result = await sendThrough((r) => ({ ...r, headers: { ...r.headers, host: "sms.ap-beijing.tencentcloudapi.com" } }));
    expect(result).toMatchObject({ code: "AuthFailure.SignatureFailure" });
  });

  it("refuses a request without Authorization", async () => {
    const result = await sendThrough((r) => {
      const headers = { ...r.headers };
      delete headers.authorization;
      return { ...r, headers };
    });
    expect(result).toMatchObject({ code: "AuthFailure.SignatureFailure" });
    expect(endpoint.signatureFailures).toBe(1);
  });

  it("refuses an API version other than 2021-01-11", async () => {
    const result = await sendThrough((r) => ({ ...r, headers: { ...r.headers, "x-tc-version": "2019-07-11" } }));
    expect(result).toMatchObject({ code: "NoSuchVersion" });
    expect(endpoint.signatureFailures).toBe(0);
  });

  it("refuses a session token when none was issued", async () => {
    const result = await sendThrough((r) => ({ ...r, headers: { ...r.headers, "x-tc-token": "made-up" } }));
    expect(result).toMatchObject({ code: "AuthFailure.TokenFailure" });
    expect(endpoint.signatureFailures).toBe(1);
  });

  it("refuses an unsupported region", async () => {
    const gateway = new SmsGateway({ ...config, region: "ap-shanghai" }, credentialFromScfEnvironment(env));
    await expect(gateway.sendSms(request)).rejects.toMatchObject({ code: "UnsupportedRegion" });
  });

  it.each([
    [
      "a number without +country code",
      { ...request, phoneNumbers: ["13800138000"] },
      "InvalidParameterValue.IncorrectPhoneNumber",
    ],
    ["an empty template id", { ...request, templateId: "" }, "MissingParameter"],
  ])("validates SendSms fields: %s", async (_case, body, code) => {
    const gateway = new SmsGateway(config, credentialFromScfEnvironment(env));
    await expect(gateway.sendSms(body)).rejects.toMatchObject({ code, source: "provider" });
    expect(endpoint.refused.map((r) => r.code)).toEqual([code]);
    expect(endpoint.signatureFailures).toBe(0);
  });

  it("refuses an empty sign name", async () => {
    const gateway = new SmsGateway({ ...config, signName: "" }, credentialFromScfEnvironment(env));
    await expect(gateway.sendSms(request)).rejects.toMatchObject({ code: "MissingParameter" });
  });

  it("goes back to normal after a behaviour's `times` is used up", async () => {
    endpoint.setBehaviour({ kind: "httpError", status: 502 }, { times: 2 });
    const gateway = new SmsGateway(config, credentialFromScfEnvironment(env));
    const results = [];
    for (let i = 0; i < 3; i += 1)
      results.push(
        await gateway.sendSms(request).then(
          () => "ok",
          (e: SmsGatewayError) => e.code,
        ),
      );
    expect(results).toEqual(["HttpStatus502", "HttpStatus502", "ok"]);
  });
});
