// The container's Redis connection: one ioredis client (or Cluster client for TencentDB's cluster
// architecture), created lazily and reused across invocations. There is no offline queue and a
// short connect/command timeout, so while Redis is unreachable a request fails fast (→ 503) instead
// of piling up; the client keeps reconnecting in the background and recovers without a restart.
import type { Cluster, Redis, RedisOptions } from "ioredis";
import type { RedisConfig } from "../config";
import { StoreUnavailableError } from "./code-store";

export type RedisConnection = Redis | Cluster;

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

export interface ConnectOptions {
  /**
   * Called when the server refuses the password (WRONGPASS / NOAUTH): it was rotated, so the
   * runtime re-reads it from Secrets Manager and reconnects with the new one.
   */
  onAuthFailure?: () => void;
}

const authFailure = /^(NOAUTH|WRONGPASS)\b/;

export function connectRedis(config: RedisConfig, options: ConnectOptions = {}): RedisConnection {
  const { Redis, Cluster } = ioredis();
  const common: RedisOptions = {
    password: config.password,
    connectTimeout: config.connectTimeoutMs,
    commandTimeout: config.connectTimeoutMs,
    maxRetriesPerRequest: 1,
    enableOfflineQueue: false,
    // Reconnect forever with a short back-off; requests in between are refused immediately.
    retryStrategy: (times) => Math.min(times * 100, 1000),
  };
  const client: RedisConnection = config.cluster
    ? new Cluster([{ host: config.host, port: config.port }], {
        enableOfflineQueue: false,
        redisOptions: common,
        clusterRetryStrategy: (times) => Math.min(times * 100, 1000),
        slotsRefreshTimeout: config.connectTimeoutMs,
      })
    : new Redis({ ...common, host: config.host, port: config.port });
  // Failures reach callers as rejected commands; without a listener ioredis would print each one.
  // An AUTH refusal never reaches a command (the socket just never becomes ready), so it is
  // recognised here.
  client.on("error", (error: Error) => {
    if (authFailure.test(error.message)) options.onAuthFailure?.();
  });
  client.once("ready", () => everReady.add(client));
  return client;
}

const pendingReady = new WeakMap<RedisConnection, Promise<void>>();
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
    const onReady = () => {
      clearTimeout(timer);
      pendingReady.delete(client);
      resolve();
    };
    const timer = setTimeout(() => {
      client.off("ready", onReady);
      pendingReady.delete(client);
      reject(new StoreUnavailableError(`Redis not ready within ${timeoutMs} ms (status ${client.status})`));
    }, timeoutMs);
    client.once("ready", onReady);
  });
  pendingReady.set(client, waiting);
  return waiting;
}

const unavailableReplies = /^(LOADING|CLUSTERDOWN|MASTERDOWN|TRYAGAIN|READONLY|NOAUTH|WRONGPASS)\b/;

/**
 * A command timeout on a "ready" socket usually means the peer vanished without closing it (e.g.
 * an idle connection dropped while the SCF container was frozen); ioredis would keep writing into
 * it, so force a reconnect and let the next request use a fresh socket.
 */
export function reconnectAfterTimeout(client: RedisConnection, error: unknown): void {
  if (error instanceof Error && /Command timed out/i.test(error.message)) client.disconnect(true);
}

/** Connection-level failures become StoreUnavailableError; script or logic errors stay as they are. */
export function classifyRedisError(error: unknown): unknown {
  if (error instanceof StoreUnavailableError) return error;
  if (error instanceof Error) {
    const isReplyError = error.name === "ReplyError";
    if (!isReplyError || unavailableReplies.test(error.message)) {
      return new StoreUnavailableError(`Redis unavailable: ${error.message}`);
    }
  }
  return error;
}
