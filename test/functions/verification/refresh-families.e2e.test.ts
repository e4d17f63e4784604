// Refresh-token families (issue 20, items 6 and 8), on standalone Redis and on a 3-master cluster:
// only a token the family really issued can revoke it (a real family id with a made-up secret is
// InvalidRefreshToken and changes nothing, for refresh and for logout), a replayed retired token
// still revokes it, and a family ends after its absolute lifetime however often it was refreshed.
import { createVerificationRuntime, type VerificationRuntime } from "../../../functions/verification/runtime";
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
const start = new Date("2026-12-01T10:00:00Z");
let now = start;
const runtimes = {} as Record<"standalone" | "cluster", VerificationRuntime>;

beforeAll(async () => {
  [fixture, cluster] = await Promise.all([startFixture({ IP_HOURLY_LIMIT: "100000" }), startRedisCluster()]);
  const seed = cluster.nodes[0];
  const options = { log: captureLog().write, clock: () => now };
  runtimes.standalone = createVerificationRuntime(fixture.env, options);
  runtimes.cluster = createVerificationRuntime(
    { ...fixture.env, REDIS_HOST: seed.host, REDIS_PORT: String(seed.port), REDIS_CLUSTER: "true" },
    options,
  );
});

afterAll(async () => {
  await Promise.all(Object.values(runtimes).map((r) => r.close()));
  await Promise.all([fixture.stop(), cluster.stop()]);
});

beforeEach(() => {
  now = start;
});

let phoneSeq = 0;
const madeUpSecret = "A".repeat(43);

describe.each(["standalone", "cluster"] as const)("refresh-token families (%s)", (kind) => {
  const post = (fields: Record<string, unknown>) => runtimes[kind].handle(functionUrlJson(fields), {});

  async function login(): Promise<Record<string, unknown>> {
    const phone = `+86135${String(40000000 + phoneSeq++)}`;
    expect((await runtimes[kind].handle(functionUrlGet({ method: "getSms", phone }), {})).statusCode).toBe(200);
    const body = replyBody(await post({ method: "login", phone, code: lastCodeSentTo(fixture.sms, phone) }));
    expect(body.codeStr).toBe("Success");
    return body;
  }

  it.each(["refresh", "logout"])(
    "refuses %s with a real family id and a made-up secret, and the family lives on",
    async (method) => {
      const token = String((await login()).refreshToken);
      const forged = `${token.split(".")[0]}.${madeUpSecret}`;
      const refused = await post({ method, refreshToken: forged });
      expect(refused.statusCode).toBe(401);
      expect(replyBody(refused).codeStr).toBe("InvalidRefreshToken");
      expect(replyBody(await post({ method: "refresh", refreshToken: token })).codeStr).toBe("Success");
    },
  );

  it("still revokes the family when a retired token comes back, and logout accepts a retired one", async () => {
    const first = String((await login()).refreshToken);
    const second = String(replyBody(await post({ method: "refresh", refreshToken: first })).refreshToken);
    expect(replyBody(await post({ method: "refresh", refreshToken: first })).codeStr).toBe("RefreshTokenReused");
    expect(replyBody(await post({ method: "refresh", refreshToken: second })).codeStr).toBe("InvalidRefreshToken");

    const other = String((await login()).refreshToken);
    const next = String(replyBody(await post({ method: "refresh", refreshToken: other })).refreshToken);
    expect(replyBody(await post({ method: "logout", refreshToken: other })).codeStr).toBe("Success");
    expect(replyBody(await post({ method: "refresh", refreshToken: next })).codeStr).toBe("InvalidRefreshToken");
  });

  it("ends a family after its absolute lifetime (90 days) however often it is refreshed", async () => {
    const day = 86400_000;
    let token = String((await login()).refreshToken);
    // A refresh every 12 hours for 89 days: each one slides the 30-day token lifetime.
    for (let at = day / 2; at <= 89 * day; at += day / 2) {
      now = new Date(start.getTime() + at);
      const body = replyBody(await post({ method: "refresh", refreshToken: token }));
      expect(body.codeStr).toBe("Success");
      token = String(body.refreshToken);
    }
    // The last day: the new token lives only until the family ends.
    now = new Date(start.getTime() + 89.5 * day);
    const last = replyBody(await post({ method: "refresh", refreshToken: token }));
    expect(last).toMatchObject({ codeStr: "Success", refreshExpiresIn: 43200 });
    now = new Date(start.getTime() + 90 * day + 1000);
    const over = await post({ method: "refresh", refreshToken: String(last.refreshToken) });
    expect(replyBody(over).codeStr).toBe("InvalidRefreshToken");
  });
});
