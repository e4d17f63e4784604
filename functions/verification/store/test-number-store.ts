// What the verification service needs from storage for a test number's login: its code is fixed
// (a runtime secret), so there is nothing to look up — but its wrong guesses count against the same
// wrong-code budgets as any login (per client address per hour, per phone per Shanghai day), so a
// fixed code cannot be brute-forced, and a match creates the refresh-token family like a real one.
import type { LoginLimit, NewSession } from "./code-store";

export interface FixedCodeRequest {
  phone: string;
  clientBucket: string;
  /** Whether the presented code equals the fixed one (compared by the service in constant time). */
  matched: boolean;
  dayStamp: string;
  secondsUntilDayEnds: number;
  ipHourlyWrongLimit: number;
  phoneDailyWrongLimit: number;
  session?: NewSession;
}

export type FixedCodeResult =
  | { kind: "matched" }
  /** attemptsLeft: wrong guesses the phone has left today. */
  | { kind: "wrong"; attemptsLeft: number }
  | { kind: "limited"; limit: LoginLimit; retryAfterSeconds: number };

export interface TestNumberStore {
  /**
   * Refuses when a wrong-code budget is used up (before the match counts, so a correct guess over
   * budget is refused too), counts a wrong guess, and creates the session on a match — one atomic
   * step (one round trip) on standalone Redis.
   */
  checkFixedCode(request: FixedCodeRequest): Promise<FixedCodeResult>;
}
