// The next step of a signing-key rotation, decided from the key set and the clock alone (the CLI
// reads and writes the set; this decides). One `rotate` never logs anyone out:
//   1. drop a previous key once every token it signed has expired (access TTL + container refresh)
//   2. promote a pending key once every app and container has seen it (JWKS max-age + refresh)
//   3. otherwise add a new pending key (or, on an empty set, a first current key at once:
//      no token exists yet that could be broken)
// A step that is not due yet is refused with the time it becomes due.
import { generateSigningKey, type KeySetDocument, type StoredSigningKey } from "./key-set";

/** How long containers may keep an old copy of the key set (functions' SECRETS_REFRESH_SECONDS default). */
const containerRefreshSeconds = 300;
/** Slack for clocks and slow caches. */
const marginSeconds = 60;
/** The JWKS document's Cache-Control max-age (http/jwks-reply.ts serves it with this). */
export const jwksMaxAgeSeconds = 300;

/** The waits `npm run keys -- rotate` keeps, for an environment's access-token lifetime. */
export function timingsFor(accessTokenTtlSeconds: number): RotationTimings {
  return {
    publishWaitSeconds: jwksMaxAgeSeconds + containerRefreshSeconds + marginSeconds,
    dropWaitSeconds: accessTokenTtlSeconds + containerRefreshSeconds + marginSeconds,
  };
}

/**
 * The earliest moment the key that was current in a key set read at `readAtMs` can have been
 * dropped by rotations the container did not see: a key added after the read is promoted no sooner
 * than publishWait later (one already pending at the read, publishWait after it was created), and
 * the old key is dropped dropWait after that. A container that could not re-read the set since must
 * not sign past it: backends would no longer find the key in the JWKS.
 */
export function signingDeadlineMs(readAtMs: number, pendingCreatedAtMs: number | undefined, timings: RotationTimings): number {
  const earliestPromotion =
    pendingCreatedAtMs === undefined
      ? readAtMs + timings.publishWaitSeconds * 1000
      : Math.max(readAtMs, pendingCreatedAtMs + timings.publishWaitSeconds * 1000);
  return earliestPromotion + timings.dropWaitSeconds * 1000;
}

export interface RotationTimings {
  /** Seconds between adding a key and signing with it. */
  publishWaitSeconds: number;
  /** Seconds between retiring a key and removing it from the JWKS. */
  dropWaitSeconds: number;
}

export type RotationStep =
  { kind: "changed"; next: KeySetDocument; actions: string[] } | { kind: "notYet"; reason: string; dueAt: Date };

export function nextRotationStep(current: KeySetDocument, now: Date, timings: RotationTimings): RotationStep {
  const actions: string[] = [];
  let keys = [...current.keys];
  const at = (iso: string | undefined, seconds: number) => new Date(Date.parse(iso ?? "") + seconds * 1000);

  const dueDrops = keys.filter((key) => key.status === "previous" && at(key.retiredAt, timings.dropWaitSeconds) <= now);
  for (const key of dueDrops) actions.push(`dropped ${key.kid} (retired ${key.retiredAt})`);
  keys = keys.filter((key) => !dueDrops.includes(key));

  const pending = keys.find((key) => key.status === "pending");
  if (pending) {
    const due = at(pending.createdAt, timings.publishWaitSeconds);
    if (due > now)
      return notYetUnless(actions, keys, `key ${pending.kid} is published but not yet seen everywhere; promote it after`, due);
    const retiring = keys.find((key) => key.status === "current");
    keys = keys.map((key): StoredSigningKey => {
      if (key === pending) return { ...key, status: "current", promotedAt: now.toISOString() };
      if (key === retiring) return { ...key, status: "previous", retiredAt: now.toISOString() };
      return key;
    });
    actions.push(`promoted ${pending.kid} to current${retiring ? `; ${retiring.kid} is previous until its tokens expire` : ""}`);
    return { kind: "changed", next: { version: 1, keys }, actions };
  }

  const stillVerifying = keys.find((key) => key.status === "previous");
  if (stillVerifying) {
    return notYetUnless(
      actions,
      keys,
      `previous key ${stillVerifying.kid} still verifies live tokens; it is dropped after`,
      at(stillVerifying.retiredAt, timings.dropWaitSeconds),
    );
  }
  const hasCurrent = keys.some((key) => key.status === "current");
  const added = generateSigningKey(hasCurrent ? "pending" : "current", now);
  keys.push(added);
  actions.push(
    hasCurrent
      ? `added ${added.kid} as pending (published, not signing); run rotate again after ${at(added.createdAt, timings.publishWaitSeconds).toISOString()}`
      : `added ${added.kid} as the first current key`,
  );
  return { kind: "changed", next: { version: 1, keys }, actions };
}

/** A drop already happened in this step: save it, and report the part that is not due. */
function notYetUnless(actions: string[], keys: StoredSigningKey[], reason: string, dueAt: Date): RotationStep {
  if (actions.length > 0)
    return { kind: "changed", next: { version: 1, keys }, actions: [...actions, `${reason} ${dueAt.toISOString()}`] };
  return { kind: "notYet", reason, dueAt };
}
