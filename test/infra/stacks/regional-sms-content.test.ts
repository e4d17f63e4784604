// Regional SMS content in the environment table: a domestic pair (sms.sign + sms.template, more
// locales in sms.locales) and an international pair (sms.international) give the function both
// signatures and every template by kind and locale; the served regions follow from the pairs; a
// configuration that cannot serve a listed region is refused at synth, naming the region.
import { EnvironmentSettings } from "../../../infra/config/environment-settings";
import { checkSynthesizedStack, formatViolations } from "../../../infra/schema-check/check-synthesized-stack";
import { fromEnvironment } from "../../../functions/verification/settings";
import { baseSettings, synthStack, validationProblems, variant } from "../support/environment-fixtures";
import { PROVIDER_SCHEMAS } from "../support/provider-schemas";

const regional = (s: EnvironmentSettings) => {
  s.sms.locales = { en: { manage: false, id: "1000002" } };
  s.sms.international = {
    sign: { manage: false, name: "SmsVerifyIntl" },
    templates: {
      en: { manage: false, id: "2000001" },
      "zh-HK": {
        manage: true,
        name: "login-code-zh-hk",
        international: 1,
        remark: "Verification code for login",
        content: "您的驗證碼為：{1}，請於{2}分鐘內填寫。",
      },
    },
    regions: ["HK", "SG"],
  };
  s.limits.codeLength = 8;
};

function problemsOf(change: (s: EnvironmentSettings) => void): string {
  const settings = baseSettings();
  change(settings);
  return validationProblems(settings);
}

it("serves CN plus the international pair's regions and hands the function every template by kind and locale", () => {
  const config = variant(regional);
  expect(config.sms.allowedRegions).toEqual(["CN", "HK", "SG"]);
  const { template } = synthStack(config);
  expect(formatViolations(checkSynthesizedStack(template.document, PROVIDER_SCHEMAS).violations)).toBe("");
  const environment = template.named("tencentcloud_scf_function", "smsverify-dev-verification").environment as Record<
    string,
    string
  >;
  expect(environment).toMatchObject({
    SMS_SIGN: expect.any(String),
    SMS_INTERNATIONAL_SIGN: "SmsVerifyIntl",
    SMS_DEFAULT_LOCALE: "zh-CN",
    SMS_ALLOWED_REGIONS: "CN,HK,SG",
    CODE_LENGTH: "8",
  });
  expect(environment.SMS_TEMPLATE_ID).toBeUndefined();
  // The managed zh-HK template is referenced by the numeric part of its id.
  expect(environment.SMS_TEMPLATES).toMatch(
    /^domestic:zh-CN=\d+,domestic:en=1000002,international:en=2000001,international:zh-HK=\$\{element\(split\("#", tencentcloud_sms_template\.[\w-]+\.id\), 0\)\}$/,
  );
  const managed = template.resources("tencentcloud_sms_template");
  expect(managed).toEqual([expect.objectContaining({ template_name: "login-code-zh-hk", international: 1 })]);

  // The function's own parser accepts what the stack wrote (the reference resolved to a number).
  const resolved = Object.fromEntries(
    Object.entries(environment).map(([k, v]) => [k, v.replace(/\$\{element\(split[^}]*\}/, "2000002")]),
  );
  const parsed = fromEnvironment({ ...resolved, REDIS_HOST: "10.0.0.1", REDIS_PORT: "6379" }, { allowLocalSecrets: false });
  expect(parsed.ok ? [] : parsed.problems).toEqual([]);
});

it("refuses at synth a listed region no pair can serve, and content of the wrong kind", () => {
  expect(
    problemsOf((s) => {
      regional(s);
      s.sms.allowedRegions = ["CN", "HK", "JP"];
    }),
  ).toContain(
    "sms.allowedRegions: lists JP, which no signature/template pair serves: add it to sms.international.regions (international templates reach it) or drop it",
  );
  expect(
    problemsOf((s) => {
      s.sms.allowedRegions = ["CN", "HK"];
    }),
  ).toContain(
    "sms.allowedRegions: lists CN and HK: one signature/template pair serves either mainland China (domestic) or other regions (international); add sms.international for HK",
  );
  expect(
    problemsOf((s) => {
      regional(s);
      s.sms.international!.regions = ["CN", "HK"];
    }),
  ).toContain("sms.international.regions: cannot list CN");
  expect(
    problemsOf((s) => {
      regional(s);
      s.sms.international!.sign = {
        manage: true,
        name: "x",
        signType: 0,
        documentType: 0,
        international: 0,
        signPurpose: 0,
        proofImagePath: "docs/x.png",
      };
    }),
  ).toContain("sms.international.sign.international: must be 1");
  expect(
    problemsOf((s) => {
      s.limits.codeLength = 9;
    }),
  ).toContain("limits.codeLength");
  expect(
    problemsOf((s) => {
      s.sms.locales = { "not a locale": { manage: false, id: "1" } };
    }),
  ).toContain("is not a locale tag");
});

it("keeps the one-template form: SMS_TEMPLATE_ID, no list", () => {
  const { template } = synthStack(variant(() => undefined));
  const environment = template.named("tencentcloud_scf_function", "smsverify-dev-verification").environment as Record<
    string,
    string
  >;
  expect(environment.SMS_TEMPLATE_ID).toBeDefined();
  expect(environment.SMS_TEMPLATES).toBeUndefined();
  expect(environment.CODE_LENGTH).toBe("6");
});
