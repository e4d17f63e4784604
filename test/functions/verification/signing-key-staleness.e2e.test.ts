// A container that cannot read Secrets Manager through a whole key rotation (issue 20, item 7):
// it keeps signing with its cached key while no rotation it could not see can have dropped that
// key, and after that answers 503 ServiceUnavailable (the code kept) instead of issuing a token no
// backend can verify. The clock is injected; Secrets Manager's double answers 503 meanwhile.
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
let runtime: VerificationRuntime;
const start = Date.now();
let now = start;

beforeAll(async () => {
  [fixture, cluster] = await Promise.all([
    startFixture({ IP_HOURLY_LIMIT: "100000", SSM_TIMEOUT_SECONDS: "1" }),
    startRedisCluster(),
  ]);
  runtime = createVerificationRuntime(fixture.env, { log: captureLog().write, clock: () => new Date(now) });
});

afterAll(async () => {
  await runtime.close();
  await Promise.all([fixture.stop(), cluster.stop()]);
});

let phoneSeq = 0;
async function login(): Promise<{ status: number; body: Record<string, unknown>; phone: string; code: string }> {
  const phone = `+86134${String(50000000 + phoneSeq++)}`;
  expect((await runtime.handle(functionUrlGet({ method: "getSms", phone }), {})).statusCode).toBe(200);
  const code = lastCodeSentTo(fixture.sms, phone);
  const reply = await runtime.handle(functionUrlJson({ method: "login", phone, code }), {});
  return { status: reply.statusCode, body: replyBody(reply), phone, code };
}

it("signs with the cached key until a rotation could have dropped it, then answers 503 and keeps the code", async () => {
  expect((await login()).status).toBe(200); // key set read at `start`
  fixture.ssm.setBehaviour({ kind: "httpError", status: 503 });
  try {
    // Earliest drop with no pending key: publish wait 660 s + drop wait (900 + 300 + 60 s) = 1920 s.
    now = start + 1919_000;
    const before = await login();
    expect(before.body.codeStr).toBe("Success");
    const token = String(before.body.refreshToken);

    now = start + 1921_000;
    const after = await login();
    expect(after.status).toBe(503);
    expect(after.body.codeStr).toBe("ServiceUnavailable");
    const refresh = await runtime.handle(functionUrlJson({ method: "refresh", refreshToken: token }), {});
    expect(refresh.statusCode).toBe(503);

    // Secrets Manager answers again: the same code still signs the user in.
    fixture.ssm.setBehaviour({ kind: "ok" });
    now += 400_000; // past SECRETS_REFRESH_SECONDS: the next request re-reads in the background
    await runtime.handle(functionUrlJson({ method: "refresh", refreshToken: token }), {});
    await runtime.secrets?.reread("test");
    const retry = await runtime.handle(functionUrlJson({ method: "login", phone: after.phone, code: after.code }), {});
    expect(replyBody(retry).codeStr).toBe("Success");
  } finally {
    fixture.ssm.setBehaviour({ kind: "ok" });
  }
});

/** Earliest drop of the key read at `start` with no pending key: publish wait 660 s + drop wait 1,260 s. */
const dropTimeMs = 1920_000;

describe.each(["standalone", "cluster"] as const)("an Idempotency-Key replay on %s Redis", (kind) => {
  let replaying: VerificationRuntime;
  const base = Date.now();
  let at = base;

  beforeAll(() => {
    const redisEnv =
      kind === "cluster"
        ? { REDIS_HOST: cluster.nodes[0]!.host, REDIS_PORT: String(cluster.nodes[0]!.port), REDIS_CLUSTER: "true" }
        : {};
    replaying = createVerificationRuntime(
      { ...fixture.env, ...redisEnv },
      { log: captureLog().write, clock: () => new Date(at) },
    );
  });

  afterAll(() => replaying.close());

  const call = async (fields: Record<string, unknown>, key?: string) => {
    const event = functionUrlJson(fields);
    if (key !== undefined) (event.headers as Record<string, string>)["Idempotency-Key"] = key;
    const reply = await replaying.handle(event, {});
    return { status: reply.statusCode, body: replyBody(reply) };
  };

  /** Runs `request` with the clock passing the key's drop time while its Redis script is on its way. */
  async function acrossDropTime<T>(request: () => Promise<T>): Promise<T> {
    const client = replaying.redis as unknown as { sendCommand: (...args: unknown[]) => unknown };
    const original = client.sendCommand;
    client.sendCommand = function (this: unknown, ...args: unknown[]) {
      at = base + dropTimeMs + 1000;
      return original.apply(this, args);
    };
    try {
      at = base + dropTimeMs - 1000;
      return await request();
    } finally {
      client.sendCommand = original;
      at = base;
    }
  }

  /** A signed-in phone: its code, and the login's reply under the key `login-<kind>-<n>`. */
  let seq = 0;
  async function signIn() {
    const n = seq++;
    const phone = `+86134${String(60000000 + n * 2 + (kind === "cluster" ? 1 : 0))}`;
    expect((await replaying.handle(functionUrlGet({ method: "getSms", phone }), {})).statusCode).toBe(200);
    const code = lastCodeSentTo(fixture.sms, phone);
    const key = `login-${kind}-${n}`;
    const login = await call({ method: "login", phone, code }, key);
    expect(login.body.codeStr).toBe("Success");
    return { phone, code, key, login };
  }

  async function withSecretsManagerDown<T>(run: () => Promise<T>): Promise<T> {
    fixture.ssm.setBehaviour({ kind: "httpError", status: 503 });
    try {
      return await run();
    } finally {
      fixture.ssm.setBehaviour({ kind: "ok" });
    }
  }

  it("answers a replayed login 503 when the key may have been dropped while its script ran; later the same tokens", async () => {
    const { phone, code, key, login } = await signIn();
    const replayed = await withSecretsManagerDown(() => acrossDropTime(() => call({ method: "login", phone, code }, key)));
    expect([replayed.status, replayed.body.codeStr]).toEqual([503, "ServiceUnavailable"]);
    // With a key that may sign, the same key gets the first tokens back.
    const again = await call({ method: "login", phone, code }, key);
    expect([again.status, again.body.refreshToken]).toEqual([200, login.body.refreshToken]);
  });

  it("answers a replayed refresh 503 when the key may have been dropped while its script ran; later the same tokens", async () => {
    const { login } = await signIn();
    const token = login.body.refreshToken;
    const key = `refresh-${kind}-${seq}`;
    const refresh = await call({ method: "refresh", refreshToken: token }, key);
    expect(refresh.body.codeStr).toBe("Success");
    const replayed = await withSecretsManagerDown(() =>
      acrossDropTime(() => call({ method: "refresh", refreshToken: token }, key)),
    );
    expect([replayed.status, replayed.body.codeStr]).toEqual([503, "ServiceUnavailable"]);
    const again = await call({ method: "refresh", refreshToken: token }, key);
    expect([again.status, again.body.refreshToken]).toEqual([200, refresh.body.refreshToken]);
  });
});
