// `npm run guard` end to end: a running function runtime blocks a pumping prefix in a Redis with a
// password; the CLI reads that password from the environment's function secret (Secrets Manager
// double, the deployer's key — the path `npm run keys` uses), lists the block with its figures,
// safe-lists a number, lifts the block; `local` reaches a Redis by REDIS_PASSWORD alone.
import { runGuardCli } from "../../cli/guard";
import { createVerificationRuntime, type VerificationRuntime } from "../../functions/verification/runtime";
import {
  captureLog,
  credentials,
  functionUrlGet,
  replyBody,
  runtimeSecretJson,
  startFixture,
  type Fixture,
} from "../functions/verification/support/verification-fixture";

const deployer = { secretId: "AKIDguardCliDeployer001", secretKey: "guard-cli-deployer-secret" };
const redisPassword = "guard-cli-redis-password-0123";
let fixture: Fixture;
let runtime: VerificationRuntime;
const now = new Date("2026-12-01T08:00:00Z");

beforeAll(async () => {
  fixture = await startFixture(
    { FRAUD_GUARD_MIN_SENDS: "20", IP_HOURLY_LIMIT: "100000", SMS_BUDGET_PREFIX_HOURLY: "0" },
    redisPassword,
  );
  fixture.ssm.setCredentials([credentials, deployer]);
  fixture.ssm.putSecret("smsverify-dev-function-secrets", runtimeSecretJson({ redisPassword }));
  runtime = createVerificationRuntime(fixture.env, { log: captureLog().write, clock: () => now });
});

afterAll(async () => {
  await runtime.close();
  await fixture.stop();
});

async function cli(env: Record<string, string>, ...argv: string[]) {
  const out: string[] = [];
  const status = await runGuardCli(argv, { env, clock: () => now, out: (line) => out.push(line) });
  return { status, out: out.join("\n") };
}

const deployerEnv = () => ({
  TENCENTCLOUD_SECRET_ID: deployer.secretId,
  TENCENTCLOUD_SECRET_KEY: deployer.secretKey,
  SSM_ENDPOINT: fixture.ssm.url,
  REDIS_HOST: fixture.redis.host,
  REDIS_PORT: String(fixture.redis.port),
});
const getSms = (phone: string, i: number) =>
  runtime.handle(functionUrlGet({ method: "getSms", phone }, `198.18.7.${i % 200}`), {});

it("lists a block with its figures, safe-lists a number in it and lifts it", async () => {
  for (let i = 0; i < 21; i++) await getSms(`+86170000000${String(i).padStart(2, "0")}`, i);
  expect(replyBody(await getSms("+8617000000050", 50))).toMatchObject({ limit: "fraudGuard" });

  const status = await cli(deployerEnv(), "status", "dev");
  expect(status.status).toBe(0);
  expect(status.out).toMatch(/^scope\s+sent\s+verified\s+conversion\s+blocked at\s+until$/m);
  expect(status.out).toMatch(/^prefix:\+8617000\s+20\s+0\s+0\.0%\s+2026-12-01T08:00:00\.000Z\s+2026-12-01T20:00:00\.000Z$/m);
  expect(status.out).toContain("safe list: empty");
  // The password came from Secrets Manager and is never printed.
  expect(status.out).not.toContain(redisPassword);

  expect(await cli(deployerEnv(), "safe", "dev", "add", "+8617000000050")).toEqual({ status: 0, out: "+8617000000050: added" });
  expect((await getSms("+8617000000050", 51)).statusCode).toBe(200);
  expect((await cli(deployerEnv(), "safe", "dev", "list")).out).toBe("+8617000000050");
  expect(replyBody(await getSms("+8617000000051", 52))).toMatchObject({ limit: "fraudGuard" });

  expect(await cli(deployerEnv(), "unblock", "dev", "+8617000")).toEqual({
    status: 0,
    out: "unblocked prefix:+8617000 (its window's figures were reset)",
  });
  expect(await cli(deployerEnv(), "unblock", "dev", "prefix:+8617000")).toEqual({
    status: 3,
    out: "no block on prefix:+8617000",
  });
  expect((await getSms("+8617000000051", 53)).statusCode).toBe(200);
  expect((await cli(deployerEnv(), "safe", "dev", "remove", "+8617000000050")).status).toBe(0);
  expect((await cli(deployerEnv(), "status", "dev")).out).toBe("no active blocks\nsafe list: empty");
});

it("reaches npm run dev's Redis as local with REDIS_PASSWORD, and refuses bad usage with 64", async () => {
  const local = { REDIS_HOST: fixture.redis.host, REDIS_PORT: String(fixture.redis.port), REDIS_PASSWORD: redisPassword };
  expect((await cli(local, "status", "local")).status).toBe(0);
  expect((await cli(local, "status", "nowhere")).out).toMatch(/no environment "nowhere"/);
  expect((await cli(local, "unblock", "local", "13800")).status).toBe(64);
  expect((await cli(local, "safe", "local", "add", "8613800")).status).toBe(64);
  expect((await cli(local, "frobnicate", "local")).status).toBe(64);
  expect((await cli({}, "status", "local")).out).toMatch(/REDIS_HOST is not set/);
  // Without a deployer key and without REDIS_PASSWORD it says which to set.
  const { REDIS_PASSWORD: _unused, ...noPassword } = local;
  void _unused;
  expect(await cli(noPassword, "status", "dev")).toEqual({
    status: 1,
    out: "guard: error [CREDENTIALS_MISSING]: set TENCENTCLOUD_SECRET_ID and TENCENTCLOUD_SECRET_KEY (to read the Redis password) or REDIS_PASSWORD",
  });
});
