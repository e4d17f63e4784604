// Verification insights: the funnel codes requested → sent → delivered → verified, and refusals by
// limit, per hour, per country and per number prefix. The scripts count as they run (hourly
// buckets with a TTL, functions/shared/insights/hourly-counters.ts); delivery receipts are matched
// to their send by the SessionContext each verification SMS carries.
export { receiptContext } from "../../shared/insights/hourly-counters";

/** What the store needs to count one request. */
export interface InsightsRequest {
  /** UTC hour of the request, e.g. "2026031008". */
  hourStamp: string;
  numberPrefix: string;
  countryCode: string;
  retentionSeconds: number;
}
