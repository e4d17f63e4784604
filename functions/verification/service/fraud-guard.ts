// Fraud guard: SMS pumping shows up as codes sent to a number range that nobody verifies. Per
// number prefix (the prefix the SMS budgets use) and per country, the store counts codes sent and
// codes verified over a sliding window of small buckets, in the scripts every getSms and login
// already run. When a scope has sent at least `minSends` codes in the window and fewer than
// `minConversionPercent` % of them were verified, it is blocked for `blockSeconds`: getSms answers
// 429 limit "fraudGuard" and sends nothing. Numbers and prefixes on the safe list are never blocked
// and not counted. Defaults follow Twilio Verify's Fraud Guard spirit (docs/abuse-protection.md).

export interface FraudGuardThresholds {
  /** Sends in the window before the conversion rate is judged; 0 turns this level off. */
  minSends: number;
  /** Blocks when fewer than this share of the window's codes were verified. */
  minConversionPercent: number;
  blockSeconds: number;
}

export interface FraudGuardPolicy {
  /** Sliding window length; a multiple of bucketSeconds. */
  windowSeconds: number;
  bucketSeconds: number;
  prefix: FraudGuardThresholds;
  country: FraudGuardThresholds;
}

export const fraudGuardDefaults: FraudGuardPolicy = {
  windowSeconds: 3600,
  bucketSeconds: 300,
  prefix: { minSends: 20, minConversionPercent: 20, blockSeconds: 12 * 3600 },
  country: { minSends: 1000, minConversionPercent: 10, blockSeconds: 12 * 3600 },
};

/** What the store needs for one request: the scopes of the number and the time the buckets use. */
export interface FraudGuardRequest {
  policy: FraudGuardPolicy;
  nowMs: number;
  /** "+8613800" — the budgets' number prefix. */
  numberPrefix: string;
  /** "+86" — the country calling code. */
  countryCode: string;
}

/** A scope the guard blocks: "prefix:+8613800" or "country:+86". */
export type FraudGuardScope = `prefix:${string}` | `country:${string}`;

/** Why a getSms was refused by the guard; `newBlock` once per block (the request that set it). */
export interface FraudGuardRefusal {
  scope: FraudGuardScope;
  /** Figures of the window that led to the block (only with newBlock). */
  sent: number;
  verified: number;
  newBlock: boolean;
}

export function fraudGuardOn(policy: FraudGuardPolicy): boolean {
  return policy.prefix.minSends > 0 || policy.country.minSends > 0;
}
