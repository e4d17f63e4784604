// Random bytes for token ids and secrets, base64url-encoded, from a pooled CSPRNG buffer.
// Every login prepares a refresh token before its code is checked (the store creates the session
// in the same script as the match), so this runs on every login, matching or not. One
// crypto.randomBytes call costs ~10 µs in Node (a job through its crypto machinery, even for 16
// bytes); refilling a 4 KiB pool with one randomFillSync and handing out slices costs ~0.3 µs a
// token. Each pooled byte is handed out once and the pool is overwritten before reuse — what Node
// itself does for crypto.randomUUID.
import { randomFillSync } from "node:crypto";

const pool = Buffer.alloc(4096);
let offset = pool.length;

/** `bytes` fresh random bytes (at most 256) as base64url text. */
export function randomBase64url(bytes: number): string {
  if (!Number.isInteger(bytes) || bytes < 1 || bytes > 256) throw new RangeError(`randomBase64url: ${bytes} bytes`);
  if (offset + bytes > pool.length) {
    randomFillSync(pool);
    offset = 0;
  }
  const text = pool.toString("base64url", offset, offset + bytes);
  // Used bytes are not left behind for anything reading the buffer later.
  pool.fill(0, offset, offset + bytes);
  offset += bytes;
  return text;
}
