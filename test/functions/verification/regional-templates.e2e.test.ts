// Regional templates and locales (issue 23, part 3 of the brief's order 2): with a domestic and an
// international signature/template pair, each in several locales, the function picks the pair by
// the number's region and the template by the request's `locale` (with fallbacks), as the
// TC3-checking SMS double records it; code length and lifetime come from the environment.
import { fromEnvironment } from "../../../functions/verification/settings";
import { createVerificationRuntime, type VerificationRuntime } from "../../../functions/verification/runtime";
import { captureLog, functionUrlJson, replyBody, startFixture, type Fixture } from "./support/verification-fixture";

let fixture: Fixture;
let runtime: VerificationRuntime;

const regional = {
  SMS_SIGN: "腾讯云",
  SMS_INTERNATIONAL_SIGN: "Tencent Cloud",
  SMS_TEMPLATE_ID: "",
  SMS_TEMPLATES: "domestic:zh-CN=100001,domestic:en=100002,international:en=200001,international:zh-HK=200002",
  SMS_DEFAULT_LOCALE: "en",
  SMS_ALLOWED_REGIONS: "CN,HK,SG",
  CODE_LENGTH: "8",
  CODE_TTL_SECONDS: "600",
  IP_HOURLY_LIMIT: "100000",
};

beforeAll(async () => {
  fixture = await startFixture(regional);
  runtime = createVerificationRuntime(fixture.env, { log: captureLog().write });
});

afterAll(async () => {
  await runtime.close();
  await fixture.stop();
});

beforeEach(() => fixture.sms.reset());

async function getSms(phone: string, locale?: string) {
  const reply = await runtime.handle(functionUrlJson({ method: "getSms", phone, ...(locale ? { locale } : {}) }), {});
  expect(replyBody(reply).codeStr).toBe("Success");
  const [sent] = fixture.sms.sent.slice(-1);
  return { signName: sent.signName, templateId: sent.templateId, params: sent.templateParams, phone: sent.phoneNumbers[0] };
}

it("sends +86 with the domestic pair and +852 / +65 with the international one, in the requested locale", async () => {
  expect(await getSms("+8613800138000", "zh-CN")).toMatchObject({ signName: "腾讯云", templateId: "100001" });
  expect(await getSms("+8613800138001", "en")).toMatchObject({ signName: "腾讯云", templateId: "100002" });
  expect(await getSms("+85251234567", "zh-HK")).toMatchObject({ signName: "Tencent Cloud", templateId: "200002" });
  expect(await getSms("+6581234567", "en")).toMatchObject({ signName: "Tencent Cloud", templateId: "200001" });
  expect(fixture.sms.signatureFailures).toBe(0);
});

it("falls back: same language, then the region's usual locale, then the default locale", async () => {
  expect((await getSms("+6581234568", "en-SG")).templateId).toBe("200001"); // language match
  expect((await getSms("+85251234568", "zh-TW")).templateId).toBe("200002"); // Traditional Chinese → zh-HK
  expect((await getSms("+85251234569")).templateId).toBe("200002"); // no locale: Hong Kong reads zh-HK
  expect((await getSms("+6581234569", "fr")).templateId).toBe("200001"); // unknown: the default (en)
  expect((await getSms("+8613800138002")).templateId).toBe("100001"); // no locale: mainland reads zh-CN
});

it("sends codes of the configured length and states the configured lifetime", async () => {
  const { params } = await getSms("+8613800138003", "zh-CN");
  expect(params[0]).toMatch(/^\d{8}$/);
  expect(params[1]).toBe("10");
  const login = await runtime.handle(functionUrlJson({ method: "login", phone: "+8613800138003", code: params[0] }), {});
  expect(replyBody(login).codeStr).toBe("Success");
  const sixDigits = await runtime.handle(functionUrlJson({ method: "login", phone: "+8613800138003", code: "123456" }), {});
  expect(replyBody(sixDigits)).toMatchObject({ codeStr: "InValidParam", msg: "code must be 8 digits" });
});

it("refuses a locale that is not a locale tag", async () => {
  const reply = await runtime.handle(functionUrlJson({ method: "getSms", phone: "+6581234570", locale: "<script>" }), {});
  expect(replyBody(reply)).toMatchObject({ codeStr: "InValidParam" });
});

it("refuses a configuration that cannot reach a listed region, naming it", () => {
  const result = fromEnvironment(
    { ...fixture.env, SMS_TEMPLATES: "domestic:zh-CN=100001", SMS_ALLOWED_REGIONS: "CN,HK" },
    { allowLocalSecrets: true },
  );
  expect(result).toEqual({
    ok: false,
    problems: ["SMS_ALLOWED_REGIONS lists HK, which needs an international template (SMS_TEMPLATES international:<locale>=<id>)"],
  });
});
