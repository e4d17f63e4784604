// Everything a verification request can end in, as values. The HTTP adapter maps each to a
// status and codeStr; nothing here knows about HTTP.
import type { CaptchaFailureReason } from "../../shared/captcha/captcha-client";
import type { BudgetName, StoreFailureCause } from "../store/code-store";
import type { FraudGuardRefusal } from "./fraud-guard";

/** Every limit name a RateLimited reply can carry (the HTTP contract lists each). */
export type LimitName = "cooldown" | "daily" | "ip" | "budget" | "fraudGuard" | "provider" | "loginIp" | "loginPhone";

/** What a login or refresh hands the client (field names are the HTTP reply's). */
export interface IssuedSession {
  accessToken: string;
  /** Seconds until the access token expires. */
  expiresIn: number;
  refreshToken: string;
  refreshExpiresIn: number;
}

export type Outcome =
  | { kind: "codeSent"; expiresInSeconds: number }
  /** Without a session only when the service runs without sessions (domain tests). */
  | { kind: "verified"; session?: IssuedSession }
  | { kind: "refreshed"; session: IssuedSession }
  | { kind: "loggedOut" }
  /** Malformed, unknown, expired or revoked refresh token. */
  | { kind: "invalidRefreshToken" }
  /** A retired refresh token was presented again: its whole family is revoked now. */
  | { kind: "refreshTokenReused" }
  /** No current signing key in the key set (run `npm run keys -- rotate <env>`). */
  | { kind: "signingKeyMissing" }
  | { kind: "invalidParam"; message: string }
  | { kind: "invalidPhone" }
  /** A valid mobile number of a region this deployment does not serve (SMS_ALLOWED_REGIONS). */
  | { kind: "regionNotServed"; region: string }
  | { kind: "missingCode" }
  | { kind: "codeExpired" }
  | { kind: "attemptsExhausted" }
  | { kind: "wrongCode"; attemptsLeft: number }
  | {
      kind: "rateLimited";
      limit: LimitName;
      retryAfterSeconds: number;
      providerCode?: string;
      /** Which SMS budget tripped (limit "budget"); logged for alarms, not told to the client. */
      budget?: BudgetName;
      /** The number prefix of a tripped prefix budget. */
      numberPrefix?: string;
      /** limit "fraudGuard": the blocked scope (logged, not told to the client). */
      guard?: FraudGuardRefusal;
    }
  /**
   * refused: the provider said no or the request never left — nothing was sent, limits released.
   * unknown: the message may have gone out — limits kept, the code stays valid, retry after the cooldown.
   */
  | { kind: "smsFailed"; providerCode: string; outcome: "refused" | "unknown"; retryAfterSeconds?: number }
  | { kind: "storeUnavailable"; cause: StoreFailureCause }
  /** Captcha is on for this method and the request carried no ticket/randstr. */
  | { kind: "captchaRequired" }
  /** Tencent Captcha refused the ticket (CaptchaCode other than 1). */
  | { kind: "captchaFailed"; reason: CaptchaFailureReason }
  /** The Idempotency-Key was used before for a different request. */
  | { kind: "idempotencyKeyReused" };
