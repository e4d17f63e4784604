// What the session service needs from storage: rotate a refresh-token family's current token and
// revoke a family, each one atomic step. Creating a family happens with the code match
// (CodeStore.verify), so a login is still one round trip on standalone Redis.

import type { IdempotencyRecord, Replayed } from "./code-store";

export interface RotateRequest {
  familyId: string;
  presentedHash: string;
  nextHash: string;
  ttlSeconds: number;
  /** Now (the service's clock), against the family's absolute end. */
  nowMs: number;
  /** Sets the family's absolute end from now if it has none yet (a family from before it existed). */
  lifetimeSeconds: number;
  idempotency?: IdempotencyRecord;
}

export type RotateResult =
  /** expiresInSeconds: the new token's lifetime (the refresh TTL, or less near the family's end). */
  | { kind: "rotated"; phone: string; expiresInSeconds: number }
  /** Unknown or expired family. */
  | { kind: "invalid" }
  /** The family was revoked before (logout or an earlier reuse). */
  | { kind: "revoked" }
  /** A retired token was presented: the family is revoked now. */
  | { kind: "reused" }
  | Replayed;

export type RevokeResult = { kind: "revoked"; phone: string } | { kind: "invalid" };

export interface SessionStore {
  rotate(request: RotateRequest): Promise<RotateResult>;
  revoke(familyId: string, presentedHash: string): Promise<RevokeResult>;
}
