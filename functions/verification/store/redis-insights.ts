// The insights part of the verification scripts' KEYS and ARGV (lua-scripts.ts counts; the hour
// hashes themselves are functions/shared/insights/hourly-counters.ts).
import { insightsHourKey } from "../../shared/insights/hourly-counters";
import type { InsightsRequest } from "../service/verification-insights";

/** KEYS of the scripts' insights part (a placeholder hour when off). */
export function insightsKeys(insights: InsightsRequest | undefined): string[] {
  return [insightsHourKey(insights?.hourStamp ?? "-")];
}

/** ARGV of the scripts' insights part: on(1|0), prefix, country, ttlSeconds. */
export function insightsArguments(insights: InsightsRequest | undefined): (string | number)[] {
  if (!insights) return ["0", "-", "-", 1];
  return ["1", insights.numberPrefix, insights.countryCode, insights.retentionSeconds];
}
