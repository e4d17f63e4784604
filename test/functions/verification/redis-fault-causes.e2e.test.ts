// Redis failures that are not a dead socket (issue 10, findings 6 and 7): out of memory and a key
// of the wrong type answer 503 ServiceUnavailable (not 500), and every 503 log line names its cause
// class — a rotated password (auth), a hung server (timeout), a closed port (refused) — never the
// password or the error text.
import Redis from "ioredis";
import { createVerificationRuntime, type VerificationRuntime } from "../../../functions/verification/runtime";
import { startRedisServer, type RedisServer } from "../../support/redis-server";
import { freePort } from "../../support/free-port";
import {
  runtimeSecretJson,
  captureLog,
  functionUrlGet,
  functionUrlJson,
  replyBody,
  startFixture,
  type Fixture,
} from "./support/verification-fixture";

const password = "fault-suite-redis-password-0001";
let fixture: Fixture;
let admin: Redis;
const runtimes: VerificationRuntime[] = [];

beforeAll(async () => {
  fixture = await startFixture({}, password);
  admin = new Redis({ host: fixture.redis.host, port: fixture.redis.port, password });
});

afterAll(async () => {
  admin.disconnect();
  await Promise.all(runtimes.map((r) => r.close()));
  await fixture.stop();
});

function runtimeWith(env: Record<string, string> = {}) {
  const log = captureLog();
  const runtime = createVerificationRuntime({ ...fixture.env, ...env }, { log: log.write });
  runtimes.push(runtime);
  const lastLine = () => JSON.parse(log.lines[log.lines.length - 1]) as Record<string, unknown>;
  return { runtime, log, lastLine };
}

const getSms = (phone: string) => functionUrlGet({ method: "getSms", phone });
const login = (phone: string) => functionUrlJson({ method: "login", phone, code: "123456" });

it("answers 503 with cause oom while Redis refuses writes at maxmemory, and recovers", async () => {
  const { runtime, lastLine, log } = runtimeWith();
  expect((await runtime.handle(getSms("+8613700137000"), {})).statusCode).toBe(200);
  await admin.config("SET", "maxmemory-policy", "noeviction");
  await admin.config("SET", "maxmemory", "1");
  try {
    for (const event of [getSms("+8613700137001"), login("+8613700137000")]) {
      const reply = await runtime.handle(event, {});
      expect(reply.statusCode).toBe(503);
      expect(replyBody(reply)).toEqual({ codeStr: "ServiceUnavailable", msg: expect.any(String) });
      expect(lastLine()).toMatchObject({ level: "error", status: 503, codeStr: "ServiceUnavailable", cause: "oom" });
    }
  } finally {
    await admin.config("SET", "maxmemory", "0");
  }
  expect((await runtime.handle(getSms("+8613700137001"), {})).statusCode).toBe(200);
  expect(log.lines.join("\n")).not.toContain("maxmemory");
});

it("answers 503 with cause wrongType when a key holds the wrong type", async () => {
  const { runtime, lastLine } = runtimeWith();
  await admin.set("vc:{+8613700137010}:code", "not-a-hash");
  for (const event of [getSms("+8613700137010"), login("+8613700137010")]) {
    const reply = await runtime.handle(event, {});
    expect(reply.statusCode).toBe(503);
    expect(lastLine()).toMatchObject({ status: 503, codeStr: "ServiceUnavailable", cause: "wrongType" });
  }
  // The error text (which names the key, i.e. the phone) is not logged.
  expect(JSON.stringify(lastLine())).not.toContain("13700137010");
});

it("tells a password problem, a hung server and a closed port apart in the log, never logging the password", async () => {
  const causes: unknown[] = [];
  const lines: string[] = [];

  // The runtime secret in Secrets Manager still holds a password the server no longer takes.
  fixture.ssm.putSecret("rotated-runtime-secret", runtimeSecretJson({ redisPassword: "an-old-password-that-was-rotated" }));
  fixture.ssm.putSecret("passwordless-runtime-secret", runtimeSecretJson({ redisPassword: "" }));
  const rotated = runtimeWith({ SECRET_NAME: "rotated-runtime-secret" });
  expect((await rotated.runtime.handle(getSms("+8613700137020"), {})).statusCode).toBe(503);
  causes.push(rotated.lastLine().cause);
  lines.push(...rotated.log.lines);

  const none = runtimeWith({ SECRET_NAME: "passwordless-runtime-secret" });
  expect((await none.runtime.handle(getSms("+8613700137021"), {})).statusCode).toBe(503);
  causes.push(none.lastLine().cause);

  const closedPort = await freePort();
  const refused = runtimeWith({ REDIS_PORT: String(closedPort) });
  expect((await refused.runtime.handle(getSms("+8613700137022"), {})).statusCode).toBe(503);
  causes.push(refused.lastLine().cause);

  const hung: RedisServer = await startRedisServer();
  try {
    const paused = runtimeWith({
      REDIS_HOST: hung.host,
      REDIS_PORT: String(hung.port),
      SECRET_NAME: "passwordless-runtime-secret",
      // Once connected, a request waits this long on a hung server before answering 503.
      REDIS_CONNECT_TIMEOUT_MS: "1000",
    });
    expect((await paused.runtime.handle(getSms("+8613700137023"), {})).statusCode).toBe(200);
    hung.pause();
    try {
      expect((await paused.runtime.handle(getSms("+8613700137024"), {})).statusCode).toBe(503);
    } finally {
      hung.resume();
    }
    causes.push(paused.lastLine().cause);
  } finally {
    await hung.stop();
  }

  expect(causes).toEqual(["auth", "auth", "refused", "timeout"]);
  const all = lines.join("\n");
  expect(all).not.toContain(password);
  expect(all).not.toContain("an-old-password-that-was-rotated");
});
