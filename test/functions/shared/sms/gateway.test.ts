// SmsGateway (batch SendSms, PullSmsSendStatus, error normalisation) with the real SDK against the endpoint double.
import { SmsGateway, SmsGatewayError, maxNumbersPerSendSms, type SmsGatewayConfig } from "../../../../functions/shared/sms";
import { credentialFromScfEnvironment } from "../../../../functions/shared/tencent/credential";
import { startSmsEndpoint, type SmsEndpoint } from "../../../support/sms-endpoint";

const secretId = "AKIDgatewayTestKey";
const secretKey = "gateway-test-secret-key";
const env: NodeJS.ProcessEnv = { TENCENTCLOUD_SECRETID: secretId, TENCENTCLOUD_SECRETKEY: secretKey };
const numbers = (count: number, start = 13800000000) => Array.from({ length: count }, (_, i) => `+86${start + i}`);

describe("SmsGateway", () => {
  let endpoint: SmsEndpoint;
  let config: SmsGatewayConfig;
  let gateway: SmsGateway;

  beforeAll(async () => {
    endpoint = await startSmsEndpoint({ secretId, secretKey });
    config = { sdkAppId: "1400654321", signName: "Greetings", region: "ap-guangzhou", endpoint: endpoint.url, timeoutSeconds: 1 };
    gateway = new SmsGateway(config, credentialFromScfEnvironment(env));
  });
  afterEach(() => endpoint.reset());
  afterAll(() => endpoint.stop());

  async function caught(promise: Promise<unknown>): Promise<SmsGatewayError> {
    try {
      await promise;
    } catch (error) {
      if (error instanceof SmsGatewayError) return error;
      throw error;
    }
    throw new Error("expected an SmsGatewayError");
  }

  it("sends a full batch of 200 numbers in one call with a status per number, in order", async () => {
    const batch = numbers(maxNumbersPerSendSms);
    const statuses = await gateway.sendSms({ phoneNumbers: batch, templateId: "99", templateParams: ["Li Lei"] });

    expect(statuses.map((s) => s.phoneNumber)).toEqual(batch);
    expect(statuses.every((s) => s.ok && s.code === "Ok" && s.fee === 1)).toBe(true);
    expect(new Set(statuses.map((s) => s.serialNo)).size).toBe(batch.length);
    expect(endpoint.sent).toHaveLength(1);
    expect(endpoint.sent[0].phoneNumbers).toEqual(batch);
    expect(endpoint.sent[0].serialNos).toEqual(statuses.map((s) => s.serialNo));
    expect(endpoint.sent[0].sessionToken).toBeUndefined();
  });

  it("returns per-number failures inside a successful answer and records only the accepted numbers", async () => {
    const batch = numbers(3);
    endpoint.setBehaviour({
      kind: "perNumberError",
      code: "InvalidParameterValue.IncorrectPhoneNumber",
      phoneNumbers: [batch[1]],
    });
    const statuses = await gateway.sendSms({ phoneNumbers: batch, templateId: "99", templateParams: [] });

    expect(statuses.map((s) => [s.phoneNumber, s.ok, s.code])).toEqual([
      [batch[0], true, "Ok"],
      [batch[1], false, "InvalidParameterValue.IncorrectPhoneNumber"],
      [batch[2], true, "Ok"],
    ]);
    expect(statuses[1]).toMatchObject({ fee: 0 });
    expect(statuses[1].serialNo).toBeUndefined();
    expect(endpoint.sent[0].phoneNumbers).toEqual([batch[0], batch[2]]);
  });

  it("refuses more than 200 numbers before calling the API", async () => {
    const error = await caught(gateway.sendSms({ phoneNumbers: numbers(201), templateId: "99", templateParams: [] }));
    expect(error).toMatchObject({ code: "InvalidRequest", transient: false, source: "client" });
    expect(endpoint.requests).toBe(0);
  });

  it("throws provider API errors with their code, RequestId and whether a retry may help", async () => {
    endpoint.setBehaviour({ kind: "apiError", code: "InternalError.Timeout", message: "backend timeout" }, { times: 1 });
    const internal = await caught(gateway.sendSms({ phoneNumbers: numbers(1), templateId: "99", templateParams: [] }));
    expect(internal).toMatchObject({
      code: "InternalError.Timeout",
      transient: true,
      source: "provider",
      message: "backend timeout",
    });
    expect(internal.requestId).toMatch(/^[0-9a-f-]{36}$/);

    endpoint.setBehaviour({ kind: "apiError", code: "FailedOperation.SignatureIncorrectOrUnapproved" }, { times: 1 });
    const refused = await caught(gateway.sendSms({ phoneNumbers: numbers(1), templateId: "99", templateParams: [] }));
    expect(refused).toMatchObject({
      code: "FailedOperation.SignatureIncorrectOrUnapproved",
      transient: false,
      source: "provider",
    });
  });

  it("classifies HTTP 5xx and timeouts as transient transport failures", async () => {
    endpoint.setBehaviour({ kind: "httpError", status: 503 }, { times: 1 });
    expect(await caught(gateway.sendSms({ phoneNumbers: numbers(1), templateId: "99", templateParams: [] }))).toMatchObject({
      code: "HttpStatus503",
      transient: true,
      source: "transport",
    });
    endpoint.setBehaviour({ kind: "timeout" }, { times: 1 });
    expect(await caught(gateway.sendSms({ phoneNumbers: numbers(1), templateId: "99", templateParams: [] }))).toMatchObject({
      code: "RequestTimeout",
      transient: true,
      source: "transport",
    });
  });

  it("lets a slow endpoint answer within the timeout", async () => {
    endpoint.setDelay(200);
    const [status] = await gateway.sendSms({ phoneNumbers: numbers(1), templateId: "99", templateParams: [] });
    expect(status.ok).toBe(true);
  });

  it("pulls each delivery receipt exactly once, with failed deliveries reported as such", async () => {
    const sent = await gateway.sendSms({ phoneNumbers: numbers(3, 13900000000), templateId: "99", templateParams: [] });
    endpoint.markDeliveryFailed(sent[2].serialNo!, "MK:0001");

    const first = await gateway.pullSendStatus(2);
    const second = await gateway.pullSendStatus(100);
    const third = await gateway.pullSendStatus(100);

    expect(first.map((r) => r.serialNo)).toEqual([sent[0].serialNo, sent[1].serialNo]);
    expect(second.map((r) => r.serialNo)).toEqual([sent[2].serialNo]);
    expect(third).toEqual([]);
    expect(first[0]).toMatchObject({
      phoneNumber: "+8613900000000",
      countryCode: "86",
      subscriberNumber: "13900000000",
      delivered: true,
      reportStatus: "SUCCESS",
    });
    expect(first[0].receivedAt).toBeInstanceOf(Date);
    expect(second[0]).toMatchObject({ delivered: false, reportStatus: "FAIL", description: "MK:0001" });
  });

  it("only pulls receipts of its own SdkAppId", async () => {
    const other = new SmsGateway({ ...config, sdkAppId: "1400999999" }, credentialFromScfEnvironment(env));
    await other.sendSms({ phoneNumbers: numbers(1), templateId: "99", templateParams: [] });
    expect(await gateway.pullSendStatus(100)).toEqual([]);
    expect(await other.pullSendStatus(100)).toHaveLength(1);
  });

  it("rejects a timeout that is not a positive number", () => {
    expect(() => new SmsGateway({ ...config, timeoutSeconds: 0 }, credentialFromScfEnvironment(env))).toThrow(/timeoutSeconds/);
  });
});
