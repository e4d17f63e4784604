// Server-side check of a Tencent Captcha ticket: DescribeCaptchaResult (API 2019-07-22, host
// captcha.tencentcloudapi.com) through tencentcloud-sdk-nodejs-common's CommonClient — there is no
// captcha SDK package to install — signed with the role's rotating credential read per call
// (profile, credential and failure codes from the shared Tencent API client, ../tencent/).
// Every answer becomes a CaptchaVerdict value: passed, failed with a stable reason, or unavailable
// (the API could not be asked or did not answer), which the caller turns into fail-open/closed.
import type { CommonClient } from "tencentcloud-sdk-nodejs-common/tencentcloud/common/common_client";
import { TencentApiClient, type TencentApiDescription } from "../tencent/api-client";
import type { CredentialSource } from "../tencent/credential";
import { loadOnFirstUse } from "../load-on-first-use";

export const defaultCaptchaApiHost = "captcha.tencentcloudapi.com";
/**
 * Captcha as the shared Tencent API client calls it. Its transient codes are the ones on which an
 * environment may fail open: the API failing on its side, not a refusal.
 */
export const captchaApi: TencentApiDescription = {
  host: defaultCaptchaApiHost,
  name: "Captcha",
  transientCodes: ["InternalError", "ServiceUnavailable", "RequestLimitExceeded"],
};
export const captchaApiVersion = "2019-07-22";
/** CaptchaType 9: the current (TCaptcha.js / TJNCaptcha) web and app Captcha. */
export const captchaType = 9;

export interface CaptchaClientConfig {
  appId: number;
  /** Override like "http://127.0.0.1:9000" (the local endpoint double). */
  endpoint?: string;
  timeoutSeconds: number;
}

/** Stable reasons for a refused ticket, from the documented CaptchaCode values. */
export const captchaFailureReasons = {
  7: "randstrMismatch",
  8: "ticketExpired",
  9: "ticketReused",
  15: "decryptFailed",
  16: "appIdMismatch",
  21: "riskTicket",
  100: "keyMismatch",
} as const;

export type CaptchaFailureReason = (typeof captchaFailureReasons)[keyof typeof captchaFailureReasons] | "rejected";

export type CaptchaVerdict =
  | { kind: "passed" }
  | { kind: "failed"; reason: CaptchaFailureReason; captchaCode: number }
  /**
   * `code`: provider error code or ours (NetworkError, RequestTimeout, HttpStatus<n>,
   * MalformedResponse, CredentialMissing).
   * `transient`: the API could not be reached or failed on its side (network, timeout, 5xx or 429,
   * a body that is not JSON, InternalError, ServiceUnavailable, RequestLimitExceeded) — the only
   * case an environment may let requests through (fail open). Anything else (refused credential,
   * unauthorized operation, bad parameters, an answer without a CaptchaCode) means Captcha is
   * broken for every request, and is always refused.
   */
  | { kind: "unavailable"; code: string; transient: boolean };

export interface CaptchaTicket {
  ticket: string;
  randstr: string;
  /** The client's address as the platform saw it. */
  userIp: string;
}

type CommonClientClass = typeof import("tencentcloud-sdk-nodejs-common/tencentcloud/common/common_client").CommonClient;

/** The SDK (and its HTTPS stack) loads on the first Captcha check, not when the function is loaded (cold start). */
const commonClient = loadOnFirstUse(() => {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const sdk = require("tencentcloud-sdk-nodejs-common/tencentcloud/common/common_client") as { CommonClient: CommonClientClass };
  return sdk.CommonClient;
});

export class CaptchaClient {
  private readonly api: TencentApiClient;

  constructor(
    private readonly config: CaptchaClientConfig,
    credential: CredentialSource,
    private readonly appSecretKey: () => string,
  ) {
    // Captcha has no regions: the SDK signs with an empty one.
    this.api = new TencentApiClient(
      captchaApi,
      { region: "", endpoint: config.endpoint, timeoutSeconds: config.timeoutSeconds },
      credential,
    );
  }

  async verify(ticket: CaptchaTicket): Promise<CaptchaVerdict> {
    let response: { CaptchaCode?: unknown };
    try {
      const client: CommonClient = new (commonClient())(defaultCaptchaApiHost, captchaApiVersion, this.api.clientConfig());
      response = (await client.request("DescribeCaptchaResult", {
        CaptchaType: captchaType,
        Ticket: ticket.ticket,
        UserIp: ticket.userIp,
        Randstr: ticket.randstr,
        CaptchaAppId: this.config.appId,
        AppSecretKey: this.appSecretKey(),
      })) as { CaptchaCode?: unknown };
    } catch (error) {
      const { code, transient } = this.api.errorFrom(error);
      return { kind: "unavailable", code, transient };
    }
    const code = response.CaptchaCode;
    if (code === 1) return { kind: "passed" };
    if (typeof code !== "number") return { kind: "unavailable", code: "MalformedResponse", transient: false };
    const reason = (captchaFailureReasons as Record<number, CaptchaFailureReason>)[code] ?? "rejected";
    return { kind: "failed", reason, captchaCode: code };
  }
}
