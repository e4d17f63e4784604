// A flood of getSms at one phone in cooldown must not use up the SMS budgets that other numbers
// share (issue 20, item 2): a phone's own limits (cooldown, daily count) are checked before a unit
// of a shared budget is taken, on a cluster too, where the shared counters live in another slot.
// And the budget alarm's log line appears only when an SMS would really have been sent.
import { requestLogAlarms } from "../../../functions/verification/http/request-log";
import { createVerificationRuntime, type VerificationRuntime } from "../../../functions/verification/runtime";
import { startRedisCluster, type RedisClusterHandle } from "../../support/redis-server";
import { captureLog, functionUrlGet, replyBody, startFixture, type Fixture } from "./support/verification-fixture";

let fixture: Fixture;
let cluster: RedisClusterHandle;

beforeAll(async () => {
  [fixture, cluster] = await Promise.all([startFixture(), startRedisCluster()]);
});

afterAll(async () => {
  await Promise.all([fixture.stop(), cluster.stop()]);
});

describe.each(["standalone", "cluster"] as const)("a flood at one phone in cooldown (%s)", (kind) => {
  let runtime: VerificationRuntime;
  let log: ReturnType<typeof captureLog>;

  beforeAll(() => {
    log = captureLog();
    const seed = cluster.nodes[1];
    const redis = kind === "cluster" ? { REDIS_HOST: seed.host, REDIS_PORT: String(seed.port), REDIS_CLUSTER: "true" } : {};
    runtime = createVerificationRuntime(
      {
        ...fixture.env,
        ...redis,
        // The prefix budget is the one under test: 30 SMS per hour for +86 138 xx (the defaults).
        SMS_BUDGET_PREFIX_HOURLY: "30",
        SMS_BUDGET_PREFIX_DIGITS: "5",
        IP_HOURLY_LIMIT: "100000",
        SMS_TIMEOUT_SECONDS: "20",
      },
      { log: log.write },
    );
  });

  afterAll(() => runtime.close());

  it("serves 25 other numbers of the same prefix while 40 requests at a time hit the phone, and logs no budget trip", async () => {
    // Each deployment its own prefix (both share one SMS endpoint double).
    const prefix = kind === "cluster" ? "+8613801" : "+8613802";
    const flooded = `${prefix}000000`;
    const getSms = (phone: string, ip: string) => runtime.handle(functionUrlGet({ method: "getSms", phone }, ip), {});
    expect((await getSms(flooded, "192.0.2.1")).statusCode).toBe(200);

    let usersDone = false;
    let floodReplies = 0;
    const floodLimits = new Set<unknown>();
    const flood = (async () => {
      // 40 in flight at all times, from two addresses, until every user was served.
      const worker = async (i: number) => {
        while (!usersDone) {
          const reply = await getSms(flooded, i % 2 === 0 ? "198.51.100.1" : "198.51.100.2");
          floodLimits.add(replyBody(reply).limit);
          floodReplies += 1;
        }
      };
      await Promise.all(Array.from({ length: 40 }, (_, i) => worker(i)));
    })();

    const users: Record<string, unknown>[] = [];
    try {
      // Let the flood get going, then the users arrive one after another from their own addresses.
      while (floodReplies < 80) await new Promise((resolve) => setTimeout(resolve, 5));
      for (let i = 1; i <= 25; i++) {
        users.push(replyBody(await getSms(`${prefix}${String(i).padStart(6, "0")}`, `203.0.113.${i}`)));
      }
    } finally {
      usersDone = true;
      await flood;
    }

    expect([...floodLimits]).toEqual(["cooldown"]);
    expect(users.map((body) => body.codeStr)).toEqual(Array(25).fill("Success"));
    const trips = log.lines.filter((line) => line.includes(requestLogAlarms.smsBudgetTripped));
    expect(trips).toEqual([]);
  });

  it("leaves no cooldown on a phone that a shared counter refused", async () => {
    const seed = cluster.nodes[2];
    const redis = kind === "cluster" ? { REDIS_HOST: seed.host, REDIS_PORT: String(seed.port), REDIS_CLUSTER: "true" } : {};
    const strict = createVerificationRuntime({ ...fixture.env, ...redis, IP_HOURLY_LIMIT: "1" }, { log: captureLog().write });
    try {
      const getSms = (phone: string, ip: string) => strict.handle(functionUrlGet({ method: "getSms", phone }, ip), {});
      const phone = kind === "cluster" ? "+8613803000002" : "+8613804000002";
      expect((await getSms(kind === "cluster" ? "+8613803000001" : "+8613804000001", "192.0.2.77")).statusCode).toBe(200);
      expect(replyBody(await getSms(phone, "192.0.2.77"))).toMatchObject({ codeStr: "RateLimited", limit: "ip" });
      // Had the refused request kept the phone's cooldown, this would be refused as "cooldown".
      expect((await getSms(phone, "192.0.2.78")).statusCode).toBe(200);
    } finally {
      await strict.close();
    }
  });
});
