// What the verification service needs from storage, independent of Redis. Each method is one
// atomic step; the Redis implementation does each in one Lua script per hash slot.
import type { FraudGuardRefusal, FraudGuardRequest } from "../service/fraud-guard";

/** Per-environment SMS budgets (0 turns one off), counted across all phones and addresses. */
export interface SmsBudgets {
  globalHourly: number;
  globalDaily: number;
  prefixHourly: number;
}

export type BudgetName = "globalHourly" | "globalDaily" | "prefixHourly";

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
}

export type SendLimit = "cooldown" | "daily" | "ip" | "budget" | "fraudGuard";

export type IssueResult =
  /** live: no older code was kept; pending: an older live code stays valid until confirm(). */
  | { kind: "stored"; pending: boolean }
  | { kind: "limited"; limit: SendLimit; retryAfterSeconds: number; budget?: BudgetName; guard?: FraudGuardRefusal };

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
}

export type LoginLimit = "loginIp" | "loginPhone";

export type VerifyResult =
  | { kind: "matched" }
  | { kind: "wrong"; attemptsLeft: number }
  | { kind: "exhausted" }
  | { kind: "absent" }
  | { kind: "limited"; limit: LoginLimit; retryAfterSeconds: number };

/** A refresh-token family to create when the code matches (login). */
export interface NewSession {
  familyId: string;
  tokenHash: string;
  ttlSeconds: number;
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
