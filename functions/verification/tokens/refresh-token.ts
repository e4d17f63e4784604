// Opaque refresh tokens: "<familyId>.<secret>", both from the CSPRNG (128-bit family id, 256-bit
// secret; token-entropy.ts), base64url. Redis keeps only SHA-256 of the whole token, under the family's own
// hash tag {rt:<familyId>}: the token names its slot without carrying the phone, so a leaked token
// or a log line never reveals a number, and every refresh or logout is one script on one slot.
import { createHash } from "node:crypto";
import { randomBase64url } from "./token-entropy";

export interface RefreshToken {
  familyId: string;
  token: string;
}

const shape = /^([A-Za-z0-9_-]{22})\.([A-Za-z0-9_-]{43})$/;

/** A token in a new family (login). */
export function newRefreshFamily(): RefreshToken {
  return inFamily(randomBase64url(16));
}

/** The next token of an existing family (refresh). */
export function inFamily(familyId: string): RefreshToken {
  return { familyId, token: `${familyId}.${randomBase64url(32)}` };
}

/** The family of a well-formed token, or undefined for anything else (never looked up). */
export function familyOf(token: string): string | undefined {
  return shape.exec(token)?.[1];
}

export function hashRefreshToken(token: string): string {
  return createHash("sha256").update(token).digest("base64url");
}
