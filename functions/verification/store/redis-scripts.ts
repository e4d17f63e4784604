// The Lua scripts of the Redis stores, defined on the container's client and run through one path:
// wait for the first connection only when the client is not ready yet (a warm container pays no
// extra await), force a reconnect after a timeout, and turn Redis failures into
// StoreUnavailableError with a cause class.
import type { Replayed } from "./code-store";
import { classifyRedisError, reconnectAfterTimeout, whenRedisReady, type RedisConnection } from "./redis-connection";

export type ScriptDefinitions = Record<string, { numberOfKeys: number; lua: string }>;

type ScriptCommand = (...args: (string | number)[]) => Promise<unknown>;

/** Defines each script as a client command (EVALSHA, falling back to EVAL once), unless already defined. */
export function defineScripts(client: RedisConnection, scripts: ScriptDefinitions): void {
  for (const [name, definition] of Object.entries(scripts)) {
    if (!(name in client)) client.defineCommand(name, definition);
  }
}

/** Runs a script defined by defineScripts: KEYS first, then ARGV, as its definition counts them. */
export async function runScript(
  client: RedisConnection,
  name: string,
  args: (string | number)[],
  readyTimeoutMs: number,
): Promise<unknown> {
  try {
    if (client.status !== "ready") await whenRedisReady(client, readyTimeoutMs);
    const command = (client as unknown as Record<string, ScriptCommand>)[name];
    return await command.apply(client, args);
  } catch (error) {
    reconnectAfterTimeout(client, error);
    throw classifyRedisError(error);
  }
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
