// A Redis that answers after the function's timeout (issue 20, item 1): the request answers 503,
// the client reconnects, and the script it had already written must not be sent again. Redis is
// stalled with DEBUG SLEEP on the node that holds the keys; MONITOR on that node counts how often
// the script ran, and the keys show what it did. Standalone redis-server and a 3-master cluster.
import Redis, { type Cluster } from "ioredis";
import { createVerificationRuntime, type VerificationRuntime } from "../../../functions/verification/runtime";
import { ipWrongKey, phoneKeys } from "../../../functions/verification/store/redis-code-store";
import { sessionKey } from "../../../functions/verification/store/redis-session-store";
import { shanghaiDayStamp } from "../../../functions/verification/service/shanghai-day";
import { familyOf } from "../../../functions/verification/tokens/refresh-token";
import { startRedisCluster, type RedisClusterHandle } from "../../support/redis-server";
import {
  captureLog,
  functionUrlGet,
  functionUrlJson,
  lastCodeSentTo,
  replyBody,
  startFixture,
  type Fixture,
} from "./support/verification-fixture";

const delay = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

interface Deployment {
  runtime: VerificationRuntime;
  /** The server (a cluster node) that holds this key. */
  nodeOf(key: string): Promise<{ host: string; port: number }>;
}

let fixture: Fixture;
let cluster: RedisClusterHandle;
const deployments: Record<"standalone" | "cluster", Deployment> = {} as never;
const opened: Redis[] = [];

beforeAll(async () => {
  [fixture, cluster] = await Promise.all([startFixture({ IP_HOURLY_LIMIT: "100000" }), startRedisCluster()]);
  // Far below the stall, so every stalled request times out and answers 503.
  const timeouts = { REDIS_CONNECT_TIMEOUT_MS: "300" };
  deployments.standalone = {
    runtime: createVerificationRuntime({ ...fixture.env, ...timeouts }, { log: captureLog().write }),
    nodeOf: async () => ({ host: fixture.redis.host, port: fixture.redis.port }),
  };
  const seed = cluster.nodes[0];
  deployments.cluster = {
    runtime: createVerificationRuntime(
      { ...fixture.env, ...timeouts, REDIS_HOST: seed.host, REDIS_PORT: String(seed.port), REDIS_CLUSTER: "true" },
      { log: captureLog().write },
    ),
    async nodeOf(key) {
      for (const node of cluster.nodes) {
        const probe = connect(node);
        // Only the node that owns the key's slot answers; the others reply MOVED.
        if (
          await probe.exists(key).then(
            () => true,
            () => false,
          )
        )
          return node;
      }
      throw new Error(`no node owns ${key}`);
    },
  };
});

afterAll(async () => {
  for (const client of opened) client.disconnect();
  await Promise.all(Object.values(deployments).map((d) => d.runtime.close()));
  await Promise.all([fixture.stop(), cluster.stop()]);
});

function connect(node: { host: string; port: number }): Redis {
  const client = new Redis({ host: node.host, port: node.port, lazyConnect: false });
  opened.push(client);
  return client;
}

/** Counts the scripts (EVAL/EVALSHA) the node runs that name `key`. */
async function countScriptRuns(node: { host: string; port: number }, key: string): Promise<() => number> {
  const monitor = await connect(node).monitor();
  opened.push(monitor);
  let runs = 0;
  monitor.on("monitor", (_time: string, args: string[]) => {
    if (/^eval/i.test(args[0] ?? "") && args.includes(key)) runs += 1;
  });
  return () => runs;
}

/**
 * Stalls the node for `seconds` (DEBUG SLEEP blocks the whole server) and resolves once the stall
 * has begun; `over` resolves when the server answers again.
 */
async function stall(node: { host: string; port: number }, seconds: number): Promise<{ over: Promise<unknown> }> {
  const over = connect(node).call("DEBUG", "SLEEP", String(seconds));
  // The command is on its way; give the server a moment to start sleeping on it.
  await delay(150);
  return { over };
}

/** Waits until the runtime's own client answers for `key` again (it reconnected after the timeout). */
async function untilServing(runtime: VerificationRuntime, key: string): Promise<void> {
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

let phoneSeq = 0;
const nextPhone = () => `+86137${String(20000000 + phoneSeq++)}`;

describe.each(["standalone", "cluster"] as const)("a Redis slower than the timeout (%s)", (kind) => {
  const post = (fields: Record<string, unknown>) => deployments[kind].runtime.handle(functionUrlJson(fields), {});

  async function loggedIn(phone: string): Promise<string> {
    const runtime = deployments[kind].runtime;
    expect((await runtime.handle(functionUrlGet({ method: "getSms", phone }), {})).statusCode).toBe(200);
    const login = replyBody(await post({ method: "login", phone, code: lastCodeSentTo(fixture.sms, phone) }));
    expect(login.codeStr).toBe("Success");
    return String(login.refreshToken);
  }

  it("runs a stalled refresh's script once: the family is rotated once and stays alive", async () => {
    const token = await loggedIn(nextPhone());
    const familyKey = sessionKey(familyOf(token)!);
    const node = await deployments[kind].nodeOf(familyKey);
    const runs = await countScriptRuns(node, familyKey);

    const { over } = await stall(node, 1.5);
    expect((await post({ method: "refresh", refreshToken: token })).statusCode).toBe(503);
    await over;
    await untilServing(deployments[kind].runtime, familyKey);

    expect(runs()).toBe(1);
    // Run twice, the second run finds the rotated hash, takes it for reuse and revokes the family.
    expect(await connect(node).hmget(familyKey, "g", "r")).toEqual(["2", "0"]);
  });

  it("counts a stalled wrong code once against the code's attempts and the phone's daily budget", async () => {
    // On the cluster the address's wrong-code unit is taken first, on the node of {vc-limits}: the
    // phone must live on another node, or the stall refuses the request before its script is sent.
    let phone = nextPhone();
    const limitsNode = await deployments[kind].nodeOf(ipWrongKey("203.0.113.10"));
    while (kind === "cluster" && (await deployments[kind].nodeOf(phoneKeys(phone, "").code)).port === limitsNode.port) {
      phone = nextPhone();
    }
    const runtime = deployments[kind].runtime;
    expect((await runtime.handle(functionUrlGet({ method: "getSms", phone }), {})).statusCode).toBe(200);
    const code = lastCodeSentTo(fixture.sms, phone);
    const keys = phoneKeys(phone, shanghaiDayStamp(new Date()));
    const node = await deployments[kind].nodeOf(keys.code);
    const runs = await countScriptRuns(node, keys.code);

    const { over } = await stall(node, 1.5);
    const wrong = code === "000000" ? "000001" : "000000";
    expect((await post({ method: "login", phone, code: wrong })).statusCode).toBe(503);
    await over;
    await untilServing(runtime, keys.code);

    expect(runs()).toBe(1);
    const admin = connect(node);
    expect(await admin.hget(keys.code, "a")).toBe("1");
    expect(await admin.get(keys.wrongDay)).toBe("1");
    // The user still has the attempts the one wrong guess left.
    expect(replyBody(await post({ method: "login", phone, code: wrong }))).toMatchObject({
      codeStr: "CodeIsError",
      attemptsLeft: 1,
    });
  });
});
