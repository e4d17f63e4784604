// SessionStore on Redis: one EVALSHA per operation on the family's own slot ({rt:<familyId>}), so
// it is one round trip on standalone Redis and on a cluster alike.
import { refreshSessionScript, revokeSessionScript } from "./lua-scripts";
import type { RedisConnection } from "./redis-connection";
import { defineScripts, runScript } from "./redis-script-runner";
import { idempotencyArguments, replayedResult } from "./redis-idempotency";
import type { RevokeResult, RotateRequest, RotateResult, SessionStore } from "./session-store";

export function sessionKey(familyId: string): string {
  return `rt:{rt:${familyId}}`;
}

/** Hashes of the family's last retired tokens (lua-scripts.ts, retiredTokensKept). */
export function retiredKey(familyId: string): string {
  return `${sessionKey(familyId)}:retired`;
}

const commands = {
  sessionRefresh: { numberOfKeys: 3, lua: refreshSessionScript },
  sessionRevoke: { numberOfKeys: 2, lua: revokeSessionScript },
} as const;

export class RedisSessionStore implements SessionStore {
  constructor(
    private readonly client: RedisConnection,
    private readonly options: { readyTimeoutMs: number },
  ) {
    defineScripts(client, commands);
  }

  async rotate(req: RotateRequest): Promise<RotateResult> {
    const family = sessionKey(req.familyId);
    const idempotency = req.idempotency;
    const reply = await this.run("sessionRefresh", [
      family,
      `${family}:idem:${idempotency?.id ?? ""}`,
      retiredKey(req.familyId),
      req.presentedHash,
      req.nextHash,
      req.ttlSeconds,
      ...idempotencyArguments(idempotency),
      idempotency?.sealed ?? "",
      req.nowMs,
      req.lifetimeSeconds,
    ]);
    const replayed = replayedResult(reply);
    if (replayed) return replayed;
    const [kind, phone, secondsLeft] = reply as [string, string, number];
    if (kind === "rotated") return { kind, phone, expiresInSeconds: Number(secondsLeft) };
    if (kind === "revoked" || kind === "reused") return { kind };
    return { kind: "invalid" };
  }

  async revoke(familyId: string, presentedHash: string): Promise<RevokeResult> {
    const [kind, phone] = (await this.run("sessionRevoke", [sessionKey(familyId), retiredKey(familyId), presentedHash])) as [
      string,
      string,
    ];
    return kind === "revoked" ? { kind, phone } : { kind: "invalid" };
  }

  private run(name: keyof typeof commands, args: (string | number)[]): Promise<unknown> {
    return runScript(this.client, name, args, this.options.readyTimeoutMs);
  }
}
