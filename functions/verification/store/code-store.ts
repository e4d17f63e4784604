// What the verification service needs from storage, independent of Redis. Each method is one
// atomic step; the Redis implementation does each in one Lua script per hash slot.
import type { FraudGuardRefusal, FraudGuardRequest } from "../service/fraud-guard";
import type { InsightsRequest } from "../service/verification-insights";

/** Per-environment SMS budgets (0 turns one off), counted across all phones and addresses. */
export interface SmsBudgets {
  globalHourly: number;
  globalDaily: number;
  prefixHourly: number;
}

export type BudgetName = "globalHourly" | "globalDaily" | "prefixHourly";

/**
 * A request that carried an Idempotency-Key: where its record lives and what it must match. The
 * record is read and written by the same script as the request's own change (no extra round trip).
 */
export interface IdempotencyRecord {
  /** SHA-256 of the key (base64url): the record's name within the phone's or family's slot. */
  id: string;
  /** Keyed hash of the request's fields: the same key with another request is a conflict. */
  fingerprint: string;
  ttlSeconds: number;
  /** What a replay of a successful login or refresh hands back (tokens, sealed; login/refresh only). */
  sealed?: string;
}

/** The outcome a record kept, handed back instead of running the request again. */
export type Replayed =
  /** value: what the outcome counted (attempts left, code lifetime), or a refresh's phone. */
  | { kind: "replayed"; outcome: string; value: string; sealed: string }
  /** The key was used for a different request. */
  | { kind: "conflict" };

export interface IssueRequest {
  phone: string;
  /** Canonical client address bucket (IPv4, IPv6 /64, or the shared "unknown" bucket). */
  clientBucket: string;
  codeHash: string;
  codeTtlSeconds: number;
  cooldownSeconds: number;
  dailyLimit: number;
  maxAttempts: number;
  /** Shanghai calendar day the send counts against, e.g. "20261124". */
  dayStamp: string;
  secondsUntilDayEnds: number;
  /** UTC hour the budgets count against, e.g. "2026112408". */
  hourStamp: string;
  secondsUntilHourEnds: number;
  /** Sends per hour allowed for this client bucket (stricter for the unknown bucket). */
  ipHourlyLimit: number;
  budgets: SmsBudgets;
  /** "+8613800" — country code and the first national digits. */
  numberPrefix: string;
  /** The fraud guard's scopes and policy; absent: the guard is off. */
  guard?: FraudGuardRequest;
  /** The hour and scopes the insights counters count this request in; absent: not counted. */
  insights?: InsightsRequest;
  idempotency?: IdempotencyRecord;
}

export type SendLimit = "cooldown" | "daily" | "ip" | "budget" | "fraudGuard";

export type IssueResult =
  /** live: no older code was kept; pending: an older live code stays valid until confirm(). */
  | { kind: "stored"; pending: boolean }
  | { kind: "limited"; limit: SendLimit; retryAfterSeconds: number; budget?: BudgetName; guard?: FraudGuardRefusal }
  | Replayed;

export interface VerifyRequest {
  phone: string;
  clientBucket: string;
  codeHash: string;
  maxAttempts: number;
  dayStamp: string;
  secondsUntilDayEnds: number;
  /** Wrong codes per client bucket per hour. */
  ipHourlyWrongLimit: number;
  /** Wrong codes per phone per Shanghai day, across all its codes. */
  phoneDailyWrongLimit: number;
  /** With a login that issues tokens: the refresh-token family to create when the code matches. */
  session?: NewSession;
  /** A match counts as verified for the fraud guard; absent: the guard is off. */
  guard?: FraudGuardRequest;
  /** A match counts as verified in the insights; absent: not counted. */
  insights?: InsightsRequest;
  idempotency?: IdempotencyRecord & {
    /** The family a replayed match's sealed session belongs to (a cluster creates it if missing). */
    sessionOf?: (sealed: string) => NewSession | undefined;
  };
}

export type LoginLimit = "loginIp" | "loginPhone";

export type VerifyResult =
  | { kind: "matched" }
  | { kind: "wrong"; attemptsLeft: number }
  | { kind: "exhausted" }
  | { kind: "absent" }
  | { kind: "limited"; limit: LoginLimit; retryAfterSeconds: number }
  | Replayed;

/** A refresh-token family to create when the code matches (login). */
export interface NewSession {
  familyId: string;
  tokenHash: string;
  /** The first token's lifetime (the refresh TTL, or the family's whole lifetime if shorter). */
  ttlSeconds: number;
  /** When the family's absolute lifetime is over (ms): no rotation extends it past this. */
  endsAtMs: number;
}

export interface CodeStore {
  /** Checks every send limit and, only if all pass, counts the send and stores the code hash. */
  issue(request: IssueRequest): Promise<IssueResult>;
  /** The code's SMS was sent: a pending code replaces the older one. */
  confirm(request: IssueRequest): Promise<void>;
  /** Undoes a successful issue() whose SMS was definitely not sent: counters back, this code removed. */
  release(request: IssueRequest): Promise<void>;
  /**
   * Compares against the stored hash, counting the attempt (and the wrong-code budgets); deletes the
   * code on a match and, with `session`, creates that refresh-token family in the same step (one
   * round trip on standalone Redis).
   */
  verify(request: VerifyRequest): Promise<VerifyResult>;
}

/** Why Redis could not serve a request: logged (never the message, which may quote a key). */
export type StoreFailureCause =
  | "timeout"
  | "refused"
  | "auth"
  | "oom"
  | "wrongType"
  | "notReady"
  | "clusterDown"
  | "loading"
  | "readOnly"
  | "connection"
  | "scriptError"
  /** The Captcha API could not be asked (fail-closed). */
  | "captcha"
  /** Secrets Manager could not be read, so Redis was not even tried. */
  | "secrets";

/** The store could not be reached or answered in time; the request is refused with 503. */
export class StoreUnavailableError extends Error {
  constructor(
    message: string,
    readonly causeClass: StoreFailureCause = "connection",
  ) {
    super(message);
    this.name = "StoreUnavailableError";
  }
}
