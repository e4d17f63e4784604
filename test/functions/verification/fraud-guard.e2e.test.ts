// Fraud guard (issue 23, part 1) against real Redis, standalone and a 3-master cluster: a pumping
// run (many addresses, sequential numbers in one prefix, nobody verifies) is blocked after N sends,
// with one alarm line for the block, while real users in other prefixes and safe-listed numbers in
// the blocked prefix are served; country-level blocks; the counting costs no extra round trip.
import Redis, { Cluster } from "ioredis";
import { requestLogAlarms } from "../../../functions/verification/http/request-log";
import { createVerificationRuntime, type VerificationRuntime } from "../../../functions/verification/runtime";
import { FraudGuardAdmin } from "../../../functions/verification/store/redis-fraud-guard";
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

let fixture: Fixture;
let cluster: RedisClusterHandle;
const runtimes: VerificationRuntime[] = [];
const admins: (Redis | Cluster)[] = [];

beforeAll(async () => {
  [fixture, cluster] = await Promise.all([startFixture({ REDIS_CONNECT_TIMEOUT_MS: "5000" }), startRedisCluster()]);
});

afterAll(async () => {
  for (const admin of admins) admin.disconnect();
  await Promise.all(runtimes.map((r) => r.close()));
  await Promise.all([fixture.stop(), cluster.stop()]);
});

/** The guard on with the defaults made explicit (N = 20, P = 20 %, 12 h), prefixes of 5 digits. */
const guardOn = {
  FRAUD_GUARD_MIN_SENDS: "20",
  FRAUD_GUARD_MIN_CONVERSION_PERCENT: "20",
  FRAUD_GUARD_BLOCK_SECONDS: "43200",
  FRAUD_GUARD_COUNTRY_MIN_SENDS: "0",
  SMS_BUDGET_PREFIX_DIGITS: "5",
  SMS_BUDGET_PREFIX_HOURLY: "0",
  IP_HOURLY_LIMIT: "100000",
  RESEND_COOLDOWN_SECONDS: "0",
  SMS_TIMEOUT_SECONDS: "20",
};

/** Commands a client sends for itself, not for the request it serves. */
const connectionUpkeep = new Set(["eval", "cluster", "client", "info", "auth", "hello", "readonly", "select", "ping"]);

let ipSeq = 1;
const nextIp = () => `10.${(ipSeq >> 16) & 255}.${(ipSeq >> 8) & 255}.${ipSeq++ & 255}`;

describe.each(["standalone", "cluster"] as const)("on %s Redis", (mode) => {
  let admin: Redis | Cluster;

  beforeAll(() => {
    admin =
      mode === "cluster"
        ? new Cluster([{ host: cluster.nodes[0].host, port: cluster.nodes[0].port }])
        : new Redis({ host: fixture.redis.host, port: fixture.redis.port });
    admins.push(admin);
  });

  beforeEach(async () => {
    fixture.sms.reset();
    if (admin instanceof Cluster) await Promise.all(admin.nodes("master").map((node) => node.flushall()));
    else await admin.flushall();
  });

  function runtimeWith(env: Record<string, string>, clock?: () => Date) {
    const log = captureLog();
    const redisEnv =
      mode === "cluster"
        ? { REDIS_HOST: cluster.nodes[1].host, REDIS_PORT: String(cluster.nodes[1].port), REDIS_CLUSTER: "true" }
        : {};
    const runtime = createVerificationRuntime({ ...fixture.env, ...redisEnv, ...guardOn, ...env }, { log: log.write, clock });
    runtimes.push(runtime);
    const entries = () => log.lines.map((l) => JSON.parse(l) as Record<string, unknown>);
    const getSms = (phone: string, ip = nextIp()) => runtime.handle(functionUrlGet({ method: "getSms", phone }, ip), {});
    const login = (phone: string, code: string, ip = nextIp()) =>
      runtime.handle(functionUrlJson({ method: "login", phone, code }, ip), {});
    /** A real user: asks for a code and signs in with it. */
    const realUser = async (phone: string) => {
      const sent = await getSms(phone);
      if (sent.statusCode !== 200) return sent;
      return login(phone, lastCodeSentTo(fixture.sms, phone));
    };
    return { runtime, entries, getSms, login, realUser };
  }

  const smsTo = (prefix: string) => fixture.sms.sent.filter((s) => s.phoneNumbers[0].startsWith(prefix)).length;

  it("blocks a pumping run after N sends while real users elsewhere and safe-listed numbers in the prefix are served", async () => {
    let now = new Date("2026-03-10T10:00:00Z");
    const { entries, getSms, realUser } = runtimeWith({}, () => now);
    await new FraudGuardAdmin(admin).addSafe("+8617000999999");

    // Real users in another prefix convert.
    for (let i = 0; i < 5; i++)
      expect(replyBody(await realUser(`+86139000000${String(i).padStart(2, "0")}`)).codeStr).toBe("Success");

    // 200 sequential numbers of +8617000, from 100 addresses, 50 at a time; nobody verifies.
    const replies = [];
    for (let batch = 0; batch < 4; batch++) {
      const phones = Array.from({ length: 50 }, (_, i) => `+86170000${String(batch * 50 + i).padStart(5, "0")}`);
      replies.push(...(await Promise.all(phones.map((phone, i) => getSms(phone, `198.18.${batch}.${i % 25}`)))));
    }
    expect(replies.filter((r) => r.statusCode === 200)).toHaveLength(20);
    expect(smsTo("+8617000")).toBe(20);
    const refused = replies.filter((r) => r.statusCode === 429);
    expect(refused).toHaveLength(180);
    for (const reply of refused) {
      expect(replyBody(reply)).toMatchObject({ codeStr: "RateLimited", limit: "fraudGuard", retryAfter: 43200 });
      expect(reply.headers["Retry-After"]).toBe("43200");
    }
    // One alarm line for the block, with its figures; the other refusals name the scope only.
    const blocked = entries().filter((e) => e.alarm === requestLogAlarms.fraudGuardBlocked);
    expect(blocked).toHaveLength(1);
    expect(blocked[0]).toMatchObject({
      level: "warn",
      limit: "fraudGuard",
      guardScope: "prefix:+8617000",
      guardSent: 20,
      guardVerified: 0,
    });
    expect(entries().filter((e) => e.limit === "fraudGuard" && e.guardScope === "prefix:+8617000")).toHaveLength(180);

    // Real users in other prefixes still get codes; the safe-listed number in the blocked prefix too.
    expect(replyBody(await realUser("+8613900000077")).codeStr).toBe("Success");
    expect((await getSms("+8617000999999")).statusCode).toBe(200);
    expect(smsTo("+8617000999999")).toBe(1);

    // The operator sees the block with its figures.
    const [block] = await new FraudGuardAdmin(admin).activeBlocks(now);
    expect(block).toMatchObject({ scope: "prefix:+8617000", sent: 20, verified: 0 });
    expect(block.until.getTime() - block.blockedAt.getTime()).toBe(43200 * 1000);

    // An hour later the block still holds (a later retryAfter); after 12 hours the prefix is served again.
    now = new Date("2026-03-10T11:00:00Z");
    expect(replyBody(await getSms("+8617000123456"))).toMatchObject({ limit: "fraudGuard", retryAfter: 39600 });
    now = new Date("2026-03-10T22:00:01Z");
    expect((await getSms("+8617000123456")).statusCode).toBe(200);
  });

  it("does not block a prefix whose codes are verified often enough, and forgets sends outside the window", async () => {
    let now = new Date("2026-03-10T10:00:00Z");
    const { getSms, realUser } = runtimeWith({}, () => now);
    // 30 sends, 6 verified (20 %: not below P).
    for (let i = 0; i < 6; i++)
      expect(replyBody(await realUser(`+86171000000${String(i).padStart(2, "0")}`)).codeStr).toBe("Success");
    for (let i = 6; i < 30; i++) expect((await getSms(`+86171000000${String(i).padStart(2, "0")}`)).statusCode).toBe(200);
    // One more unverified send tips it below 20 % (6 of 31)… but only after the 31st is counted.
    expect((await getSms("+8617100000030")).statusCode).toBe(200);
    expect(replyBody(await getSms("+8617100000031"))).toMatchObject({ limit: "fraudGuard" });

    // A prefix with 19 unverified sends an hour ago and 19 now is never judged (the window is one hour).
    now = new Date("2026-03-10T12:00:00Z");
    for (let i = 0; i < 19; i++) expect((await getSms(`+86172000000${String(i).padStart(2, "0")}`)).statusCode).toBe(200);
    now = new Date("2026-03-10T13:05:00Z");
    for (let i = 19; i < 38; i++) expect((await getSms(`+86172000000${String(i).padStart(2, "0")}`)).statusCode).toBe(200);
  });

  it("blocks a whole country with its own thresholds", async () => {
    const now = new Date("2026-03-10T10:00:00Z");
    const { entries, getSms } = runtimeWith(
      {
        FRAUD_GUARD_MIN_SENDS: "0",
        FRAUD_GUARD_COUNTRY_MIN_SENDS: "30",
        FRAUD_GUARD_COUNTRY_MIN_CONVERSION_PERCENT: "10",
        FRAUD_GUARD_COUNTRY_BLOCK_SECONDS: "3600",
        SMS_ALLOWED_REGIONS: "CN,HK",
        SMS_TEMPLATE_ID: "",
        SMS_TEMPLATES: "domestic:zh-CN=100001,international:en=200001",
      },
      () => now,
    );
    // 30 numbers in 30 different prefixes of Hong Kong, nobody verifies.
    for (let i = 0; i < 30; i++) expect((await getSms(`+852${String(51000000 + i * 10000)}`)).statusCode).toBe(200);
    expect(replyBody(await getSms("+85298765432"))).toMatchObject({ limit: "fraudGuard", retryAfter: 3600 });
    expect(entries().find((e) => e.alarm === requestLogAlarms.fraudGuardBlocked)).toMatchObject({
      guardScope: "country:+852",
      guardSent: 30,
    });
    expect((await getSms("+8613900000001")).statusCode).toBe(200);
  });

  it("an operator can lift a block, which also forgets the figures that caused it", async () => {
    const now = new Date("2026-03-10T10:00:00Z");
    const { getSms } = runtimeWith({}, () => now);
    for (let i = 0; i < 20; i++) await getSms(`+86173000000${String(i).padStart(2, "0")}`);
    expect(replyBody(await getSms("+8617300000020")).limit).toBe("fraudGuard");
    const guard = new FraudGuardAdmin(admin);
    expect(await guard.unblock("prefix:+8617300")).toBe(true);
    expect(await guard.unblock("prefix:+8617300")).toBe(false);
    expect(await guard.activeBlocks(now)).toEqual([]);
    expect((await getSms("+8617300000020")).statusCode).toBe(200);
  });

  it("costs no extra round trip: the same Redis commands per getSms and login with the guard on and off", async () => {
    async function commandsPerRequest(env: Record<string, string>, phone: string) {
      const { runtime, getSms, login } = runtimeWith(env);
      // Loads the scripts on the nodes this phone's requests use.
      await getSms(phone);
      await login(phone, lastCodeSentTo(fixture.sms, phone));
      // Every command written to a server: the client's own, or each node's for a cluster client.
      const nodes = runtime.redis instanceof Cluster ? runtime.redis.nodes("all") : [runtime.redis as Redis];
      // A cluster client opens a node's connection on its first command (CLIENT SETINFO, INFO): the
      // measured login's new session may live on a node not used yet. Open them all first.
      await Promise.all(nodes.map((node) => node.ping()));
      const sent: string[] = [];
      const originals = nodes.map((node) => node.sendCommand);
      nodes.forEach((node, i) => {
        node.sendCommand = function (this: unknown, command: Parameters<typeof node.sendCommand>[0]) {
          // An EVAL is the one-time fallback after NOSCRIPT on a node that has not seen the script
          // yet (a new session's slot can be on any node): a cache miss, not a step of the request.
          // Nor are the cluster client's own slot refreshes and the handshake of a connection it
          // opens to a node meanwhile (CLIENT SETNAME, INFO ready check).
          if (!connectionUpkeep.has(command.name)) sent.push(command.name);
          return originals[i].call(this, command);
        } as typeof node.sendCommand;
      });
      const steps: string[][] = [];
      const step = async (request: () => Promise<unknown>) => {
        sent.length = 0;
        await request();
        steps.push([...sent]);
      };
      await step(async () => expect((await getSms(phone)).statusCode).toBe(200));
      await step(async () => expect(replyBody(await login(phone, lastCodeSentTo(fixture.sms, phone))).codeStr).toBe("Success"));
      await step(async () => expect(replyBody(await login(phone, "000000")).codeStr).toBe("CodeHasExpired"));
      nodes.forEach((node, i) => (node.sendCommand = originals[i]));
      return steps;
    }
    const off = await commandsPerRequest({ FRAUD_GUARD_MIN_SENDS: "0" }, "+8613700000001");
    const on = await commandsPerRequest({ FRAUD_GUARD_COUNTRY_MIN_SENDS: "1000" }, "+8613700000002");
    expect(on).toEqual(off);
    if (mode === "standalone") expect(on).toEqual([["evalsha"], ["evalsha"], ["evalsha"]]);
  });
});
