// Failures of one SMS API call, normalised from the SDK's exception into stable codes.
// The SDK throws one exception class for everything: API errors carry `code` (Response.Error.Code),
// HTTP errors carry `httpCode`, and transport failures only a message from node-fetch
// ("network timeout at: …", "request to … failed, reason: …"). Callers decide on codes, not messages.

/** Where a failure came from: the provider refused, the wire failed, or we could not even ask. */
export type SmsFailureSource = "provider" | "transport" | "client";

export class SmsGatewayError extends Error {
  /**
   * Provider code ("InternalError", "LimitExceeded.PhoneNumberDailyLimit", "AuthFailure.SignatureFailure")
   * or one of ours: "NetworkError", "RequestTimeout", "HttpStatus<n>", "MalformedResponse",
   * "CredentialMissing", "InvalidRequest".
   */
  readonly code: string;
  /**
   * Retrying later may succeed. It says nothing about whether the failed attempt had an effect:
   * after a timeout or a 5xx the provider may still have sent the message.
   */
  readonly transient: boolean;
  readonly source: SmsFailureSource;
  /**
   * The request may have reached Tencent and the message may have gone out (timeout, reset, 5xx,
   * a malformed answer). False only when the API refused (an error code) or the request never left
   * (connection refused, DNS, TLS handshake, no credential).
   */
  readonly mayHaveSent: boolean;
  /** Provider RequestId when the API answered; quote it to Tencent support. */
  readonly requestId?: string;

  constructor(init: {
    code: string;
    message: string;
    transient: boolean;
    source: SmsFailureSource;
    mayHaveSent?: boolean;
    requestId?: string;
  }) {
    super(init.message);
    this.name = "SmsGatewayError";
    this.code = init.code;
    this.transient = init.transient;
    this.source = init.source;
    this.mayHaveSent = init.mayHaveSent ?? false;
    if (init.requestId) this.requestId = init.requestId;
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

// Provider codes for which a later retry is expected to work (server trouble, API frequency cap).
const transientProviderPrefixes = ["InternalError", "RequestLimitExceeded"];

export function gatewayErrorFromSdk(error: unknown): SmsGatewayError {
  if (error instanceof SmsGatewayError) return error;
  const e = (typeof error === "object" && error !== null ? error : {}) as SdkExceptionShape;
  const message = typeof e.message === "string" && e.message ? e.message : String(error);
  const requestId = typeof e.requestId === "string" && e.requestId ? e.requestId : undefined;

  if (typeof e.code === "string" && e.code) {
    return new SmsGatewayError({
      code: e.code,
      message,
      transient: transientProviderPrefixes.some((prefix) => e.code === prefix || (e.code as string).startsWith(prefix + ".")),
      source: "provider",
      requestId,
    });
  }
  if (typeof e.httpCode === "number") {
    return new SmsGatewayError({
      code: `HttpStatus${e.httpCode}`,
      message: `SMS API answered HTTP ${e.httpCode}${message ? ` (${message})` : ""}`,
      transient: e.httpCode >= 500 || e.httpCode === 429,
      source: "transport",
      mayHaveSent: e.httpCode >= 500,
    });
  }
  // node-fetch's body parsing failure is not wrapped by the SDK and keeps its FetchError type.
  if (e.type === "invalid-json" || error instanceof SyntaxError) {
    return new SmsGatewayError({ code: "MalformedResponse", message, transient: true, source: "transport", mayHaveSent: true });
  }
  if (/network timeout/i.test(message)) {
    return new SmsGatewayError({
      code: "RequestTimeout",
      message: `SMS API did not answer within the request timeout (${message})`,
      transient: true,
      source: "transport",
      mayHaveSent: true,
    });
  }
  return new SmsGatewayError({
    code: "NetworkError",
    message,
    transient: true,
    source: "transport",
    mayHaveSent: !neverLeft.test(message),
  });
}
