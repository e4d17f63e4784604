// What the session service needs from storage: rotate a refresh-token family's current token and
// revoke a family, each one atomic step. Creating a family happens with the code match
// (CodeStore.verify), so a login is still one round trip on standalone Redis.

import type { IdempotencyRecord, Replayed } from "./code-store";

export type RotateResult =
  | { kind: "rotated"; phone: string }
  /** Unknown or expired family. */
  | { kind: "invalid" }
  /** The family was revoked before (logout or an earlier reuse). */
  | { kind: "revoked" }
  /** A retired token was presented: the family is revoked now. */
  | { kind: "reused" }
  | Replayed;

export type RevokeResult = { kind: "revoked"; phone: string } | { kind: "invalid" };

export interface SessionStore {
  rotate(
    familyId: string,
    presentedHash: string,
    nextHash: string,
    ttlSeconds: number,
    idempotency?: IdempotencyRecord,
  ): Promise<RotateResult>;
  revoke(familyId: string, presentedHash: string): Promise<RevokeResult>;
}
