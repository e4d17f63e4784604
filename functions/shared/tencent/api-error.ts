// Failures of one Tencent Cloud API call (TC3-signed, through a tencentcloud-sdk-nodejs client),
// normalised from the SDK's exception into stable codes. The SDK throws one exception class for
// everything: API errors carry `code` (Response.Error.Code), HTTP errors carry `httpCode`, and
// transport failures only a message from node-fetch ("network timeout at: …", "request to …
// failed, reason: …"). Callers decide on codes, not messages.

/** Where a failure came from: the provider refused, the wire failed, or we could not even ask. */
export type TencentFailureSource = "provider" | "transport" | "client";

/** What one API contributes to the mapping: its name in messages and its retryable error codes. */
export interface TencentApiErrors {
  /** How messages name the API: "SMS API", "Secrets Manager", "Captcha". */
  name: string;
  /** Provider codes (each with its sub-codes, "InternalError.…") after which a later retry may work. */
  transientCodes: readonly string[];
}

export interface TencentApiErrorInit {
  code: string;
  message: string;
  transient: boolean;
  source: TencentFailureSource;
  mayHaveSent?: boolean;
  requestId?: string;
  httpStatus?: number;
}

export class TencentApiError extends Error {
  /**
   * Provider code ("InternalError", "LimitExceeded.PhoneNumberDailyLimit", "AuthFailure.SignatureFailure")
   * or one of ours: "NetworkError", "RequestTimeout", "HttpStatus<n>", "MalformedResponse",
   * "CredentialMissing", "InvalidRequest".
   */
  readonly code: string;
  /**
   * Retrying later may succeed. It says nothing about whether the failed attempt had an effect:
   * after a timeout or a 5xx the provider may still have acted on the request.
   */
  readonly transient: boolean;
  readonly source: TencentFailureSource;
  /**
   * The request may have reached Tencent and taken effect (timeout, reset, 5xx, a malformed
   * answer). False only when the API refused (an error code) or the request never left
   * (connection refused, DNS, TLS handshake, no credential).
   */
  readonly mayHaveSent: boolean;
  /** Provider RequestId when the API answered; quote it to Tencent support. */
  readonly requestId?: string;
  /** The HTTP status of an HttpStatus<n> failure. */
  readonly httpStatus?: number;

  constructor(init: TencentApiErrorInit) {
    super(init.message);
    this.name = "TencentApiError";
    this.code = init.code;
    this.transient = init.transient;
    this.source = init.source;
    this.mayHaveSent = init.mayHaveSent ?? false;
    if (init.requestId) this.requestId = init.requestId;
    if (init.httpStatus !== undefined) this.httpStatus = init.httpStatus;
  }
}

interface SdkExceptionShape {
  message?: unknown;
  code?: unknown;
  httpCode?: unknown;
  requestId?: unknown;
  type?: unknown;
}

// Failures that happen before a request byte is written: connecting, resolving, TLS handshake.
// Anything else on the wire (reset, hang-up) may come after Tencent read the request.
const neverLeft =
  /\b(ECONNREFUSED|ENOTFOUND|EAI_AGAIN|EHOSTUNREACH|ENETUNREACH|EADDRNOTAVAIL|CERT_|DEPTH_ZERO_SELF_SIGNED_CERT|SELF_SIGNED_CERT|ERR_TLS_CERT|UNABLE_TO_VERIFY_LEAF_SIGNATURE)/;

export function isTransientCode(code: string, api: TencentApiErrors): boolean {
  return api.transientCodes.some((prefix) => code === prefix || code.startsWith(prefix + "."));
}

/** The failure of an SDK call (or of reading the credential before it) as a TencentApiError. */
export function tencentApiErrorFrom(error: unknown, api: TencentApiErrors): TencentApiError {
  if (error instanceof TencentApiError) return error;
  const e = (typeof error === "object" && error !== null ? error : {}) as SdkExceptionShape;
  const message = typeof e.message === "string" && e.message ? e.message : String(error);
  const requestId = typeof e.requestId === "string" && e.requestId ? e.requestId : undefined;

  if (typeof e.code === "string" && e.code) {
    return new TencentApiError({ code: e.code, message, transient: isTransientCode(e.code, api), source: "provider", requestId });
  }
  if (typeof e.httpCode === "number") {
    return new TencentApiError({
      code: `HttpStatus${e.httpCode}`,
      message: `${api.name} answered HTTP ${e.httpCode}${message ? ` (${message})` : ""}`,
      transient: e.httpCode >= 500 || e.httpCode === 429,
      source: "transport",
      mayHaveSent: e.httpCode >= 500,
      httpStatus: e.httpCode,
    });
  }
  // node-fetch's body parsing failure is not wrapped by the SDK and keeps its FetchError type.
  if (e.type === "invalid-json" || error instanceof SyntaxError) {
    return new TencentApiError({ code: "MalformedResponse", message, transient: true, source: "transport", mayHaveSent: true });
  }
  if (/network timeout/i.test(message)) {
    return new TencentApiError({
      code: "RequestTimeout",
      message: `${api.name} did not answer within the request timeout (${message})`,
      transient: true,
      source: "transport",
      mayHaveSent: true,
    });
  }
  return new TencentApiError({
    code: "NetworkError",
    message,
    transient: true,
    source: "transport",
    mayHaveSent: !neverLeft.test(message),
  });
}
