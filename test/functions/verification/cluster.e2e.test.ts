// REDIS_CLUSTER=true against a real 3-master redis-server cluster: the same scripts, keys of one
// phone in one slot, the per-IP counter in its own slot (so the IP cap spans phones on other nodes).
import Redis from "ioredis";
import { createVerificationRuntime, type VerificationRuntime } from "../../../functions/verification/runtime";
import { phoneKeys, sharedKeys } from "../../../functions/verification/store/redis-code-store";
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

let cluster: RedisClusterHandle;
let fixture: Fixture;
let runtime: VerificationRuntime;

beforeAll(async () => {
  [cluster, fixture] = await Promise.all([startRedisCluster(), startFixture()]);
  await fixture.redis.stop(); // the standalone server of the fixture is not used here
  const seed = cluster.nodes[1];
  runtime = createVerificationRuntime(
    {
      ...fixture.env,
      REDIS_HOST: seed.host,
      REDIS_PORT: String(seed.port),
      REDIS_CLUSTER: "true",
      REDIS_CONNECT_TIMEOUT_MS: "2000",
      IP_HOURLY_LIMIT: "4",
    },
    { log: captureLog().write },
  );
});

afterAll(async () => {
  await runtime.close();
  await Promise.all([cluster.stop(), fixture.stop()]);
});

async function slotOf(key: string): Promise<number> {
  const probe = new Redis(cluster.nodes[0]);
  try {
    return Number(await probe.cluster("KEYSLOT", key));
  } finally {
    probe.disconnect();
  }
}

it("keeps a phone's keys in one slot and the counters shared across phones in another", async () => {
  const phone = Object.values(phoneKeys("+8613800138600", "20260310"));
  const shared = Object.values(sharedKeys("192.0.2.1", "2026031008", "20260310", "+8613800"));
  const phoneSlots = await Promise.all(phone.map(slotOf));
  const sharedSlots = await Promise.all(shared.map(slotOf));
  expect(new Set(phoneSlots).size).toBe(1);
  expect(new Set(sharedSlots).size).toBe(1);
  expect(sharedSlots[0]).not.toBe(phoneSlots[0]);
});

it("issues and verifies codes for phones whose slots live on different nodes", async () => {
  const phones = ["+8613800138601", "+8613800138602", "+8613800138603", "+8613800138604"];
  const slots = await Promise.all(phones.map((p) => slotOf(`{${p}}`)));
  expect(new Set(slots.map((s) => Math.floor(s / 5462))).size).toBeGreaterThan(1);
  for (const [i, phone] of phones.entries()) {
    const ip = `198.51.100.${i}`;
    expect((await runtime.handle(functionUrlGet({ method: "getSms", phone }, ip), {})).statusCode).toBe(200);
    const code = lastCodeSentTo(fixture.sms, phone);
    const wrong = code === "000000" ? "000001" : "000000";
    expect(replyBody(await runtime.handle(functionUrlJson({ method: "login", phone, code: wrong }), {}))).toMatchObject({
      codeStr: "CodeIsError",
      attemptsLeft: 2,
    });
    expect(replyBody(await runtime.handle(functionUrlJson({ method: "login", phone, code }), {})).codeStr).toBe("Success");
  }
});

it("applies the per-IP cap across phones in different slots and gives back refused units", async () => {
  const ip = "203.0.113.200";
  const phones = ["+8613800138611", "+8613800138612", "+8613800138613", "+8613800138614", "+8613800138615"];
  for (const phone of phones.slice(0, 2)) {
    expect((await runtime.handle(functionUrlGet({ method: "getSms", phone }, ip), {})).statusCode).toBe(200);
  }
  // Cooldown refusal on the phone script must return the IP unit it took.
  expect(replyBody(await runtime.handle(functionUrlGet({ method: "getSms", phone: phones[0] }, ip), {})).limit).toBe("cooldown");
  expect((await runtime.handle(functionUrlGet({ method: "getSms", phone: phones[2] }, ip), {})).statusCode).toBe(200);
  expect((await runtime.handle(functionUrlGet({ method: "getSms", phone: phones[3] }, ip), {})).statusCode).toBe(200);
  const capped = await runtime.handle(functionUrlGet({ method: "getSms", phone: phones[4] }, ip), {});
  expect(replyBody(capped)).toMatchObject({ codeStr: "RateLimited", limit: "ip" });
});

it("stays race-proof on the cluster: 200 parallel getSms → one SMS; 300 parallel wrong guesses → 3 evaluated", async () => {
  const phone = "+8613800138620";
  fixture.sms.reset();
  const sends = await Promise.all(
    Array.from({ length: 200 }, (_, i) =>
      runtime.handle(functionUrlGet({ method: "getSms", phone }, `10.1.${i >> 8}.${i & 255}`), {}),
    ),
  );
  expect(sends.filter((r) => r.statusCode === 200)).toHaveLength(1);
  expect(fixture.sms.sent).toHaveLength(1);

  const code = lastCodeSentTo(fixture.sms, phone);
  const wrong = code === "999999" ? "999998" : "999999";
  const guesses = await Promise.all(
    Array.from({ length: 300 }, () => runtime.handle(functionUrlJson({ method: "login", phone, code: wrong }), {})),
  );
  expect(guesses.filter((r) => replyBody(r).codeStr === "CodeIsError")).toHaveLength(3);
  expect(replyBody(await runtime.handle(functionUrlJson({ method: "login", phone, code }), {})).codeStr).toBe("CodeHasValid");
});

it("releases counters on every node after a failed send", async () => {
  const phone = "+8613800138630";
  const ip = "203.0.113.201";
  fixture.sms.setBehaviour({ kind: "apiError", code: "FailedOperation.TemplateIncorrectOrUnapproved" }, { times: 4 });
  for (let i = 0; i < 4; i++)
    expect((await runtime.handle(functionUrlGet({ method: "getSms", phone }, ip), {})).statusCode).toBe(502);
  // IP_HOURLY_LIMIT is 4: had any failed send kept its IP unit, this would be refused.
  expect((await runtime.handle(functionUrlGet({ method: "getSms", phone }, ip), {})).statusCode).toBe(200);
});

it("gives the shared units back when the phone script fails with 503 after they were taken (finding 10)", async () => {
  const seed = cluster.nodes[0];
  const strict = createVerificationRuntime(
    {
      ...fixture.env,
      REDIS_HOST: seed.host,
      REDIS_PORT: String(seed.port),
      REDIS_CLUSTER: "true",
      REDIS_CONNECT_TIMEOUT_MS: "2000",
      IP_HOURLY_LIMIT: "1",
    },
    { log: captureLog().write },
  );
  const writer = new Redis.Cluster([seed]);
  try {
    const ip = "203.0.113.202";
    // A foreign value of the wrong type under the phone's code key: the phone script fails (503)
    // after the per-address unit was taken on another node.
    await writer.set("vc:{+8613800138640}:code", "not-a-hash");
    const failed = await strict.handle(functionUrlGet({ method: "getSms", phone: "+8613800138640" }, ip), {});
    expect(failed.statusCode).toBe(503);
    // IP_HOURLY_LIMIT is 1: had the failed request kept its unit, this would be refused.
    expect((await strict.handle(functionUrlGet({ method: "getSms", phone: "+8613800138641" }, ip), {})).statusCode).toBe(200);
  } finally {
    writer.disconnect();
    await strict.close();
  }
});

it("issues, rotates and revokes sessions on the cluster (family keys in their own slot)", async () => {
  const phone = "+8613800138690";
  expect((await runtime.handle(functionUrlGet({ method: "getSms", phone }, "192.0.2.90"), {})).statusCode).toBe(200);
  const login = replyBody(
    await runtime.handle(functionUrlJson({ method: "login", phone, code: lastCodeSentTo(fixture.sms, phone) }, "192.0.2.90"), {}),
  );
  expect(login).toMatchObject({ codeStr: "Success", tokenType: "Bearer" });
  const first = String(login.refreshToken);
  const post = (fields: Record<string, unknown>) => runtime.handle(functionUrlJson(fields, "192.0.2.90"), {});
  const parallel = await Promise.all(Array.from({ length: 20 }, () => post({ method: "refresh", refreshToken: first })));
  const codes = parallel.map((reply) => replyBody(reply).codeStr);
  expect(codes.filter((code) => code === "Success")).toHaveLength(1);
  expect(replyBody(await post({ method: "refresh", refreshToken: first })).codeStr).toBe("InvalidRefreshToken");
  expect(await slotOf(`rt:{rt:${first.split(".")[0]}}`)).not.toBe(await slotOf(phoneKeys(phone, "").code));
});
