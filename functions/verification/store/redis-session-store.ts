// SessionStore on Redis: one EVALSHA per operation on the family's own slot ({rt:<familyId>}), so
// it is one round trip on standalone Redis and on a cluster alike.
import { refreshSessionScript, revokeSessionScript } from "./lua-scripts";
import { classifyRedisError, reconnectAfterTimeout, whenRedisReady, type RedisConnection } from "./redis-connection";
import type { RevokeResult, RotateResult, SessionStore } from "./session-store";

export function sessionKey(familyId: string): string {
  return `rt:{rt:${familyId}}`;
}

type ScriptCommand = (...args: (string | number)[]) => Promise<unknown>;

const commands = {
  sessionRefresh: { numberOfKeys: 1, lua: refreshSessionScript },
  sessionRevoke: { numberOfKeys: 1, lua: revokeSessionScript },
} as const;

export class RedisSessionStore implements SessionStore {
  constructor(
    private readonly client: RedisConnection,
    private readonly options: { readyTimeoutMs: number },
  ) {
    for (const [name, definition] of Object.entries(commands)) {
      if (!(name in client)) client.defineCommand(name, definition);
    }
  }

  async rotate(familyId: string, presentedHash: string, nextHash: string, ttlSeconds: number): Promise<RotateResult> {
    const [kind, phone] = (await this.run("sessionRefresh", [sessionKey(familyId), presentedHash, nextHash, ttlSeconds])) as [
      string,
      string,
    ];
    if (kind === "rotated") return { kind, phone };
    if (kind === "revoked" || kind === "reused") return { kind };
    return { kind: "invalid" };
  }

  async revoke(familyId: string, presentedHash: string): Promise<RevokeResult> {
    const [kind, phone] = (await this.run("sessionRevoke", [sessionKey(familyId), presentedHash])) as [string, string];
    return kind === "revoked" ? { kind, phone } : { kind: "invalid" };
  }

  private async run(name: keyof typeof commands, args: (string | number)[]): Promise<unknown> {
    try {
      // Warm container: no extra await on the hot path.
      if (this.client.status !== "ready") await whenRedisReady(this.client, this.options.readyTimeoutMs);
      const command = (this.client as unknown as Record<string, ScriptCommand>)[name];
      return await command.apply(this.client, args);
    } catch (error) {
      reconnectAfterTimeout(this.client, error);
      throw classifyRedisError(error);
    }
  }
}
