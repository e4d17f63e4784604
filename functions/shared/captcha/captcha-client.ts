// Server-side check of a Tencent Captcha ticket: DescribeCaptchaResult (API 2019-07-22, host
// captcha.tencentcloudapi.com) through tencentcloud-sdk-nodejs-common's CommonClient — there is no
// captcha SDK package to install — signed with the role's rotating credential read per call.
// Every answer becomes a CaptchaVerdict value: passed, failed with a stable reason, or unavailable
// (the API could not be asked or did not answer), which the caller turns into fail-open/closed.
import type { CommonClient } from "tencentcloud-sdk-nodejs-common/tencentcloud/common/common_client";
import type { SmsCredential } from "../sms/credentials";
import { routeForEndpoint, type SdkHttpRoute } from "../sms/endpoint-route";
import { loadOnFirstUse } from "../load-on-first-use";

export const defaultCaptchaApiHost = "captcha.tencentcloudapi.com";
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
   * `code`: provider error code or ours (NetworkError, RequestTimeout, HttpStatus<n>, CredentialMissing).
   * `transient`: the API could not be reached or failed on its side (network, timeout, 5xx,
   * InternalError) — the only case an environment may let requests through (fail open). Anything
   * else (refused credential, unauthorized operation, bad parameters, a malformed answer) means
   * Captcha is broken for every request, and is always refused.
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
  private readonly route: SdkHttpRoute;

  constructor(
    private readonly config: CaptchaClientConfig,
    private readonly credential: () => SmsCredential,
    private readonly appSecretKey: () => string,
  ) {
    this.route = routeForEndpoint(config.endpoint, defaultCaptchaApiHost);
  }

  async verify(ticket: CaptchaTicket): Promise<CaptchaVerdict> {
    let client: CommonClient;
    try {
      client = this.client();
    } catch {
      return { kind: "unavailable", code: "CredentialMissing", transient: false };
    }
    let response: { CaptchaCode?: unknown };
    try {
      response = (await client.request("DescribeCaptchaResult", {
        CaptchaType: captchaType,
        Ticket: ticket.ticket,
        UserIp: ticket.userIp,
        Randstr: ticket.randstr,
        CaptchaAppId: this.config.appId,
        AppSecretKey: this.appSecretKey(),
      })) as { CaptchaCode?: unknown };
    } catch (error) {
      const code = errorCode(error);
      return { kind: "unavailable", code, transient: isTransient(code) };
    }
    const code = response.CaptchaCode;
    if (code === 1) return { kind: "passed" };
    if (typeof code !== "number") return { kind: "unavailable", code: "MalformedResponse", transient: false };
    const reason = (captchaFailureReasons as Record<number, CaptchaFailureReason>)[code] ?? "rejected";
    return { kind: "failed", reason, captchaCode: code };
  }

  private client(): CommonClient {
    const credential = this.credential();
    return new (commonClient())(defaultCaptchaApiHost, captchaApiVersion, {
      credential: { secretId: credential.secretId, secretKey: credential.secretKey, token: credential.token },
      region: "",
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

/** Network failures, timeouts, HTTP 5xx and Tencent Cloud's own InternalError / service-side codes. */
function isTransient(code: string): boolean {
  return /^(NetworkError|RequestTimeout|HttpStatus5\d\d|InternalError(\..*)?|ServiceUnavailable|RequestLimitExceeded)$/.test(
    code,
  );
}

function errorCode(error: unknown): string {
  const e = (typeof error === "object" && error !== null ? error : {}) as {
    code?: unknown;
    httpCode?: unknown;
    message?: unknown;
  };
  if (typeof e.code === "string" && e.code) return e.code;
  if (typeof e.httpCode === "number") return `HttpStatus${e.httpCode}`;
  if (typeof e.message === "string" && /network timeout/i.test(e.message)) return "RequestTimeout";
  return "NetworkError";
}
