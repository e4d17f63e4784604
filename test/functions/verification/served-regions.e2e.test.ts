// SMS_ALLOWED_REGIONS end to end: which numbers reach the SMS provider under each region set, bare
// mainland numbers, and a bad setting refusing every request. Real redis-server, the real SDK
// against the local signature-checking SendSms endpoint.
import { createVerificationRuntime, type VerificationRuntime } from "../../../functions/verification/runtime";
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
const runtimes: VerificationRuntime[] = [];

beforeAll(async () => {
  fixture = await startFixture({ IP_HOURLY_LIMIT: "100000" });
});

afterAll(async () => {
  await Promise.all(runtimes.map((runtime) => runtime.close()));
  await fixture.stop();
});

beforeEach(() => fixture.sms.reset());

/** A container configured with this SMS_ALLOWED_REGIONS (undefined = variable unset). */
function serving(allowedRegions: string | undefined, log = captureLog()) {
  const env = { ...fixture.env };
  if (allowedRegions === undefined) delete env.SMS_ALLOWED_REGIONS;
  else env.SMS_ALLOWED_REGIONS = allowedRegions;
  const runtime = createVerificationRuntime(env, { log: log.write });
  runtimes.push(runtime);
  return { handle: runtime.handle, log };
}

const getSms = (phone: string) => functionUrlGet({ method: "getSms", phone });
const login = (phone: string, code: string) => functionUrlJson({ method: "login", phone, code });

describe("SMS_ALLOWED_REGIONS unset (mainland China only)", () => {
  it("accepts a bare 11-digit mainland mobile as +86 for getSms and login", async () => {
    const { handle } = serving(undefined);
    const sent = await handle(getSms("13800138001"));
    expect(sent.statusCode).toBe(200);
    expect(fixture.sms.sent.map((m) => m.phoneNumbers)).toEqual([["+8613800138001"]]);
    const code = lastCodeSentTo(fixture.sms, "+8613800138001");
    // The same number in another accepted form finds the same code.
    expect(replyBody(await handle(login("138-0013-8001", code))).codeStr).toBe("Success");
  });

  it("refuses a Hong Kong mobile with InvalidPhone naming the region, before any Redis write or SMS", async () => {
    const { handle, log } = serving(undefined);
    const refused = await handle(getSms("+85251234567"));
    expect(refused.statusCode).toBe(400);
    expect(replyBody(refused)).toEqual({
      codeStr: "InvalidPhone",
      msg: "phone numbers of region HK are not served by this service",
      region: "HK",
    });
    expect(fixture.sms.requests).toBe(0);
    expect(JSON.parse(log.lines[0])).toMatchObject({
      status: 400,
      codeStr: "InvalidPhone",
      detail: "regionNotServed:HK",
      phone: "85251****67",
    });
    expect(log.lines.join("\n")).not.toContain("51234567");
    // Nothing was counted: once HK is served the number gets a code at once (no cooldown).
    const { handle: withHk } = serving("CN,HK");
    expect((await withHk(getSms("+85251234567"))).statusCode).toBe(200);
  });
});

describe("SMS_ALLOWED_REGIONS=HK,MO,TW (an international template)", () => {
  it("sends to Hong Kong, Macao and Taiwan mobiles in E.164 and verifies the code", async () => {
    const { handle } = serving("HK,MO,TW");
    for (const [input, e164] of [
      ["+852 5123 4568", "+85251234568"],
      ["85366123457", "+85366123457"],
      ["00886 912 345 679", "+886912345679"],
    ]) {
      expect((await handle(getSms(input))).statusCode).toBe(200);
      const code = lastCodeSentTo(fixture.sms, e164);
      expect(replyBody(await handle(login(e164, code))).codeStr).toBe("Success");
    }
    expect(fixture.sms.sent.map((m) => m.phoneNumbers[0])).toEqual(["+85251234568", "+85366123457", "+886912345679"]);
    expect(fixture.sms.signatureFailures).toBe(0);
  });

  it("refuses mainland numbers: +86 as a region not served, a bare 11-digit number as not valid", async () => {
    const { handle } = serving("HK,MO,TW");
    const withCountryCode = await handle(getSms("8613800138002"));
    expect(withCountryCode.statusCode).toBe(400);
    expect(replyBody(withCountryCode)).toMatchObject({ codeStr: "InvalidPhone", region: "CN" });
    const bare = await handle(getSms("13800138002"));
    expect(bare.statusCode).toBe(400);
    expect(replyBody(bare)).toEqual({ codeStr: "InvalidPhone", msg: "phone is not a valid mobile number" });
    expect(fixture.sms.requests).toBe(0);
  });
});

describe("SMS_ALLOWED_REGIONS=CN,HK,MO,TW", () => {
  it("serves all four and still reads bare mainland numbers as +86", async () => {
    const { handle } = serving("cn, hk, mo, tw");
    for (const phone of ["13800138003", "+85251234569", "+85366123459", "+886912345670"]) {
      expect((await handle(getSms(phone))).statusCode).toBe(200);
    }
    expect(fixture.sms.sent.map((m) => m.phoneNumbers[0])).toEqual([
      "+8613800138003",
      "+85251234569",
      "+85366123459",
      "+886912345670",
    ]);
  });
});

it("stops serving a region as soon as a container runs without it, even for a code already sent", async () => {
  const { handle: before } = serving("CN,HK");
  expect((await before(getSms("+85251234560"))).statusCode).toBe(200);
  const code = lastCodeSentTo(fixture.sms, "+85251234560");
  const { handle: after } = serving("CN");
  const refused = await after(login("+85251234560", code));
  expect(refused.statusCode).toBe(400);
  expect(replyBody(refused)).toMatchObject({ codeStr: "InvalidPhone", region: "HK" });
});

it("answers 500 ServiceMisconfigured to every request when SMS_ALLOWED_REGIONS is invalid, naming the bad code in the log", async () => {
  const { handle, log } = serving("CN,UK");
  for (const event of [getSms("8613800138004"), login("8613800138004", "123456")]) {
    const reply = await handle(event, { request_id: "bad-regions" });
    expect(reply.statusCode).toBe(500);
    expect(replyBody(reply)).toMatchObject({ codeStr: "ServiceMisconfigured", requestId: "bad-regions" });
    expect(reply.body).not.toContain("SMS_ALLOWED_REGIONS");
  }
  expect(fixture.sms.requests).toBe(0);
  expect(JSON.parse(log.lines[0]).problems).toBe(
    'SMS_ALLOWED_REGIONS: "UK" is not a region with phone numbers (unknown to libphonenumber-js)',
  );
});
