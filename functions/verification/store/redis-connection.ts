// The container's Redis connection: one ioredis client (or Cluster client for TencentDB's cluster
// architecture), created lazily and reused across invocations. There is no offline queue and a
// short connect/command timeout, so while Redis is unreachable a request fails fast (→ 503) instead
// of piling up; the client keeps reconnecting in the background and recovers without a restart.
// Nothing is ever sent twice: a script that timed out is not re-sent after the reconnect.
import type { Cluster, Redis, RedisOptions } from "ioredis";
import type { RedisSettings } from "../settings";
import { StoreUnavailableError, type StoreFailureCause } from "./code-store";

export type RedisConnection = Redis | Cluster;

/** Where and how to connect; the password comes from the runtime secret (empty = no AUTH). */
export type RedisConfig = RedisSettings & { password?: string };

/**
 * ioredis is loaded when the first client is made (the container's first invocation), not when
 * SCF loads index.js: together with the Node modules it pulls in (net, tls, dns, …) it was most of
 * what was left of the bundle's cold require. The first request pays it either way; `npm run
 * bench` reports that request (require + connect + one login) next to the require alone.
 */
function ioredis(): typeof import("ioredis") {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  return require("ioredis") as typeof import("ioredis");
}

/**
 * Loads ioredis without connecting: the runtime calls it while the first Secrets Manager read is
 * in flight, so the first connection does not wait for the module.
 */
export function loadRedisClient(): void {
  ioredis();
}

export interface ConnectOptions {
  /**
   * Called when the server refuses the password (WRONGPASS / NOAUTH): it was rotated, so the
   * runtime re-reads it from Secrets Manager and reconnects with the new one.
   */
  onAuthFailure?: () => void;
}

export function connectRedis(config: RedisConfig, options: ConnectOptions = {}): RedisConnection {
  const { Redis, Cluster } = ioredis();
  const common: RedisOptions = {
    password: config.password,
    connectTimeout: config.connectTimeoutMs,
    commandTimeout: config.connectTimeoutMs,
    maxRetriesPerRequest: 1,
    enableOfflineQueue: false,
    // A command that timed out may already be running on the server (a slow script, a stalled
    // Redis): ioredis would send it again after the reconnect, and the script would run twice (a
    // refresh then revokes its own family, a wrong code counts twice). The request has answered
    // 503 already; nothing is re-sent.
    autoResendUnfulfilledCommands: false,
    // Reconnect forever with a short back-off; requests in between are refused immediately.
    retryStrategy: (times) => Math.min(times * 100, 1000),
    // How long a disconnect waits for the server to close the socket before destroying it
    // (ioredis's default is 2 s). The timer also runs when the socket is already gone (a client
    // dropped after a timeout or a rotated password), and kept tests and tools alive that long.
    disconnectTimeout: 200,
  };
  const client: RedisConnection = config.cluster
    ? new Cluster([{ host: config.host, port: config.port }], {
        enableOfflineQueue: false,
        redisOptions: common,
        clusterRetryStrategy: (times) => Math.min(times * 100, 1000),
        // Likewise on a cluster: a command whose node connection closed is not sent again (ioredis
        // would retry it on the slot's node after 100 ms); it may have run already.
        retryDelayOnFailover: 0,
        slotsRefreshTimeout: config.connectTimeoutMs,
      })
    : new Redis({
        ...common,
        host: config.host,
        port: config.port,
        // No INFO round trip before the client counts as ready: a cold container's first command
        // goes out right behind AUTH on the new socket. A server still loading its data answers
        // that command with LOADING, which becomes a 503 like any other unavailable Redis.
        enableReadyCheck: false,
      });
  // Failures reach callers as rejected commands; without a listener ioredis would print each one.
  // An AUTH refusal never reaches a command (the socket just never becomes ready), so it is
  // recognised here. The last connection-level error is also kept (as a class only) so a request
  // refused while the client is reconnecting can say why: a rotated password looks different from
  // a dead host.
  client.on("error", (error: unknown) => {
    const cause = causeOf(error) ?? "connection";
    lastConnectionCause.set(client, cause);
    if (cause === "auth") options.onAuthFailure?.();
  });
  client.on("ready", () => lastConnectionCause.delete(client));
  client.once("ready", () => everReady.add(client));
  return client;
}

const pendingReady = new WeakMap<RedisConnection, Promise<void>>();
const lastConnectionCause = new WeakMap<RedisConnection, StoreFailureCause>();
const everReady = new WeakSet<RedisConnection>();

/**
 * A client's first connection (cold container: TCP, AUTH, for a cluster the slot map) may take
 * longer than the fail-fast timeout meant for a warm container whose Redis went away.
 */
export const firstConnectMinimumMs = 3000;

/**
 * Resolves once the client can take commands. With no offline queue a command sent while the
 * socket is still connecting would fail, so a cold container waits here (bounded by timeoutMs).
 */
export function whenRedisReady(client: RedisConnection, requestedTimeoutMs: number): Promise<void> {
  if (client.status === "ready") return Promise.resolve();
  const timeoutMs = everReady.has(client) ? requestedTimeoutMs : Math.max(requestedTimeoutMs, firstConnectMinimumMs);
  const existing = pendingReady.get(client);
  if (existing) return existing;
  const waiting = new Promise<void>((resolve, reject) => {
    const settle = () => {
      clearTimeout(timer);
      client.off("ready", onReady);
      client.off("error", onError);
      pendingReady.delete(client);
    };
    const onReady = () => {
      settle();
      resolve();
    };
    // A refused password will not be accepted on the next attempt either: answer now (the runtime
    // re-reads the secret meanwhile) instead of holding the request until the timeout.
    const onError = (error: unknown) => {
      if (causeOf(error) !== "auth") return;
      settle();
      reject(new StoreUnavailableError(`Redis refused the password (status ${client.status})`, "auth"));
    };
    const timer = setTimeout(() => {
      settle();
      const cause = lastConnectionCause.get(client) ?? "notReady";
      reject(
        new StoreUnavailableError(`Redis not ready within ${timeoutMs} ms (status ${client.status}, last cause ${cause})`, cause),
      );
    }, timeoutMs);
    client.once("ready", onReady);
    client.on("error", onError);
  });
  pendingReady.set(client, waiting);
  return waiting;
}

// Error replies and socket errors that mean "Redis cannot serve this now", by cause class. Only the
// class is logged: messages can quote keys (phone numbers) and must not reach the log.
const causePatterns: [RegExp, StoreFailureCause][] = [
  // "Protocol error: unauthenticated multibulk length": Redis 7 refuses a large command (a script's
  // first EVAL) from a client that has not authenticated, before it would say NOAUTH.
  [/^(NOAUTH|WRONGPASS)\b|invalid password|Authentication required|-NOPERM|Protocol error: unauthenticated/i, "auth"],
  [/^OOM\b/, "oom"],
  [/^WRONGTYPE\b/, "wrongType"],
  [/^(CLUSTERDOWN|MASTERDOWN|TRYAGAIN)\b|Failed to refresh slots cache|None of startup nodes/i, "clusterDown"],
  [/^LOADING\b/, "loading"],
  [/^READONLY\b/, "readOnly"],
  [/Command timed out|ETIMEDOUT|connect ETIMEDOUT/i, "timeout"],
  [/ECONNREFUSED/, "refused"],
  [
    /ECONNRESET|EPIPE|Connection is closed|Stream isn't writeable|EHOSTUNREACH|ENOTFOUND|EAI_AGAIN|enableOfflineQueue/i,
    "connection",
  ],
];

function causeOf(error: unknown): StoreFailureCause | undefined {
  // Not `instanceof Error`: socket errors come from Node's own realm, which differs under test VMs.
  if (typeof error !== "object" || error === null) return undefined;
  const { message, code } = error as { message?: unknown; code?: unknown };
  const text = `${typeof message === "string" ? message : ""} ${typeof code === "string" ? code : ""}`;
  return causePatterns.find(([pattern]) => pattern.test(text))?.[1];
}

/**
 * A command timeout on a "ready" socket usually means the peer vanished without closing it (e.g.
 * an idle connection dropped while the SCF container was frozen); ioredis would keep writing into
 * it, so force a reconnect and let the next request use a fresh socket.
 */
export function reconnectAfterTimeout(client: RedisConnection, error: unknown): void {
  if (causeOf(error) === "timeout") client.disconnect(true);
}

/**
 * Failures of Redis itself — connection, auth, memory, a key of the wrong type (a foreign writer or
 * a half-migrated key), cluster state — become StoreUnavailableError (→ 503) with a cause class.
 * Anything else (a bug in our own script) stays as it is and becomes a 500.
 */
export function classifyRedisError(error: unknown): unknown {
  if (error instanceof StoreUnavailableError) return error;
  if (typeof error !== "object" || error === null) return error;
  const cause = causeOf(error);
  if (cause) return new StoreUnavailableError(`Redis unavailable (${cause})`, cause);
  if ((error as { name?: unknown }).name !== "ReplyError")
    return new StoreUnavailableError("Redis unavailable (connection)", "connection");
  return error;
}

/**
 * Disconnects and resolves once the socket is closed. A bare `disconnect()` leaves ioredis's 2 s
 * fallback timer pending until the server acknowledges the close, which keeps a process (a test
 * worker, the dev server on Ctrl-C) alive after everything else is done. Bounded: a server that
 * never answers is cut off by that same fallback.
 */
export function closeRedis(client: RedisConnection): Promise<void> {
  if (client.status === "end") return Promise.resolve();
  return new Promise<void>((resolve) => {
    // A client between reconnect attempts has no socket left to close and may never say "end".
    const giveUp = setTimeout(resolve, 2500);
    giveUp.unref();
    client.once("end", () => {
      clearTimeout(giveUp);
      resolve();
    });
    client.disconnect();
  });
}
