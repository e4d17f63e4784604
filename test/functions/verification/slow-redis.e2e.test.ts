// A Redis that answers after the function's timeout (issue 20, item 1): the request answers 503,
// the client reconnects, and the script it had already written must not be sent again. Redis is
// stalled with DEBUG SLEEP on the node that holds the keys; MONITOR on that node counts how often
// the script ran, and the keys show what it did. Standalone redis-server and a 3-master cluster.
import { phoneKeys } from "../../../functions/verification/store/redis-code-store";
import { sessionKey } from "../../../functions/verification/store/redis-session-store";
import { shanghaiDayStamp } from "../../../functions/verification/service/shanghai-day";
import { familyOf } from "../../../functions/verification/tokens/refresh-token";
import { functionUrlGet, functionUrlJson, lastCodeSentTo, replyBody, type Fixture } from "./support/verification-fixture";
import { startStallableDeployments, untilServing, type RedisNode, type StallableDeployments } from "./support/redis-stall";

let fixture: Fixture;
let deployments: StallableDeployments["deployments"];
let redis: StallableDeployments["redis"];
let stop: () => Promise<void>;
const connect = (node: RedisNode) => redis.connect(node);

beforeAll(async () => {
  ({ fixture, deployments, redis, stop } = await startStallableDeployments());
});

afterAll(() => stop());

let phoneSeq = 0;
const nextPhone = () => `+86137${String(20000000 + phoneSeq++)}`;

describe.each(["standalone", "cluster"] as const)("a Redis slower than the timeout (%s)", (kind) => {
  const post = (fields: Record<string, unknown>) => deployments[kind].runtime.handle(functionUrlJson(fields), {});

  async function loggedIn(phone: string): Promise<string> {
    const runtime = deployments[kind].runtime;
    expect((await runtime.handle(functionUrlGet({ method: "getSms", phone }), {})).statusCode).toBe(200);
    const login = replyBody(await post({ method: "login", phone, code: lastCodeSentTo(fixture.sms, phone) }));
    expect(login.codeStr).toBe("Success");
    return String(login.refreshToken);
  }

  it("runs a stalled refresh's script once: the family is rotated once and stays alive", async () => {
    const token = await loggedIn(nextPhone());
    const familyKey = sessionKey(familyOf(token)!);
    const node = await deployments[kind].nodeOf(familyKey);
    const runs = await redis.countScriptRuns(node, familyKey);

    const { over } = await redis.stall(node, 1.5);
    expect((await post({ method: "refresh", refreshToken: token })).statusCode).toBe(503);
    await over;
    await untilServing(deployments[kind].runtime, familyKey);

    expect(runs()).toBe(1);
    // Run twice, the second run finds the rotated hash, takes it for reuse and revokes the family.
    expect(await connect(node).hmget(familyKey, "g", "r")).toEqual(["2", "0"]);
  });

  it("counts a stalled wrong code once against the code's attempts and the phone's daily budget", async () => {
    // On the cluster the address's wrong-code unit is taken first, on the node of {vc-limits}.
    const phone = await deployments[kind].phoneAwayFromLimits(nextPhone);
    const runtime = deployments[kind].runtime;
    expect((await runtime.handle(functionUrlGet({ method: "getSms", phone }), {})).statusCode).toBe(200);
    const code = lastCodeSentTo(fixture.sms, phone);
    const keys = phoneKeys(phone, shanghaiDayStamp(new Date()));
    const node = await deployments[kind].nodeOf(keys.code);
    const runs = await redis.countScriptRuns(node, keys.code);

    const { over } = await redis.stall(node, 1.5);
    const wrong = code === "000000" ? "000001" : "000000";
    expect((await post({ method: "login", phone, code: wrong })).statusCode).toBe(503);
    await over;
    await untilServing(runtime, keys.code);

    expect(runs()).toBe(1);
    const admin = connect(node);
    expect(await admin.hget(keys.code, "a")).toBe("1");
    expect(await admin.get(keys.wrongDay)).toBe("1");
    // The user still has the attempts the one wrong guess left.
    expect(replyBody(await post({ method: "login", phone, code: wrong }))).toMatchObject({
      codeStr: "CodeIsError",
      attemptsLeft: 1,
    });
  });
});
