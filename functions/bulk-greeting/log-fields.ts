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
