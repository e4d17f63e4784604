// The rules the verification service applies (limits, budgets, served regions), as the domain
// sees them; runtime.ts builds it from the function's settings (settings/).
import type { FraudGuardPolicy } from "./fraud-guard";

export interface VerificationPolicy {
  codeTtlSeconds: number;
  maxAttempts: number;
  /** 0 disables the per-phone cooldown. */
  resendCooldownSeconds: number;
  dailyLimit: number;
  ipHourlyLimit: number;
  /** Sends per hour for the one bucket shared by requests without a usable client address. */
  unknownAddressHourlyLimit: number;
  /** Wrong codes per client address (IPv4, IPv6 /64) per hour; over it, logins are refused. */
  loginIpHourlyWrongLimit: number;
  /** Wrong codes per phone per Shanghai day, across its codes; bounds guessing at one account. */
  loginPhoneDailyWrongLimit: number;
  /** SMS budgets of the whole environment; 0 turns one off. */
  smsBudgets: { globalHourly: number; globalDaily: number; prefixHourly: number };
  /** Digits of a code (4–8; default 6). */
  codeLength: number;
  /** How long the hourly insights counters are kept (INSIGHTS_RETENTION_HOURS, default 192); 0 = not counted. */
  insightsRetentionHours: number;
  /** National digits after the country code that make a number prefix for the prefix budget. */
  budgetPrefixDigits: number;
  /**
   * ISO 3166 alpha-2 regions whose mobile numbers get codes (upper case, no duplicates). The SMS
   * template decides this: Tencent's domestic templates reach only mainland China (+86).
   */
  allowedRegions: readonly string[];
  /** Blocks prefixes and countries whose codes are not verified (service/fraud-guard.ts). */
  fraudGuard: FraudGuardPolicy;
  /** How long an Idempotency-Key's outcome is kept and replayed (getSms, login, refresh). */
  idempotencyTtlSeconds: number;
}
