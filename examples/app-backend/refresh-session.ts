// How an app backend that keeps a user's refresh token (a server-side session) refreshes it
// safely: one Idempotency-Key per refresh, sent again with the same token only while the outcome
// is unknown (no reply, 503, 500). A reply lost after the function rotated the token then gets the
// first outcome back — the same new tokens — instead of RefreshTokenReused, which would revoke the
// session (docs/http-api.md, "Retries and the Idempotency-Key header"). Copy this file into your
// backend; it needs Node 18+ (global fetch) and nothing else.
import { randomUUID } from "node:crypto";

export interface RefreshSettings {
  /** The verification function's URL (Function URL or API Gateway path). */
  functionUrl: string;
  /** Tries in all, the first included (default 3). */
  attempts?: number;
  /** Per try (default 5 s). */
  timeoutMs?: number;
  /** Wait before the second try, doubled for each later one (default 200 ms). */
  backoffMs?: number;
}

export type RefreshResult =
  | { ok: true; accessToken: string; expiresIn: number; refreshToken: string; refreshExpiresIn: number }
  /** codeStr from the function, or "Unavailable" when no try had a definite outcome. */
  | { ok: false; codeStr: string; msg: string };

/** Replies after which the refresh may or may not have happened: retried with the same key. */
const outcomeUnknown = new Set(["ServiceUnavailable", "InternalError"]);

export async function refreshSession(settings: RefreshSettings, refreshToken: string): Promise<RefreshResult> {
  const key = randomUUID();
  const attempts = settings.attempts ?? 3;
  let last = "no reply";
  for (let attempt = 0; attempt < attempts; attempt++) {
    if (attempt > 0) await new Promise((resolve) => setTimeout(resolve, (settings.backoffMs ?? 200) * 2 ** (attempt - 1)));
    let body: Record<string, unknown>;
    try {
      const response = await fetch(settings.functionUrl, {
        method: "POST",
        headers: { "Content-Type": "application/json", "Idempotency-Key": key },
        body: JSON.stringify({ method: "refresh", refreshToken }),
        signal: AbortSignal.timeout(settings.timeoutMs ?? 5000),
      });
      body = (await response.json()) as Record<string, unknown>;
    } catch (error) {
      // No reply (timeout, connection reset) or no JSON: the function may have rotated the token.
      last = error instanceof Error ? error.message : String(error);
      continue;
    }
    const codeStr = String(body.codeStr);
    if (outcomeUnknown.has(codeStr)) {
      last = codeStr;
      continue;
    }
    if (codeStr !== "Success") return { ok: false, codeStr, msg: String(body.msg) };
    return {
      ok: true,
      accessToken: String(body.accessToken),
      expiresIn: Number(body.expiresIn),
      refreshToken: String(body.refreshToken),
      refreshExpiresIn: Number(body.refreshExpiresIn),
    };
  }
  return { ok: false, codeStr: "Unavailable", msg: `no definite outcome after ${attempts} tries (last: ${last})` };
}
