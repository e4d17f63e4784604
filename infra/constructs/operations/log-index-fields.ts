// The CLS key-value index: one entry per field the two functions write in their JSON log lines,
// derived from the field lists the function code exports (request-log.ts, bulk-greeting
// log-fields.ts), so a new log field is indexed by the next deploy and a removed one disappears.
// Numbers are indexed as numbers so `SCF_Message.latencyMs:>1000` and SQL aggregates work.
//
// SCF ships each line a function writes to CLS as the field SCF_Message, next to platform fields
// of its own (SCF_FunctionName, SCF_RequestId, SCF_Level, …; SCF documentation "Log Management" /
// log delivery to CLS). So the functions' JSON fields are indexed as child keys of a json-typed
// SCF_Message key and queried as `SCF_Message.<field>`.
import { bulkGreetingLogFields } from "../../../functions/bulk-greeting/settings";
import { requestLogFields } from "../../../functions/verification/settings";

export type LogIndexType = "text" | "long" | "double";

/** The CLS key holding the line the function wrote. */
export const SCF_MESSAGE_KEY = "SCF_Message";

/** How a query names one of the functions' log fields. */
export function logField(field: string): string {
  return `${SCF_MESSAGE_KEY}.${field}`;
}

/** SCF's own per-line fields worth searching on (request id to follow one invocation). */
export const SCF_PLATFORM_FIELDS: readonly LogIndexField[] = [
  { key: "SCF_FunctionName", type: "text" },
  { key: "SCF_RequestId", type: "text" },
  { key: "SCF_Qualifier", type: "text" },
  { key: "SCF_Level", type: "text" },
];

export interface LogIndexField {
  key: string;
  type: LogIndexType;
}

/** Fields whose values are numbers; every other field is text. */
const NUMERIC_FIELDS: Readonly<Record<string, LogIndexType>> = {
  status: "long",
  latencyMs: "double",
  ms: "long",
  receipts: "long",
  batch: "long",
  attempts: "long",
  batchesSent: "long",
  guardSent: "long",
  guardVerified: "long",
};

/**
 * Logged but deliberately not key-value indexed (still searchable through the full-text index).
 * `errors`: an array of free-form retry messages, useless as a key.
 */
export const UNINDEXED_LOG_FIELDS: Readonly<Record<string, string>> = {
  errors: "array of free-form retry messages; found through the full-text index",
};

/** Every field either function logs, once, in a stable order. */
export function loggedFieldNames(): string[] {
  return [...new Set<string>([...requestLogFields, ...bulkGreetingLogFields])];
}

export function logIndexFields(): LogIndexField[] {
  return loggedFieldNames()
    .filter((key) => !(key in UNINDEXED_LOG_FIELDS))
    .map((key) => ({ key, type: NUMERIC_FIELDS[key] ?? "text" }));
}
