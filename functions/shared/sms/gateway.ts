// Thin typed layer over the real Tencent SMS SDK client (tencentcloud-sdk-nodejs-sms, API 2021-01-11).
// It owns the client profile (endpoint, protocol, timeout), reads credentials per call, turns every
// SDK failure into an SmsGatewayError with a stable code, and surfaces per-number results — the SDK
// resolves successfully even when every number in SendStatusSet failed.
import type { Client } from "tencentcloud-sdk-nodejs-sms/tencentcloud/services/sms/v20210111/sms_client";
import type { SendStatus, PullSmsSendStatus } from "tencentcloud-sdk-nodejs-sms/tencentcloud/services/sms/v20210111/sms_models";
import { SmsCredentialError, type SmsCredential } from "./credentials";
import { routeForEndpoint, type SdkHttpRoute } from "./endpoint-route";
import { SmsGatewayError, gatewayErrorFromSdk } from "./gateway-error";
import { loadOnFirstUse } from "../load-on-first-use";

export { SmsGatewayError } from "./gateway-error";
export type { SmsFailureSource } from "./gateway-error";

export interface SmsGatewayConfig {
  sdkAppId: string;
  signName: string;
  /** e.g. ap-guangzhou; choosing the default is the caller's job. */
  region: string;
  /** Optional override like "http://127.0.0.1:9000" (protocol + host[:port]); default is the public SMS API. */
  endpoint?: string;
  /** SDK request timeout (seconds, fractions allowed); must stay below the function timeout. */
  timeoutSeconds: number;
}

/** One SendSms call: at most 200 numbers, E.164 ("+8613800138000"), one template and its parameters. */
export interface SendSmsRequest {
  phoneNumbers: string[];
  templateId: string;
  templateParams: string[];
  /** Another approved signature than the configured one (international vs domestic content). */
  signName?: string;
  /** Echoed back in the SendSms status and in the delivery receipt (≤ 512 bytes). */
  sessionContext?: string;
}

export interface NumberStatus {
  phoneNumber: string;
  /** Code === "Ok". */
  ok: boolean;
  code: string;
  message: string;
  serialNo?: string;
  /** Billed SMS units (a long message counts several). */
  fee: number;
}

/** One delivery report from PullSmsSendStatus. Each report is handed out once by the provider. */
export interface DeliveryReceipt {
  serialNo: string;
  phoneNumber: string;
  countryCode: string;
  subscriberNumber: string;
  /** ReportStatus === "SUCCESS". */
  delivered: boolean;
  /** Raw ReportStatus: SUCCESS or FAIL. */
  reportStatus: string;
  description: string;
  /** When the handset received it (UserReceiveTime, UNIX seconds); absent if not reported. */
  receivedAt?: Date;
  sessionContext: string;
}

export const maxNumbersPerSendSms = 200;
export const maxReceiptsPerPull = 100;

type SmsClientClass = typeof import("tencentcloud-sdk-nodejs-sms/tencentcloud/services/sms/v20210111/sms_client").Client;

/**
 * The SDK (with node-fetch, bignumber.js and the HTTPS stack) is loaded on the first call that
 * needs it rather than when the function is loaded: a cold container that only checks codes never
 * pays for it. In the esbuild bundle this require stays lazy (the module body runs on first call).
 */
const smsClient = loadOnFirstUse(() => {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const sdk = require("tencentcloud-sdk-nodejs-sms/tencentcloud/services/sms/v20210111/sms_client") as { Client: SmsClientClass };
  return sdk.Client;
});

export class SmsGateway {
  private readonly route: SdkHttpRoute;

  constructor(
    private readonly config: SmsGatewayConfig,
    private readonly getCredential: () => SmsCredential,
  ) {
    if (!(config.timeoutSeconds > 0)) throw new Error("SMS gateway timeoutSeconds must be a positive number");
    this.route = routeForEndpoint(config.endpoint);
  }

  async sendSms(req: SendSmsRequest): Promise<NumberStatus[]> {
    const count = req.phoneNumbers.length;
    if (count === 0 || count > maxNumbersPerSendSms) {
      throw invalidRequest(`SendSms takes 1..${maxNumbersPerSendSms} phone numbers, got ${count}`);
    }
    const client = this.client();
    let statuses: SendStatus[];
    try {
      const response = await client.SendSms({
        SmsSdkAppId: this.config.sdkAppId,
        SignName: req.signName ?? this.config.signName,
        TemplateId: req.templateId,
        PhoneNumberSet: req.phoneNumbers,
        TemplateParamSet: req.templateParams,
        ...(req.sessionContext ? { SessionContext: req.sessionContext } : {}),
      });
      statuses = response.SendStatusSet ?? [];
    } catch (error) {
      throw gatewayErrorFromSdk(error);
    }
    if (statuses.length !== count) {
      throw new SmsGatewayError({
        code: "MalformedResponse",
        message: `SendSms answered ${statuses.length} statuses for ${count} numbers`,
        transient: true,
        source: "transport",
        mayHaveSent: true,
      });
    }
    return statuses.map((status, i) => toNumberStatus(status, req.phoneNumbers[i]));
  }

  /** PullSmsSendStatus for this SdkAppId; `limit` is clamped to the API's 1..100. */
  async pullSendStatus(limit: number): Promise<DeliveryReceipt[]> {
    const client = this.client();
    try {
      const response = await client.PullSmsSendStatus({
        SmsSdkAppId: this.config.sdkAppId,
        Limit: Math.min(maxReceiptsPerPull, Math.max(1, Math.floor(limit))),
      });
      return (response.PullSmsSendStatusSet ?? []).map(toDeliveryReceipt);
    } catch (error) {
      throw gatewayErrorFromSdk(error);
    }
  }

  // A client per call with the credential read just now: SCF rotates role keys, and an exception
  // thrown inside the SDK's own credential-provider hook would come back as an anonymous transport
  // error. Building a client is only object set-up; no connection is opened here.
  private client(): Client {
    let credential: SmsCredential;
    try {
      credential = this.getCredential();
    } catch (error) {
      const message = error instanceof SmsCredentialError ? error.message : "SMS credentials unavailable";
      throw new SmsGatewayError({ code: "CredentialMissing", message, transient: false, source: "client" });
    }
    const Client = smsClient();
    return new Client({
      credential: { secretId: credential.secretId, secretKey: credential.secretKey, token: credential.token },
      region: this.config.region,
      profile: {
        signMethod: "TC3-HMAC-SHA256",
        httpProfile: {
          reqMethod: "POST",
          endpoint: this.route.endpoint,
          protocol: this.route.protocol,
          reqTimeout: this.config.timeoutSeconds,
          ...(this.route.agent ? { agent: this.route.agent } : {}),
        },
      },
    });
  }
}

function invalidRequest(message: string): SmsGatewayError {
  return new SmsGatewayError({ code: "InvalidRequest", message, transient: false, source: "client" });
}

function toNumberStatus(status: SendStatus, requested: string): NumberStatus {
  const code = status.Code ?? "MissingCode";
  const result: NumberStatus = {
    phoneNumber: status.PhoneNumber ?? requested,
    ok: code === "Ok",
    code,
    message: status.Message ?? "",
    fee: typeof status.Fee === "number" ? status.Fee : 0,
  };
  if (status.SerialNo) result.serialNo = status.SerialNo;
  return result;
}

function toDeliveryReceipt(report: PullSmsSendStatus): DeliveryReceipt {
  const receipt: DeliveryReceipt = {
    serialNo: report.SerialNo ?? "",
    phoneNumber: report.PhoneNumber ?? "",
    countryCode: report.CountryCode ?? "",
    subscriberNumber: report.SubscriberNumber ?? "",
    delivered: report.ReportStatus === "SUCCESS",
    reportStatus: report.ReportStatus ?? "",
    description: report.Description ?? "",
    sessionContext: report.SessionContext ?? "",
  };
  if (typeof report.UserReceiveTime === "number" && report.UserReceiveTime > 0) {
    receipt.receivedAt = new Date(report.UserReceiveTime * 1000);
  }
  return receipt;
}
