// VerificationFunction inside a full stack: handler/runtime/VPC/role, and every environment
// variable the function reads — Redis coordinates by reference, secrets only by name.
import { Testing } from "../../../infra/framework";
import { ScfFunction } from "../../../infra/.gen/providers/tencentcloud/scf-function";
import { environmentTemplate, synthStack, variant } from "../support/environment-fixtures";

const EXPECTED_VARIABLES = [
  "ACCESS_TOKEN_TTL_SECONDS",
  "CODE_LENGTH",
  "CODE_TTL_SECONDS",
  "CORS_ALLOWED_ORIGINS",
  "DAILY_LIMIT",
  "FRAUD_GUARD_BLOCK_SECONDS",
  "FRAUD_GUARD_BUCKET_SECONDS",
  "FRAUD_GUARD_COUNTRY_BLOCK_SECONDS",
  "FRAUD_GUARD_COUNTRY_MIN_CONVERSION_PERCENT",
  "FRAUD_GUARD_COUNTRY_MIN_SENDS",
  "FRAUD_GUARD_MIN_CONVERSION_PERCENT",
  "FRAUD_GUARD_MIN_SENDS",
  "FRAUD_GUARD_WINDOW_SECONDS",
  "IP_HOURLY_LIMIT",
  "LEGACY_REQUESTS",
  "LOGIN_IP_HOURLY_WRONG_LIMIT",
  "LOGIN_PHONE_DAILY_WRONG_LIMIT",
  "MAX_ATTEMPTS",
  "REDIS_CLUSTER",
  "REDIS_HOST",
  "REDIS_PORT",
  "REFRESH_FAMILY_LIFETIME_SECONDS",
  "REFRESH_TOKEN_TTL_SECONDS",
  "RESEND_COOLDOWN_SECONDS",
  "SECRET_NAME",
  "SIGNING_KEYS_SECRET_NAME",
  "SMS_ALLOWED_REGIONS",
  "SMS_BUDGET_DAILY",
  "SMS_BUDGET_HOURLY",
  "SMS_BUDGET_PREFIX_DIGITS",
  "SMS_BUDGET_PREFIX_HOURLY",
  "SMS_REGION",
  "SMS_SDKAPPID",
  "SMS_SIGN",
  "SMS_TEMPLATE_ID",
  "SMS_TIMEOUT_SECONDS",
  "SSM_REGION",
  "TOKEN_AUDIENCE",
  "TOKEN_ISSUER",
  "UNKNOWN_ADDRESS_HOURLY_LIMIT",
];

describe("VerificationFunction", () => {
  const dev = environmentTemplate("dev");
  // dev also deploys the bulk-greeting function and its role: pick the verification ones by name.
  const fn = dev.named("tencentcloud_scf_function", "smsverify-dev-verification");
  const environment = fn.environment as Record<string, string>;

  it("runs index.main_handler from the bundled asset on the configured runtime, in the VPC subnet, as the role", () => {
    expect(dev.json).toHaveResourceWithProperties(ScfFunction, {
      name: "smsverify-dev-verification",
      handler: "index.main_handler",
      runtime: "Nodejs20.19",
      mem_size: 128,
      timeout: 10,
      vpc_id: dev.referenceTo("tencentcloud_vpc", "id"),
      subnet_id: dev.referenceTo("tencentcloud_subnet", "id"),
      role: dev.referenceToNamed("tencentcloud_cam_role", "smsverify-dev-function", "name"),
      enable_public_net: true,
    });
    expect(fn.zip_file).toMatch(/^assets\/.+\/archive\.zip$/);
  });

  it("sets exactly the variables the function reads (no SMS_ENDPOINT in the cloud)", () => {
    expect(Object.keys(environment).sort()).toEqual(EXPECTED_VARIABLES);
  });

  it("wires Redis coordinates from the instance by reference and names its secrets, never their values", () => {
    expect(environment.REDIS_HOST).toBe(dev.referenceTo("tencentcloud_redis_instance", "ip"));
    expect(environment.REDIS_PORT).toBe(dev.referenceTo("tencentcloud_redis_instance", "port"));
    expect(environment).toMatchObject({
      SECRET_NAME: "smsverify-dev-function-secrets",
      SIGNING_KEYS_SECRET_NAME: "smsverify-dev-signing-keys",
      SSM_REGION: "ap-guangzhou",
    });
    expect(JSON.stringify(environment)).not.toMatch(/random_password|password/i);
  });

  it("starts only after its secrets and the role's read grant exist", () => {
    const dependsOn = (fn.depends_on ?? []) as string[];
    expect(dependsOn).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/^tencentcloud_ssm_secret_version\.secrets_runtime-version_/),
        expect.stringMatching(/^tencentcloud_ssm_secret_version\.secrets_signing-keys-version_/),
        expect.stringMatching(/^tencentcloud_cam_policy\.secrets_read-policy_/),
      ]),
    );
  });

  it("passes SMS settings and limits from the environment table", () => {
    expect(environment).toMatchObject({
      REDIS_CLUSTER: "false",
      SMS_SDKAPPID: "1400000000",
      SMS_SIGN: "SmsVerifyDemo",
      SMS_TEMPLATE_ID: "1000000",
      SMS_REGION: "ap-guangzhou",
      SMS_TIMEOUT_SECONDS: "5",
      SMS_ALLOWED_REGIONS: "CN",
      CODE_TTL_SECONDS: "300",
      MAX_ATTEMPTS: "3",
      RESEND_COOLDOWN_SECONDS: "30",
      DAILY_LIMIT: "10",
      IP_HOURLY_LIMIT: "30",
      // Abuse protections left out of the entry: the function's own defaults, written out.
      UNKNOWN_ADDRESS_HOURLY_LIMIT: "5",
      LOGIN_IP_HOURLY_WRONG_LIMIT: "10",
      LOGIN_PHONE_DAILY_WRONG_LIMIT: "20",
      SMS_BUDGET_HOURLY: "1000",
      SMS_BUDGET_DAILY: "10000",
      SMS_BUDGET_PREFIX_HOURLY: "30",
      SMS_BUDGET_PREFIX_DIGITS: "5",
    });
  });

  it("passes the entry's SMS budgets and wrong-code budgets to the function", () => {
    const { stack } = synthStack(
      variant((s) => {
        s.limits.smsBudgets = { hourly: 200, daily: 0, prefixHourly: 12, prefixDigits: 4 };
        s.limits.loginIpHourlyWrongLimit = 6;
        s.limits.loginPhoneDailyWrongLimit = 9;
        s.limits.unknownAddressHourlyLimit = 2;
      }),
    );
    expect(stack.verification.function.environmentInput).toMatchObject({
      SMS_BUDGET_HOURLY: "200",
      SMS_BUDGET_DAILY: "0",
      SMS_BUDGET_PREFIX_HOURLY: "12",
      SMS_BUDGET_PREFIX_DIGITS: "4",
      LOGIN_IP_HOURLY_WRONG_LIMIT: "6",
      LOGIN_PHONE_DAILY_WRONG_LIMIT: "9",
      UNKNOWN_ADDRESS_HOURLY_LIMIT: "2",
    });
  });

  it("passes the environment's token settings and browser rules: legacy requests on in dev only", () => {
    expect(environment).toMatchObject({
      TOKEN_ISSUER: "https://login-dev.example.com",
      TOKEN_AUDIENCE: "smsverify-dev",
      ACCESS_TOKEN_TTL_SECONDS: "900",
      REFRESH_TOKEN_TTL_SECONDS: "2592000",
      CORS_ALLOWED_ORIGINS: "http://localhost:8081,http://127.0.0.1:8081",
      LEGACY_REQUESTS: "true",
    });
    for (const name of ["staging", "prod"]) {
      const other = environmentTemplate(name).named("tencentcloud_scf_function", `smsverify-${name}-verification`)
        .environment as Record<string, string>;
      expect(other).toMatchObject({ LEGACY_REQUESTS: "false", TOKEN_AUDIENCE: `smsverify-${name}` });
    }
  });

  it("tells the function it talks to a cluster, and takes the numeric part of a managed template's id (prod)", () => {
    const prod = environmentTemplate("prod");
    const prodEnv = prod.named("tencentcloud_scf_function", "smsverify-prod-verification").environment as Record<string, string>;
    expect(prodEnv.REDIS_CLUSTER).toBe("true");
    // The provider's id is `<templateId>#<international>`; SendSms wants the number (the dry apply checks the value).
    const id = prod.referenceToNamed("tencentcloud_sms_template", "smsverify-login-code", "id").slice(2, -1);
    expect(prodEnv.SMS_TEMPLATE_ID).toBe(`\${element(split("#", ${id}), 0)}`);
  });

  it("passes the environment's served regions to the function (SMS_ALLOWED_REGIONS)", () => {
    const { stack } = synthStack(
      variant((s) => {
        s.sms.allowedRegions = ["HK", "MO", "TW"];
        s.sms.template = { manage: true, name: "intl-login", international: 1, remark: "r" };
      }),
    );
    expect(stack.verification.function.environmentInput).toMatchObject({ SMS_ALLOWED_REGIONS: "HK,MO,TW" });
  });

  it("bundles for the runtime's Node version", () => {
    const { stack } = synthStack(
      variant((s) => {
        s.function.runtime = "Nodejs16.13";
      }),
    );
    expect(stack.verification.function.runtimeInput).toBe("Nodejs16.13");
    expect(stack.verification.bundleBytes).toBeGreaterThan(0);
  });
});

describe("Tencent Captcha (optional per environment)", () => {
  it("is off unless the entry configures it: no CAPTCHA_* variables, no Captcha grant", () => {
    const dev = environmentTemplate("dev");
    const env = dev.named("tencentcloud_scf_function", "smsverify-dev-verification").environment as Record<string, string>;
    expect(Object.keys(env).filter((k) => k.startsWith("CAPTCHA_"))).toEqual([]);
    expect(JSON.stringify(dev.document)).not.toContain("captcha:");
  });

  it("passes mode, app id and fail-open to the function, grants only DescribeCaptchaResult, and keeps the key in a sensitive variable", () => {
    const { stack } = synthStack(
      variant((s) => {
        s.captcha = { appId: 190000123, on: "getSmsAndLogin", failOpen: true };
      }),
    );
    expect(stack.verification.function.environmentInput).toMatchObject({
      CAPTCHA_MODE: "getSmsAndLogin",
      CAPTCHA_APP_ID: "190000123",
      CAPTCHA_FAIL_OPEN: "true",
    });
    const document = JSON.parse(Testing.synth(stack)) as {
      variable: Record<string, { sensitive?: boolean }>;
      resource: {
        tencentcloud_cam_policy: Record<string, { name: string; document: string }>;
        tencentcloud_ssm_secret_version: Record<string, { secret_string: string }>;
      };
    };
    expect(document.variable.captcha_app_secret_key.sensitive).toBe(true);
    const captchaPolicies = Object.values(document.resource.tencentcloud_cam_policy).filter((p) =>
      p.document.includes("captcha:"),
    );
    expect(captchaPolicies).toHaveLength(1);
    expect(JSON.parse(captchaPolicies[0].document).statement).toEqual([
      { action: ["name/captcha:DescribeCaptchaResult"], effect: "allow", resource: ["*"] },
    ]);
    const secretStrings = Object.values(document.resource.tencentcloud_ssm_secret_version).map((v) => v.secret_string);
    expect(secretStrings.some((text) => text.includes("var.captcha_app_secret_key"))).toBe(true);
  });
});
