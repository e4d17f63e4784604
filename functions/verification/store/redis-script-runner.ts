// Runs the Lua scripts of lua-scripts.ts (where every script of the verification function lives):
// defines them on the container's client and runs each through one path — wait for the first
// connection only when the client is not ready yet (a warm container pays no extra await), force a
// reconnect after a timeout, and turn Redis failures into StoreUnavailableError with a cause class.
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
