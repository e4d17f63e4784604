// Maps outcomes and request errors to the HTTP reply both ingresses accept:
// {isBase64Encoded: false, statusCode, headers, body} with body {codeStr, msg, ...details}.
import type { IssuedSession, LimitName, Outcome } from "../service/outcomes";
import type { RequestError } from "./scf-event";

export interface ScfHttpReply {
  isBase64Encoded: false;
  statusCode: number;
  headers: Record<string, string>;
  body: string;
}

export interface ReplyBody {
  codeStr: string;
  msg: string;
  [detail: string]: unknown;
}

export function reply(statusCode: number, body: ReplyBody, extraHeaders: Record<string, string> = {}): ScfHttpReply {
  return {
    isBase64Encoded: false,
    statusCode,
    headers: { "Content-Type": "application/json; charset=utf-8", "Cache-Control": "no-store", ...extraHeaders },
    body: JSON.stringify(body),
  };
}

const requestErrorStatus: Record<RequestError["code"], number> = {
  InValidParam: 400,
  MethodNotAllowed: 405,
  PayloadTooLarge: 413,
  UnsupportedMediaType: 415,
};

export function replyForRequestError(error: RequestError): ScfHttpReply {
  const headers: Record<string, string> = error.code === "MethodNotAllowed" ? { Allow: "GET, POST" } : {};
  return reply(requestErrorStatus[error.code], { codeStr: error.code, msg: error.message }, headers);
}

/** The stable codeStr of each outcome (also what the request log records). */
export const outcomeCodeStr: Record<Outcome["kind"], string> = {
  codeSent: "Success",
  verified: "Success",
  invalidParam: "InValidParam",
  invalidPhone: "InvalidPhone",
  regionNotServed: "InvalidPhone",
  missingCode: "MissingCode",
  codeExpired: "CodeHasExpired",
  attemptsExhausted: "CodeHasValid",
  wrongCode: "CodeIsError",
  rateLimited: "RateLimited",
  smsFailed: "SmsSendFailed",
  storeUnavailable: "ServiceUnavailable",
  captchaRequired: "CaptchaRequired",
  captchaFailed: "CaptchaFailed",
  refreshed: "Success",
  loggedOut: "Success",
  invalidRefreshToken: "InvalidRefreshToken",
  refreshTokenReused: "RefreshTokenReused",
  signingKeyMissing: "ServiceMisconfigured",
  idempotencyKeyReused: "IdempotencyKeyReused",
};

export function replyForOutcome(outcome: Outcome): ScfHttpReply {
  const codeStr = outcomeCodeStr[outcome.kind];
  switch (outcome.kind) {
    case "codeSent":
      return reply(200, { codeStr, msg: "code sent", expiresIn: outcome.expiresInSeconds });
    case "verified":
      return reply(200, { codeStr, msg: "code verified", ...(outcome.session ? sessionFields(outcome.session) : {}) });
    case "refreshed":
      return reply(200, { codeStr, msg: "session refreshed", ...sessionFields(outcome.session) });
    case "loggedOut":
      return reply(200, { codeStr, msg: "logged out" });
    case "invalidRefreshToken":
      return reply(
        401,
        { codeStr, msg: "refresh token is invalid, expired or revoked; log in again" },
        { "WWW-Authenticate": 'Bearer error="invalid_token"' },
      );
    case "refreshTokenReused":
      return reply(
        401,
        { codeStr, msg: "refresh token was already used; the session is revoked, log in again" },
        { "WWW-Authenticate": 'Bearer error="invalid_token"' },
      );
    case "signingKeyMissing":
      return reply(500, { codeStr, msg: "the service is not configured correctly" });
    case "invalidParam":
      return reply(400, { codeStr, msg: outcome.message });
    case "invalidPhone":
      return reply(400, { codeStr, msg: "phone is not a valid mobile number" });
    case "regionNotServed":
      return reply(400, {
        codeStr,
        msg: `phone numbers of region ${outcome.region} are not served by this service`,
        region: outcome.region,
      });
    case "missingCode":
      return reply(400, { codeStr, msg: "code is required" });
    case "codeExpired":
      return reply(400, { codeStr, msg: "no valid code for this phone; request a new one" });
    case "attemptsExhausted":
      return reply(403, { codeStr, msg: "too many wrong attempts; request a new code" });
    case "wrongCode":
      return reply(400, { codeStr, msg: "wrong code", attemptsLeft: outcome.attemptsLeft });
    case "rateLimited":
      return reply(
        429,
        {
          codeStr,
          msg: rateLimitMessage[outcome.limit],
          limit: outcome.limit,
          retryAfter: outcome.retryAfterSeconds,
          ...(outcome.providerCode ? { providerCode: outcome.providerCode } : {}),
        },
        { "Retry-After": String(outcome.retryAfterSeconds) },
      );
    case "smsFailed":
      if (outcome.outcome === "unknown") {
        const retryAfter = outcome.retryAfterSeconds ?? 1;
        return reply(
          502,
          {
            codeStr,
            msg: "the SMS provider did not confirm the message; it may still arrive — use that code, or retry after retryAfter seconds",
            providerCode: outcome.providerCode,
            outcome: "unknown",
            retryAfter,
          },
          { "Retry-After": String(retryAfter) },
        );
      }
      return reply(502, {
        codeStr,
        msg: "the SMS provider refused the message",
        providerCode: outcome.providerCode,
        outcome: "refused",
      });
    case "storeUnavailable":
      return reply(503, { codeStr, msg: "service temporarily unavailable; try again shortly" });
    case "captchaRequired":
      return reply(400, { codeStr, msg: "solve the Captcha and send its ticket and randstr" });
    case "captchaFailed":
      return reply(403, { codeStr, msg: "the Captcha was not accepted; solve a new one", reason: outcome.reason });
    case "idempotencyKeyReused":
      return reply(422, { codeStr, msg: "this Idempotency-Key was used for a different request; use a new key" });
  }
}

/** The token fields of a login or refresh reply (OAuth 2.0 token-response style names). */
function sessionFields(session: IssuedSession): Record<string, unknown> {
  return {
    accessToken: session.accessToken,
    tokenType: "Bearer",
    expiresIn: session.expiresIn,
    refreshToken: session.refreshToken,
    refreshExpiresIn: session.refreshExpiresIn,
  };
}

const rateLimitMessage: Record<LimitName, string> = {
  cooldown: "a code was sent recently; wait before requesting another",
  daily: "daily limit of codes for this phone reached",
  ip: "too many requests from this address",
  budget: "the service is sending too many messages right now; try again later",
  fraudGuard: "codes to numbers like this one are paused because of suspected SMS fraud; try again later",
  provider: "the SMS provider is limiting messages to this phone",
  loginIp: "too many wrong codes from this address",
  loginPhone: "too many wrong codes for this phone today",
};

export function replyForMisconfiguration(requestId: string | undefined): ScfHttpReply {
  return reply(500, { codeStr: "ServiceMisconfigured", msg: "the service is not configured correctly", requestId });
}

export function replyForInternalError(requestId: string | undefined): ScfHttpReply {
  return reply(500, { codeStr: "InternalError", msg: "unexpected error", requestId });
}

/** A request or preflight from an origin not in CORS_ALLOWED_ORIGINS (no ACAO header: the browser blocks it). */
export function replyForRefusedOrigin(): ScfHttpReply {
  return reply(403, { codeStr: "OriginNotAllowed", msg: "this origin may not call the service" }, { Vary: "Origin" });
}
