// The CLS key-value index: one entry per field the two functions write in their JSON log lines,
// derived from the field lists the function code exports (request-log.ts, bulk-greeting
// log-fields.ts), so a new log field is indexed by the next deploy and a removed one disappears.
// Numbers are indexed as numbers so `latencyMs:>1000` and SQL aggregates work.
//
// SCF delivers each line to CLS with platform keys of its own (SCF_FunctionName, SCF_RequestId, …)
// and the line as the text key SCF_Message; a line that is one flat JSON object is also parsed
// into top-level keys, one per first-level field with a number or text value (cloud/cls.ts cites
// SCF's documents 583/60336 and 583/18032). So the functions' fields are indexed, and queried, as
// top-level keys under their own names — never as `SCF_Message.<field>`.
import { bulkGreetingLogFields } from "../../../functions/bulk-greeting/settings";
import { requestLogFields } from "../../../functions/verification/settings";

import { type ClsIndexType, SCF_JSON_LINE_FIELDS, SCF_MESSAGE_KEY as MESSAGE, SCF_PLATFORM_KEYS } from "../../../cloud/cls";

export type LogIndexType = ClsIndexType;

/** The CLS key holding the line the function wrote, as text. */
export const SCF_MESSAGE_KEY = MESSAGE.name;

/** How a query names one of the functions' log fields: its own top-level key. */
export function logField(field: string): string {
  return SCF_JSON_LINE_FIELDS.key(field);
}

/** SCF's own per-line keys worth searching on (request id to follow one invocation), and the line itself. */
export const SCF_PLATFORM_FIELDS: readonly LogIndexField[] = [
  ...SCF_PLATFORM_KEYS.map(({ name, type }) => ({ key: name, type })),
  { key: MESSAGE.name, type: MESSAGE.type },
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
