// SessionStore on Redis: one EVALSHA per operation on the family's own slot ({rt:<familyId>}), so
// it is one round trip on standalone Redis and on a cluster alike.
import { refreshSessionScript, revokeSessionScript } from "./lua-scripts";
import type { RedisConnection } from "./redis-connection";
import { defineScripts, idempotencyArguments, replayedResult, runScript } from "./redis-scripts";
import type { RevokeResult, RotateResult, SessionStore } from "./session-store";
import type { IdempotencyRecord } from "./code-store";

export function sessionKey(familyId: string): string {
  return `rt:{rt:${familyId}}`;
}

const commands = {
  sessionRefresh: { numberOfKeys: 2, lua: refreshSessionScript },
  sessionRevoke: { numberOfKeys: 1, lua: revokeSessionScript },
} as const;

export class RedisSessionStore implements SessionStore {
  constructor(
    private readonly client: RedisConnection,
    private readonly options: { readyTimeoutMs: number },
  ) {
    defineScripts(client, commands);
  }

  async rotate(
    familyId: string,
    presentedHash: string,
    nextHash: string,
    ttlSeconds: number,
    idempotency?: IdempotencyRecord,
  ): Promise<RotateResult> {
    const reply = await this.run("sessionRefresh", [
      sessionKey(familyId),
      `${sessionKey(familyId)}:idem:${idempotency?.id ?? ""}`,
      presentedHash,
      nextHash,
      ttlSeconds,
      ...idempotencyArguments(idempotency),
      idempotency?.sealed ?? "",
    ]);
    const replayed = replayedResult(reply);
    if (replayed) return replayed;
    const [kind, phone] = reply as [string, string];
    if (kind === "rotated") return { kind, phone };
    if (kind === "revoked" || kind === "reused") return { kind };
    return { kind: "invalid" };
  }

  async revoke(familyId: string, presentedHash: string): Promise<RevokeResult> {
    const [kind, phone] = (await this.run("sessionRevoke", [sessionKey(familyId), presentedHash])) as [string, string];
    return kind === "revoked" ? { kind, phone } : { kind: "invalid" };
  }

  private run(name: keyof typeof commands, args: (string | number)[]): Promise<unknown> {
    return runScript(this.client, name, args, this.options.readyTimeoutMs);
  }
}
