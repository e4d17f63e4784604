// Test numbers (app-store review accounts, end-to-end tests): numbers whose code is fixed per
// environment and kept in Secrets Manager. getSms for one answers like a real send but sends no SMS
// and touches no counter or SMS budget; login compares the fixed code in constant time and lets the
// store count a wrong guess against the real wrong-code budgets, so the fixed code cannot be
// brute-forced. Every result is marked `testNumber` for the request log.
import { timingSafeEqual } from "node:crypto";
import type { VerificationPolicy } from "./verification-policy";
import type { TestNumberCodes } from "../secrets/test-number-codes";
import type { TestNumberStore } from "../store/test-number-store";
import type { Outcome } from "./outcomes";
import type { SessionService } from "./session-service";
import { secondsUntilShanghaiMidnight, shanghaiDayStamp } from "./shanghai-day";

export interface TestNumbers {
  /** E.164 number → fixed code (the runtime secret's testNumberCodes). */
  codes: TestNumberCodes;
  store: TestNumberStore;
}

/** The reply a real send would give, without sending anything. */
export function testNumberSendOutcome(policy: VerificationPolicy): Outcome {
  return { kind: "codeSent", expiresInSeconds: policy.codeTtlSeconds };
}

function sameCode(presented: string, fixed: string): boolean {
  const a = Buffer.from(presented, "utf8");
  const b = Buffer.from(fixed, "utf8");
  return a.length === b.length && timingSafeEqual(a, b);
}

export async function checkTestNumberCode(args: {
  testNumbers: TestNumbers;
  fixedCode: string;
  phone: string;
  code: string;
  clientBucket: string;
  policy: VerificationPolicy;
  sessions?: SessionService;
  now: Date;
}): Promise<Outcome> {
  const { sessions, policy, now } = args;
  const plan = sessions?.begin();
  // Without a signing key a match could not be answered with tokens (as for a real login).
  if (sessions && !plan) return { kind: "signingKeyMissing" };
  if (plan === "stale") return { kind: "storeUnavailable", cause: "secrets" };
  const result = await args.testNumbers.store.checkFixedCode({
    phone: args.phone,
    clientBucket: args.clientBucket,
    matched: sameCode(args.code, args.fixedCode),
    dayStamp: shanghaiDayStamp(now),
    secondsUntilDayEnds: secondsUntilShanghaiMidnight(now),
    ipHourlyWrongLimit: policy.loginIpHourlyWrongLimit,
    phoneDailyWrongLimit: policy.loginPhoneDailyWrongLimit,
    session: plan?.newSession,
  });
  switch (result.kind) {
    case "matched":
      if (sessions && plan) return { kind: "verified", session: await sessions.finish(args.phone, plan) };
      return { kind: "verified" };
    case "wrong":
      return { kind: "wrongCode", attemptsLeft: result.attemptsLeft };
    case "limited":
      return { kind: "rateLimited", limit: result.limit, retryAfterSeconds: result.retryAfterSeconds };
  }
}
