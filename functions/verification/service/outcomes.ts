// Everything a verification request can end in, as values. The HTTP adapter maps each to a
// status and codeStr; nothing here knows about HTTP.

export type Outcome =
  | { kind: "codeSent"; expiresInSeconds: number }
  | { kind: "verified" }
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
