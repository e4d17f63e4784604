// The bulk-greeting function's JSON log lines: every field name and event name it writes, exported
// so the CLS index and the failed-campaign alarm are derived from (and tested against) the same list.
// Lines carry campaign ids, counts and codes — never phone numbers, credentials or passwords.

export const bulkGreetingLogFields = [
  "fn",
  "at",
  "requestId",
  "event",
  "message",
  "ms",
  "receipts",
  "runs",
  "broken",
  "campaign",
  "batch",
  "code",
  "attempts",
  "errors",
  "stop",
  "batchesSent",
  "state",
] as const;

export const bulkGreetingLogEvents = [
  "configInvalid",
  "tick",
  "tickFailed",
  "batchInterrupted",
  "batchFailed",
  "batchRetried",
  "batchSettledElsewhere",
  "campaignRun",
] as const;

export type BulkGreetingLogField = (typeof bulkGreetingLogFields)[number];
export type BulkGreetingLogEvent = (typeof bulkGreetingLogEvents)[number];

/** One log line's content: only listed fields (excess properties fail to compile), a listed event. */
export type BulkGreetingLogEntry = Partial<Record<Exclude<BulkGreetingLogField, "event">, unknown>> & {
  event: BulkGreetingLogEvent;
};

/**
 * One log line: a flat JSON object of first-level numbers and text, because SCF parses only those
 * into CLS keys (cloud/cls.ts). Lists become comma-separated text (`runs: "id:finished,id2:failed"`),
 * booleans text, any object its JSON text; absent values are left out.
 */
export function bulkGreetingLogLine(entry: Record<string, unknown>): string {
  const flat: Record<string, string | number> = {};
  for (const [key, value] of Object.entries(entry)) {
    if (value === undefined || value === null) continue;
    if (typeof value === "number" || typeof value === "string") flat[key] = value;
    else if (Array.isArray(value))
      flat[key] = value.map((item) => (typeof item === "string" ? item : JSON.stringify(item))).join(",");
    else if (typeof value === "object") flat[key] = JSON.stringify(value);
    else flat[key] = String(value);
  }
  return JSON.stringify(flat);
}
