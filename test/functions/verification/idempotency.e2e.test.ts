// Idempotency-Key on getSms, login and refresh (issue 20, item 3): a 503 does not mean nothing
// happened, so a retry with the same key and the same request gets the first outcome — the same
// tokens — instead of CodeHasExpired or a revoked session; the same key with another request is
// 422; requests without the header behave as before. Standalone redis-server and a 3-master
// cluster, with the Redis that holds the keys stalled past the function's timeout.
import { decodeJwt } from "jose";
import { phoneKeys } from "../../../functions/verification/store/redis-code-store";
import { idempotencyRecordKey } from "../../../functions/verification/store/redis-idempotency";
import { sessionKey } from "../../../functions/verification/store/redis-session-store";
import { familyOf } from "../../../functions/verification/tokens/refresh-token";
import { functionUrlGet, functionUrlJson, lastCodeSentTo, replyBody, type Fixture } from "./support/verification-fixture";
import { startStallableDeployments, untilServing, type StallableDeployments } from "./support/redis-stall";

let fixture: Fixture;
let deployments: StallableDeployments["deployments"];
let redis: StallableDeployments["redis"];
let stop: () => Promise<void>;

beforeAll(async () => {
  ({ fixture, deployments, redis, stop } = await startStallableDeployments());
});

afterAll(() => stop());

let phoneSeq = 0;
const nextPhone = () => `+86136${String(30000000 + phoneSeq++)}`;
let keySeq = 0;
const newKey = () => `key-${Date.now()}-${keySeq++}`;

describe.each(["standalone", "cluster"] as const)("Idempotency-Key (%s)", (kind) => {
  const runtime = () => deployments[kind].runtime;
  const call = (fields: Record<string, unknown>, key?: string) => {
    const event = functionUrlJson(fields);
    if (key !== undefined) (event.headers as Record<string, string>)["Idempotency-Key"] = key;
    return runtime().handle(event, {});
  };
  const getSms = (phone: string, key?: string) => {
    const event = functionUrlGet({ method: "getSms", phone });
    if (key !== undefined) (event.headers as Record<string, string>)["idempotency-key"] = key;
    return runtime().handle(event, {});
  };

  async function codeFor(phone: string): Promise<string> {
    expect((await getSms(phone)).statusCode).toBe(200);
    return lastCodeSentTo(fixture.sms, phone);
  }

  it("answers a login retried after a 503 with the tokens of the first, which work", async () => {
    const phone = await deployments[kind].phoneAwayFromLimits(nextPhone);
    const code = await codeFor(phone);
    const node = await deployments[kind].nodeOf(phoneKeys(phone, "").code);
    const key = newKey();

    const { over } = await redis.stall(node, 1.5);
    expect((await call({ method: "login", phone, code }, key)).statusCode).toBe(503);
    await over;
    await untilServing(runtime(), phoneKeys(phone, "").code);

    // Without the key the code would be spent now: CodeHasExpired.
    const retry = await call({ method: "login", phone, code }, key);
    const first = replyBody(retry);
    expect(first).toMatchObject({ codeStr: "Success", tokenType: "Bearer" });
    expect(retry.headers["Idempotent-Replayed"]).toBe("true");
    const again = replyBody(await call({ method: "login", phone, code }, key));
    expect(again.refreshToken).toBe(first.refreshToken);
    expect(decodeJwt(String(again.accessToken))).toEqual(decodeJwt(String(first.accessToken)));
    expect(decodeJwt(String(first.accessToken)).sub).toBe(phone);
    // The session behind the replayed tokens exists (on a cluster it is created by its own script).
    expect(replyBody(await call({ method: "refresh", refreshToken: first.refreshToken })).codeStr).toBe("Success");
  });

  it("answers a refresh retried after a 503 with one rotation, and the session lives on", async () => {
    const phone = nextPhone();
    const login = replyBody(await call({ method: "login", phone, code: await codeFor(phone) }));
    const token = String(login.refreshToken);
    const familyKey = sessionKey(familyOf(token)!);
    const node = await deployments[kind].nodeOf(familyKey);
    const key = newKey();

    const { over } = await redis.stall(node, 1.5);
    expect((await call({ method: "refresh", refreshToken: token }, key)).statusCode).toBe(503);
    await over;
    await untilServing(runtime(), familyKey);

    // Without the key this is a replayed retired token: RefreshTokenReused, the family revoked.
    const retry = replyBody(await call({ method: "refresh", refreshToken: token }, key));
    expect(retry).toMatchObject({ codeStr: "Success", tokenType: "Bearer" });
    expect(replyBody(await call({ method: "refresh", refreshToken: token }, key)).refreshToken).toBe(retry.refreshToken);
    expect(await redis.connect(node).hmget(familyKey, "g", "r")).toEqual(["2", "0"]);
    expect(replyBody(await call({ method: "refresh", refreshToken: retry.refreshToken })).codeStr).toBe("Success");
  });

  it("replays a wrong code without counting it again, and refuses the key for another code with 422", async () => {
    const phone = nextPhone();
    const code = await codeFor(phone);
    const wrong = code === "000000" ? "000001" : "000000";
    const key = newKey();
    const first = await call({ method: "login", phone, code: wrong }, key);
    expect(replyBody(first)).toMatchObject({ codeStr: "CodeIsError", attemptsLeft: 2 });
    const retry = await call({ method: "login", phone, code: wrong }, key);
    expect(replyBody(retry)).toMatchObject({ codeStr: "CodeIsError", attemptsLeft: 2 });
    expect(retry.headers["Idempotent-Replayed"]).toBe("true");

    const other = await call({ method: "login", phone, code }, key);
    expect(other.statusCode).toBe(422);
    expect(replyBody(other)).toEqual({ codeStr: "IdempotencyKeyReused", msg: expect.any(String) });
    // The refused request did nothing: the right code with a new key still has its 2 attempts' worth.
    expect(replyBody(await call({ method: "login", phone, code }, newKey())).codeStr).toBe("Success");
  });

  it("sends one SMS for a getSms retried with the same key, and a new one with a new key after the cooldown", async () => {
    const phone = nextPhone();
    const key = newKey();
    const before = fixture.sms.sent.length;
    const first = await getSms(phone, key);
    expect(replyBody(first)).toEqual({ codeStr: "Success", msg: "code sent", expiresIn: 300 });
    const retry = await getSms(phone, key);
    expect(replyBody(retry)).toEqual(replyBody(first));
    expect(retry.headers["Idempotent-Replayed"]).toBe("true");
    expect(fixture.sms.sent.length - before).toBe(1);
    // Another key is another request: the cooldown applies as always.
    expect(replyBody(await getSms(phone, newKey()))).toMatchObject({ codeStr: "RateLimited", limit: "cooldown" });
  });

  it("lets a retry run again after a send that definitely failed (nothing was kept)", async () => {
    const phone = nextPhone();
    const key = newKey();
    fixture.sms.setBehaviour({ kind: "apiError", code: "FailedOperation.SignatureIncorrectOrUnapproved" }, { times: 1 });
    expect((await getSms(phone, key)).statusCode).toBe(502);
    const retry = await getSms(phone, key);
    expect(retry.statusCode).toBe(200);
    expect(retry.headers["Idempotent-Replayed"]).toBeUndefined();
    expect(fixture.sms.sent.filter((m) => m.phoneNumbers.includes(phone))).toHaveLength(1);
  });

  it("keeps no usable token in Redis: the record holds a keyed fingerprint and sealed tokens", async () => {
    const phone = nextPhone();
    const key = newKey();
    const body = replyBody(await call({ method: "login", phone, code: await codeFor(phone) }, key));
    const { createHash } = await import("node:crypto");
    const recordKey = idempotencyRecordKey(phone, createHash("sha256").update(key).digest("base64url"));
    const record = await redis.connect(await deployments[kind].nodeOf(recordKey)).hgetall(recordKey);
    expect(Object.keys(record).sort()).toEqual(["f", "n", "o", "t"]);
    const stored = JSON.stringify(record);
    for (const secret of [String(body.refreshToken), String(body.refreshToken).split(".")[1], String(body.accessToken)]) {
      expect(stored).not.toContain(secret);
    }
    expect(stored).not.toContain(key);
  });
});

describe("the Idempotency-Key header itself", () => {
  const runtime = () => deployments.standalone.runtime;

  it.each([
    ["empty", ""],
    ["too long", "k".repeat(256)],
    ["with a space inside", "two words"],
    ["with a control character", "key\u0001"],
  ])("refuses a key that is %s with 400 InValidParam", async (_name, key) => {
    const event = functionUrlJson({ method: "getSms", phone: nextPhone() });
    (event.headers as Record<string, string>)["Idempotency-Key"] = key;
    const reply = await runtime().handle(event, {});
    expect(reply.statusCode).toBe(400);
    expect(replyBody(reply).codeStr).toBe("InValidParam");
  });

  it("refuses a key given twice in different case, and takes a quoted key as its content", async () => {
    const twice = functionUrlJson({ method: "getSms", phone: nextPhone() });
    Object.assign(twice.headers, { "Idempotency-Key": "a", "idempotency-key": "b" });
    expect((await runtime().handle(twice, {})).statusCode).toBe(400);

    const phone = nextPhone();
    const quoted = functionUrlJson({ method: "getSms", phone });
    Object.assign(quoted.headers, { "Idempotency-Key": '"same-key"' });
    expect((await runtime().handle(quoted, {})).statusCode).toBe(200);
    const bare = functionUrlJson({ method: "getSms", phone });
    Object.assign(bare.headers, { "Idempotency-Key": "same-key" });
    const replay = await runtime().handle(bare, {});
    expect(replay.headers["Idempotent-Replayed"]).toBe("true");
  });
});
