// Wrong-code budgets against lockout and guessing (issue 10, finding 2): per client address per
// hour (a refused guess is not evaluated, so it burns none of the victim's attempts) and per phone
// per Shanghai day across all its codes (bounds guessing at one account), on top of the per-code
// MAX_ATTEMPTS. Standalone and cluster.
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
const runtimes: VerificationRuntime[] = [];

beforeAll(async () => {
  // A generous Redis timeout: this suite is about limits, not timeouts, and a loaded 2-core
  // machine can take longer than the fixture's 400 ms (each would then be a 503).
  [fixture, cluster] = await Promise.all([startFixture({ REDIS_CONNECT_TIMEOUT_MS: "5000" }), startRedisCluster()]);
});

afterAll(async () => {
  await Promise.all(runtimes.map((r) => r.close()));
  await Promise.all([fixture.stop(), cluster.stop()]);
});

type Mode = "standalone" | "cluster";

function runtimeWith(mode: Mode, env: Record<string, string>, clock?: () => Date) {
  const log = captureLog();
  const target =
    mode === "cluster"
      ? {
          REDIS_HOST: cluster.nodes[0].host,
          REDIS_PORT: String(cluster.nodes[0].port),
          REDIS_CLUSTER: "true",
          REDIS_CONNECT_TIMEOUT_MS: "5000",
        }
      : {};
  const runtime = createVerificationRuntime(
    { ...fixture.env, ...target, IP_HOURLY_LIMIT: "100000", RESEND_COOLDOWN_SECONDS: "0", ...env },
    { log: log.write, clock },
  );
  runtimes.push(runtime);
  return { runtime, log };
}

const wrongFor = (code: string) => (code === "000000" ? "000001" : "000000");

describe.each<Mode>(["standalone", "cluster"])("%s", (mode) => {
  const prefix = mode === "standalone" ? "8613600" : "8613500";
  const login = (runtime: VerificationRuntime, phone: string, code: string, ip: string) =>
    runtime.handle(functionUrlJson({ method: "login", phone, code }, ip), {});

  it("refuses an address over its hourly wrong-code budget before evaluating the guess", async () => {
    const { runtime, log } = runtimeWith(mode, { LOGIN_IP_HOURLY_WRONG_LIMIT: "3" });
    const attacker = "203.0.113.66";
    const victim = `+${prefix}136001`;
    expect((await runtime.handle(functionUrlGet({ method: "getSms", phone: victim }, "198.51.100.66"), {})).statusCode).toBe(200);
    const code = lastCodeSentTo(fixture.sms, victim);
    // The attacker spends its budget on other numbers' codes…
    for (let i = 0; i < 3; i++) {
      const other = `+${prefix}13601${i}`;
      await runtime.handle(functionUrlGet({ method: "getSms", phone: other }, "198.51.100.67"), {});
      expect(replyBody(await login(runtime, other, wrongFor(lastCodeSentTo(fixture.sms, other)), attacker)).codeStr).toBe(
        "CodeIsError",
      );
    }
    // …so its guesses at the victim are refused unevaluated, and the victim's attempts stay whole.
    for (let i = 0; i < 5; i++) {
      const refused = await login(runtime, victim, wrongFor(code), attacker);
      expect(refused.statusCode).toBe(429);
      expect(replyBody(refused)).toMatchObject({ codeStr: "RateLimited", limit: "loginIp" });
      expect(replyBody(refused).retryAfter).toBeGreaterThan(3500);
    }
    expect(JSON.parse(log.lines[log.lines.length - 1])).toMatchObject({ limit: "loginIp", alarm: "loginThrottled" });
    expect(replyBody(await login(runtime, victim, wrongFor(code), "198.51.100.66"))).toMatchObject({
      codeStr: "CodeIsError",
      attemptsLeft: 2,
    });
    expect(replyBody(await login(runtime, victim, code, "198.51.100.66")).codeStr).toBe("Success");
  });

  it("a right code or an expired one does not spend the address's budget", async () => {
    const { runtime } = runtimeWith(mode, { LOGIN_IP_HOURLY_WRONG_LIMIT: "1" });
    const ip = "203.0.113.67";
    for (let i = 0; i < 3; i++) {
      const phone = `+${prefix}13602${i}`;
      expect(replyBody(await login(runtime, phone, "123456", ip)).codeStr).toBe("CodeHasExpired");
      await runtime.handle(functionUrlGet({ method: "getSms", phone }, ip), {});
      expect(replyBody(await login(runtime, phone, lastCodeSentTo(fixture.sms, phone), ip)).codeStr).toBe("Success");
    }
  });

  it("caps wrong codes per phone per Shanghai day across its codes, from any address, until midnight", async () => {
    let now = new Date("2026-03-10T15:00:00Z"); // 23:00 in Shanghai
    const { runtime, log } = runtimeWith(
      mode,
      { LOGIN_PHONE_DAILY_WRONG_LIMIT: "4", MAX_ATTEMPTS: "3", LOGIN_IP_HOURLY_WRONG_LIMIT: "100" },
      () => now,
    );
    const phone = `+${prefix}136030`;
    let ip = 0;
    const fresh = async () => {
      await runtime.handle(functionUrlGet({ method: "getSms", phone }, "198.51.100.80"), {});
      return lastCodeSentTo(fixture.sms, phone);
    };
    let code = await fresh();
    for (let i = 0; i < 3; i++)
      expect(replyBody(await login(runtime, phone, wrongFor(code), `192.0.2.${ip++}`)).codeStr).toBe("CodeIsError");
    code = await fresh();
    expect(replyBody(await login(runtime, phone, wrongFor(code), `192.0.2.${ip++}`)).codeStr).toBe("CodeIsError");
    // Budget of 4 used: even the right code waits for the next Shanghai day.
    const capped = await login(runtime, phone, code, `192.0.2.${ip++}`);
    expect(replyBody(capped)).toMatchObject({ codeStr: "RateLimited", limit: "loginPhone", retryAfter: 3600 });
    expect(JSON.parse(log.lines[log.lines.length - 1])).toMatchObject({ limit: "loginPhone", alarm: "loginThrottled" });
    now = new Date("2026-03-10T16:00:01Z");
    expect(replyBody(await login(runtime, phone, code, `192.0.2.${ip++}`)).codeStr).toBe("Success");
  });
});
