// Everything a verification request can end in, as values. The HTTP adapter maps each to a
// status and codeStr; nothing here knows about HTTP.

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
  | { kind: "rateLimited"; limit: "cooldown" | "daily" | "ip" | "provider"; retryAfterSeconds: number; providerCode?: string }
  | { kind: "smsFailed"; providerCode: string }
  | { kind: "storeUnavailable" };
