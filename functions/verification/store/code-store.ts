// What the verification service needs from storage, independent of Redis. Each method is one
// atomic step; the Redis implementation does each in one Lua script (per hash slot).

export interface IssueRequest {
  phone: string;
  clientIp: string;
  codeHash: string;
  codeTtlSeconds: number;
  cooldownSeconds: number;
  dailyLimit: number;
  /** Shanghai calendar day the send counts against, e.g. "20261124". */
  dayStamp: string;
  secondsUntilDayEnds: number;
  ipHourlyLimit: number;
}

export type IssueResult =
  | { kind: "stored" }
  | { kind: "limited"; limit: "cooldown" | "daily" | "ip"; retryAfterSeconds: number };

export type VerifyResult =
  | { kind: "matched" }
  | { kind: "wrong"; attemptsLeft: number }
  | { kind: "exhausted" }
  | { kind: "absent" };

/** A refresh-token family to create when the code matches (login). */
export interface NewSession {
  familyId: string;
  tokenHash: string;
  ttlSeconds: number;
}

export interface CodeStore {
  /** Checks cooldown, daily and per-IP limits and, only if all pass, counts the send and stores the code hash. */
  issue(request: IssueRequest): Promise<IssueResult>;
  /** Undoes a successful issue() whose SMS was not sent: counters back, code removed. */
  release(request: IssueRequest): Promise<void>;
  /**
   * Compares against the stored hash, counting the attempt; deletes the code on a match and, with
   * `session`, creates that refresh-token family in the same step (one round trip on standalone Redis).
   */
  verify(phone: string, codeHash: string, maxAttempts: number, session?: NewSession): Promise<VerifyResult>;
}

/** The store could not be reached or answered in time; the request is refused with 503. */
export class StoreUnavailableError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "StoreUnavailableError";
  }
}
