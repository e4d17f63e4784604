// Thin typed layer over the real Tencent SMS SDK client (tencentcloud-sdk-nodejs-sms, API 2021-01-11).
// The client profile (endpoint, protocol, timeout) and the credential read per call come from the
// shared Tencent API client (../tencent/api-client.ts); this layer turns every SDK failure into an
// SmsGatewayError with a stable code and surfaces per-number results — the SDK resolves
// successfully even when every number in SendStatusSet failed.
import type { Client } from "tencentcloud-sdk-nodejs-sms/tencentcloud/services/sms/v20210111/sms_client";
import type { SendStatus, PullSmsSendStatus } from "tencentcloud-sdk-nodejs-sms/tencentcloud/services/sms/v20210111/sms_models";
import { TencentApiClient, type TencentApiDescription } from "../tencent/api-client";
import type { CredentialSource } from "../tencent/credential";
import { SmsGatewayError, gatewayErrorFromSdk, smsApiErrors } from "./gateway-error";
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

export const defaultSmsApiHost = "sms.tencentcloudapi.com";

/** The SMS API (2021-01-11) as the shared Tencent API client calls it. */
export const smsApi: TencentApiDescription = { host: defaultSmsApiHost, ...smsApiErrors };

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
  private readonly api: TencentApiClient;

  constructor(
    private readonly config: SmsGatewayConfig,
    credential: CredentialSource,
  ) {
    this.api = new TencentApiClient(smsApi, config, credential);
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

  // A client per call with the credential read just now (SCF rotates role keys); a missing
  // credential is an SmsGatewayError "CredentialMissing" before anything is sent.
  private client(): Client {
    let config;
    try {
      config = this.api.clientConfig();
    } catch (error) {
      throw gatewayErrorFromSdk(error);
    }
    return new (smsClient())(config);
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
