// A Redis that answers after the function's timeout, for the suites about what a timed-out request
// leaves behind: one runtime on a standalone redis-server and one on a 3-master cluster, both with
// a short Redis timeout; DEBUG SLEEP stalls the server (or the cluster node) that holds a key,
// MONITOR on it counts the scripts that ran, and a wait for the runtime's own client to answer again.
import Redis, { type Cluster } from "ioredis";
import { createVerificationRuntime, type VerificationRuntime } from "../../../../functions/verification/runtime";
import { startRedisCluster, type RedisClusterHandle } from "../../../support/redis-server";
import { ipWrongKey, phoneKeys } from "../../../../functions/verification/store/redis-code-store";
import { captureLog, startFixture, type Fixture } from "./verification-fixture";

export interface RedisNode {
  host: string;
  port: number;
}

export const delay = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** Plain clients to single servers; `closeAll()` disconnects every one made. */
export function redisClients() {
  const opened: Redis[] = [];
  const connect = (node: RedisNode): Redis => {
    const client = new Redis({ host: node.host, port: node.port });
    opened.push(client);
    return client;
  };
  return {
    connect,
    /** The node of `nodes` that owns the key's slot (the others reply MOVED). */
    async ownerOf(nodes: RedisNode[], key: string): Promise<RedisNode> {
      for (const node of nodes) {
        if (
          await connect(node)
            .exists(key)
            .then(
              () => true,
              () => false,
            )
        )
          return node;
      }
      throw new Error(`no node owns ${key}`);
    },
    /** Counts the scripts (EVAL/EVALSHA) the node runs that name `key`. */
    async countScriptRuns(node: RedisNode, key: string): Promise<() => number> {
      const monitor = await connect(node).monitor();
      opened.push(monitor);
      let runs = 0;
      monitor.on("monitor", (_time: string, args: string[]) => {
        if (/^eval/i.test(args[0] ?? "") && args.includes(key)) runs += 1;
      });
      return () => runs;
    },
    /**
     * Stalls the node for `seconds` (DEBUG SLEEP blocks the whole server) and resolves once the
     * stall has begun; `over` resolves when the server answers again.
     */
    async stall(node: RedisNode, seconds: number): Promise<{ over: Promise<unknown> }> {
      const over = connect(node).call("DEBUG", "SLEEP", String(seconds));
      // The command is on its way; give the server a moment to start sleeping on it.
      await delay(150);
      return { over };
    },
    closeAll(): void {
      for (const client of opened) client.disconnect();
    },
  };
}

/** Waits until the runtime's own client answers for `key` again (it reconnected after the timeout). */
export async function untilServing(runtime: VerificationRuntime, key: string): Promise<void> {
  for (let i = 0; i < 100; i++) {
    const client = runtime.redis as Redis | Cluster | undefined;
    if (
      client &&
      (await client.exists(key).then(
        () => true,
        () => false,
      ))
    )
      break;
    await delay(100);
  }
  // Room for a command the client would re-send after reconnecting (a cluster re-sends after 100 ms).
  await delay(500);
}

export type DeploymentKind = "standalone" | "cluster";

export interface Deployment {
  runtime: VerificationRuntime;
  /** The server (a cluster node) that holds this key. */
  nodeOf(key: string): Promise<RedisNode>;
  /**
   * The next phone from `next` whose keys are not on the node of {vc-limits}: a cluster login takes
   * the address's unit there first, and a stall of that node would refuse it before its script.
   */
  phoneAwayFromLimits(next: () => string): Promise<string>;
}

export interface StallableDeployments {
  fixture: Fixture;
  deployments: Record<DeploymentKind, Deployment>;
  redis: ReturnType<typeof redisClients>;
  stop(): Promise<void>;
}

/** Both deployments, sharing the fixture's SMS and Secrets Manager doubles. */
export async function startStallableDeployments(): Promise<StallableDeployments> {
  const [fixture, cluster]: [Fixture, RedisClusterHandle] = await Promise.all([
    startFixture({ IP_HOURLY_LIMIT: "100000" }),
    startRedisCluster(),
  ]);
  const redis = redisClients();
  // Far below the stalls, so every stalled request times out and answers 503.
  const timeouts = { REDIS_CONNECT_TIMEOUT_MS: "300" };
  const seed = cluster.nodes[0];
  const deployments: Record<DeploymentKind, Deployment> = {
    standalone: {
      runtime: createVerificationRuntime({ ...fixture.env, ...timeouts }, { log: captureLog().write }),
      nodeOf: async () => ({ host: fixture.redis.host, port: fixture.redis.port }),
      phoneAwayFromLimits: async (next) => next(),
    },
    cluster: {
      runtime: createVerificationRuntime(
        { ...fixture.env, ...timeouts, REDIS_HOST: seed.host, REDIS_PORT: String(seed.port), REDIS_CLUSTER: "true" },
        { log: captureLog().write },
      ),
      nodeOf: (key) => redis.ownerOf(cluster.nodes, key),
      async phoneAwayFromLimits(next) {
        // The fixture's events come from 203.0.113.10.
        const limits = await redis.ownerOf(cluster.nodes, ipWrongKey("203.0.113.10"));
        let phone = next();
        while ((await redis.ownerOf(cluster.nodes, phoneKeys(phone, "").code)).port === limits.port) phone = next();
        return phone;
      },
    },
  };
  return {
    fixture,
    deployments,
    redis,
    async stop() {
      redis.closeAll();
      await Promise.all(Object.values(deployments).map((d) => d.runtime.close()));
      await Promise.all([fixture.stop(), cluster.stop()]);
    },
  };
}
