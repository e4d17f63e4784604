// Verification insights count refusals the same way on standalone Redis and on a 3-master cluster
// (issue 23): a resend inside the cooldown and a send past the daily limit are refused in the
// phone's own slot, where a cluster cannot reach the {vc-limits} hour hash, yet both show up as
// requested and refused:<limit> in the hourly counters `npm run insights` reads, exactly as the
// per-address cap's refusal (a shared-slot limit) does.
import Redis, { Cluster } from "ioredis";
import { readInsightHours } from "../../../functions/shared/insights/hourly-counters";
import { createVerificationRuntime, type VerificationRuntime } from "../../../functions/verification/runtime";
import { phoneKeys } from "../../../functions/verification/store/redis-code-store";
import { startRedisCluster, type RedisClusterHandle } from "../../support/redis-server";
import { captureLog, functionUrlGet, replyBody, startFixture, type Fixture } from "./support/verification-fixture";

let fixture: Fixture;
let cluster: RedisClusterHandle;
const runtimes: VerificationRuntime[] = [];
const admins: (Redis | Cluster)[] = [];
const now = new Date("2026-03-10T08:20:00Z");

beforeAll(async () => {
  [fixture, cluster] = await Promise.all([startFixture(), startRedisCluster()]);
});

afterAll(async () => {
  for (const admin of admins) admin.disconnect();
  await Promise.all(runtimes.map((r) => r.close()));
  await Promise.all([fixture.stop(), cluster.stop()]);
});

const limits = { DAILY_LIMIT: "2", RESEND_COOLDOWN_SECONDS: "30", IP_HOURLY_LIMIT: "5" };

function setUp(kind: "standalone" | "cluster") {
  const seed = cluster.nodes[0];
  const env =
    kind === "standalone"
      ? { ...fixture.env, ...limits }
      : { ...fixture.env, ...limits, REDIS_HOST: seed.host, REDIS_PORT: String(seed.port), REDIS_CLUSTER: "true" };
  const runtime = createVerificationRuntime(env, { log: captureLog().write, clock: () => now });
  runtimes.push(runtime);
  const admin = kind === "standalone" ? new Redis(fixture.redis.port, fixture.redis.host) : new Cluster([seed]);
  admins.push(admin);
  return { runtime, admin };
}

describe.each(["standalone", "cluster"] as const)("on %s Redis", (kind) => {
  it("counts cooldown, daily and per-address refusals as requested and refused", async () => {
    const { runtime, admin } = setUp(kind);
    const getSms = async (phone: string, ip: string) =>
      replyBody(await runtime.handle(functionUrlGet({ method: "getSms", phone }, ip), {}));
    // The cooldown "has passed": what 30 s of waiting does to the phone's keys.
    const cooldownOver = (phone: string) => admin.del(phoneKeys(phone, "20260310").cooldown);

    expect(await getSms("+8613800000001", "10.7.0.1")).toMatchObject({ codeStr: "Success" });
    expect(await getSms("+8613800000001", "10.7.0.1")).toMatchObject({ limit: "cooldown" });
    expect(await getSms("+8613900000002", "10.7.0.2")).toMatchObject({ codeStr: "Success" });
    await cooldownOver("+8613900000002");
    expect(await getSms("+8613900000002", "10.7.0.2")).toMatchObject({ codeStr: "Success" });
    await cooldownOver("+8613900000002");
    expect(await getSms("+8613900000002", "10.7.0.2")).toMatchObject({ limit: "daily" });
    // One address, five sends to five phones, then the sixth is over its hourly cap.
    for (let i = 0; i < 5; i++) expect(await getSms(`+861370000001${i}`, "10.7.0.3")).toMatchObject({ codeStr: "Success" });
    expect(await getSms("+8613700000020", "10.7.0.3")).toMatchObject({ limit: "ip" });

    const hours = await readInsightHours(admin, ["2026031008"]);
    const country = Object.fromEntries(Object.entries(hours.get("2026031008")!).filter(([field]) => field.endsWith("|c:+86")));
    expect(country).toEqual({
      "req|c:+86": 11,
      "sent|c:+86": 8,
      "r:cooldown|c:+86": 1,
      "r:daily|c:+86": 1,
      "r:ip|c:+86": 1,
    });
    const counters = hours.get("2026031008")!;
    expect(counters["r:cooldown|p:+8613800"]).toBe(1);
    expect(counters["r:daily|p:+8613900"]).toBe(1);
  });
});
