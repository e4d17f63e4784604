// The Idempotency-Key part of the verification scripts' KEYS and ARGV (lua-scripts.ts reads and
// writes the record in the same script as the request's change) and the replay a script answers.
import type { Replayed } from "./code-store";

/**
 * The Idempotency-Key record of a getSms or login, in the phone's slot. Without a key the scripts
 * get the name with an empty id, which never exists (they neither read nor write it then).
 */
export function idempotencyRecordKey(phone: string, id = ""): string {
  return `vc:{${phone}}:idem:${id}`;
}

/** Fingerprint and lifetime arguments of a script's idempotency record ('' and 0 without a key). */
export function idempotencyArguments(record: { fingerprint: string; ttlSeconds: number } | undefined): (string | number)[] {
  return record ? [record.fingerprint, record.ttlSeconds] : ["", 0];
}

/** A script's replay of an idempotency record, or undefined for its own reply. */
export function replayedResult(reply: unknown): Replayed | undefined {
  const [kind, outcome, value, sealed] = reply as [string, string, string | number, string];
  if (kind === "conflict") return { kind: "conflict" };
  if (kind === "replay") return { kind: "replayed", outcome, value: String(value), sealed: sealed ?? "" };
  return undefined;
}
