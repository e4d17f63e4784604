// The verification function's settings read from its environment: defaults, every problem reported
// at once, secrets never echoed.
import { fromEnvironment } from "../../../../functions/verification/settings";

const valid = {
  REDIS_HOST: "10.0.0.5",
  SMS_SDKAPPID: "1400000001",
  SMS_SIGN: "Sign",
  SMS_TEMPLATE_ID: "100001",
  SECRET_NAME: "smsverify-dev-verification",
  SIGNING_KEYS_SECRET_NAME: "smsverify-dev-signing-keys",
};

describe("fromEnvironment", () => {
  it("applies the documented defaults", () => {
    const result = fromEnvironment(valid);
    if (!result.ok) throw new Error(result.problems.join("; "));
    expect(result.settings.redis).toEqual({ host: "10.0.0.5", port: 6379, cluster: false, connectTimeoutMs: 1000 });
    expect(result.settings.sms).toEqual({
      sender: "tencent",
      sdkAppId: "1400000001",
      signName: "Sign",
      templateId: "100001",
      defaultLocale: "zh-CN",
      // The one template serves every listed region, in the default locale.
      content: {
        domestic: { signName: "Sign", templates: new Map([["zh-CN", "100001"]]) },
        international: { signName: "Sign", templates: new Map([["zh-CN", "100001"]]) },
        defaultLocale: "zh-CN",
      },
      region: "ap-guangzhou",
      timeoutSeconds: 5,
      allowedRegions: ["CN"],
    });
    expect(result.settings.limits).toEqual({
      codeTtlSeconds: 300,
      maxAttempts: 3,
      resendCooldownSeconds: 30,
      dailyLimit: 10,
      ipHourlyLimit: 20,
      unknownAddressHourlyLimit: 5,
      loginIpHourlyWrongLimit: 10,
      loginPhoneDailyWrongLimit: 20,
      smsBudgets: { hourly: 1000, daily: 10000, prefixHourly: 30, prefixDigits: 5 },
      codeLength: 6,
      fraudGuard: {
        windowSeconds: 3600,
        bucketSeconds: 300,
        prefix: { minSends: 20, minConversionPercent: 20, blockSeconds: 43200 },
        country: { minSends: 1000, minConversionPercent: 10, blockSeconds: 43200 },
      },
    });
    expect(result.settings.idempotency).toEqual({ ttlSeconds: 600 });
    expect(result.settings.sessions).toEqual({
      issuer: "urn:smsverify:local",
      audience: "smsverify-local",
      accessTokenTtlSeconds: 900,
      refreshTokenTtlSeconds: 2592000,
      refreshFamilyLifetimeSeconds: 7776000,
      allowedOrigins: [],
      legacyRequests: false,
      preflightMaxAgeSeconds: 600,
    });
    expect(result.settings.captcha).toBeUndefined();
  });

  it("does not require SMS settings with the console sender", () => {
    const result = fromEnvironment(
      { REDIS_HOST: "h", SECRETS_SOURCE: "local", SMS_SENDER: "console", REDIS_CLUSTER: "true" },
      { allowLocalSecrets: true },
    );
    expect(result.ok && result.settings.sms.sender === "console" && result.settings.redis.cluster).toBe(true);
  });

  it("names every missing or invalid variable in one result without echoing values", () => {
    const result = fromEnvironment({
      REDIS_PORT: "70000",
      REDIS_CLUSTER: "maybe",
      SMS_SENDER: "tencent",
      SMS_ENDPOINT: "ftp://x",
      SMS_TIMEOUT_SECONDS: "0",
      SSM_ENDPOINT: "127.0.0.1:9000",
      MAX_ATTEMPTS: "three",
      DAILY_LIMIT: "-1",
      SMS_ALLOWED_REGIONS: "CN,UK",
    });
    expect(result.ok).toBe(false);
    const problems = result.ok ? [] : result.problems;
    expect(problems).toEqual([
      "REDIS_HOST is required",
      "REDIS_PORT must be an integer from 1 to 65535",
      "REDIS_CLUSTER must be true or false",
      'SMS_ALLOWED_REGIONS: "UK" is not a region with phone numbers (unknown to libphonenumber-js)',
      "SMS_ENDPOINT must look like http(s)://host[:port]",
      "SMS_TIMEOUT_SECONDS must be an integer from 1 to 60",
      "SMS_SDKAPPID is required",
      "SMS_SIGN is required",
      "SMS_TEMPLATE_ID is required",
      "SECRET_NAME is required",
      "SIGNING_KEYS_SECRET_NAME is required",
      "SSM_ENDPOINT must look like http(s)://host[:port]",
      "MAX_ATTEMPTS must be an integer from 1 to 10",
      "DAILY_LIMIT must be an integer from 1 to 1000",
    ]);
  });

  it("refuses a fraud-guard window that is not a whole number of buckets", () => {
    const result = fromEnvironment({ ...valid, FRAUD_GUARD_WINDOW_SECONDS: "3700" });
    expect(result.ok ? [] : result.problems).toEqual([
      "FRAUD_GUARD_WINDOW_SECONDS must be a multiple of FRAUD_GUARD_BUCKET_SECONDS (1 to 288 buckets)",
    ]);
  });

  it("refuses an SMS timeout that is not below the resend cooldown (a late send would outlive it)", () => {
    const problemsOf = (env: Record<string, string>) => {
      const result = fromEnvironment({ ...valid, ...env });
      return result.ok ? [] : result.problems;
    };
    const problem =
      "SMS_TIMEOUT_SECONDS must be below RESEND_COOLDOWN_SECONDS (a send still in flight must not outlive the cooldown)";
    expect(problemsOf({ SMS_TIMEOUT_SECONDS: "30", RESEND_COOLDOWN_SECONDS: "30" })).toEqual([problem]);
    expect(problemsOf({ SMS_TIMEOUT_SECONDS: "45", RESEND_COOLDOWN_SECONDS: "30" })).toEqual([problem]);
    expect(problemsOf({ SMS_TIMEOUT_SECONDS: "6", RESEND_COOLDOWN_SECONDS: "5" })).toEqual([problem]);
    expect(problemsOf({ SMS_TIMEOUT_SECONDS: "29", RESEND_COOLDOWN_SECONDS: "30" })).toEqual([]);
    // Cooldown off: nothing to outlive.
    expect(problemsOf({ SMS_TIMEOUT_SECONDS: "10", RESEND_COOLDOWN_SECONDS: "0" })).toEqual([]);
    // The console sender has no timeout.
    expect(problemsOf({ SMS_SENDER: "console", RESEND_COOLDOWN_SECONDS: "1" })).toEqual([]);
  });

  describe("secrets", () => {
    it("reads Secrets Manager by default: names, region and timeout from the environment, no values", () => {
      const result = fromEnvironment({
        ...valid,
        SSM_REGION: "ap-shanghai",
        CODE_PEPPER: "ignored-in-ssm-mode-0123",
        REDIS_PASSWORD: "ignored",
      });
      if (!result.ok) throw new Error(result.problems.join("; "));
      expect(result.settings.secrets).toEqual({
        source: "ssm",
        region: "ap-shanghai",
        timeoutSeconds: 3,
        runtimeSecretName: "smsverify-dev-verification",
        signingKeysSecretName: "smsverify-dev-signing-keys",
        refreshSeconds: 300,
      });
      expect(JSON.stringify(result.settings)).not.toContain("ignored");
    });

    it("falls back to the SCF region variable when SSM_REGION is unset", () => {
      const result = fromEnvironment({ ...valid, TENCENTCLOUD_REGION: "ap-beijing" });
      expect(result.ok && result.settings.secrets.source === "ssm" && result.settings.secrets.region).toBe("ap-beijing");
    });

    it("allows the local source only when the caller allows it and never inside SCF", () => {
      const local = { ...valid, SECRETS_SOURCE: "local" };
      expect(fromEnvironment(local)).toEqual({
        ok: false,
        problems: ["SECRETS_SOURCE=local is only for npm run dev and tests; this entry point reads Secrets Manager"],
      });
      expect(fromEnvironment({ ...local, SCF_FUNCTIONNAME: "smsverify-prod-verification" }, { allowLocalSecrets: true })).toEqual(
        {
          ok: false,
          problems: ["SECRETS_SOURCE=local is refused inside SCF (SCF_FUNCTIONNAME set)"],
        },
      );
      const allowed = fromEnvironment(local, { allowLocalSecrets: true });
      expect(allowed.ok && allowed.settings.secrets).toEqual({ source: "local", refreshSeconds: 300 });
    });

    it("rejects an unknown source", () => {
      const result = fromEnvironment({ ...valid, SECRETS_SOURCE: "env" });
      expect(result.ok ? [] : result.problems).toEqual(["SECRETS_SOURCE must be ssm or local"]);
    });
  });

  describe("SMS_ALLOWED_REGIONS", () => {
    const regionsOf = (value: string | undefined) => {
      const result = fromEnvironment({ ...valid, SMS_ALLOWED_REGIONS: value });
      if (!result.ok) throw new Error(result.problems.join("; "));
      return result.settings.sms.allowedRegions;
    };
    const problemsOf = (value: string) => {
      const result = fromEnvironment({ ...valid, SMS_ALLOWED_REGIONS: value });
      return result.ok ? [] : result.problems;
    };

    it("defaults to mainland China only, also when set but blank", () => {
      expect(regionsOf(undefined)).toEqual(["CN"]);
      expect(regionsOf("")).toEqual(["CN"]);
      expect(regionsOf("   ")).toEqual(["CN"]);
    });

    it("reads a comma-separated list in any case, with spaces, without duplicates", () => {
      expect(regionsOf("CN,HK,MO,TW")).toEqual(["CN", "HK", "MO", "TW"]);
      expect(regionsOf(" hk , Mo,tw ")).toEqual(["HK", "MO", "TW"]);
      expect(regionsOf("GB,US,gb")).toEqual(["GB", "US"]);
    });

    it.each([
      ["UK", ['SMS_ALLOWED_REGIONS: "UK" is not a region with phone numbers (unknown to libphonenumber-js)']],
      [
        "CN,ZZ,EU",
        [
          'SMS_ALLOWED_REGIONS: "ZZ" is not a region with phone numbers (unknown to libphonenumber-js)',
          'SMS_ALLOWED_REGIONS: "EU" is not a region with phone numbers (unknown to libphonenumber-js)',
        ],
      ],
      ["CHN", ['SMS_ALLOWED_REGIONS: "CHN" is not an ISO 3166 alpha-2 code (two letters, e.g. CN)']],
      ["+86", ['SMS_ALLOWED_REGIONS: "+86" is not an ISO 3166 alpha-2 code (two letters, e.g. CN)']],
      ["CN HK", ['SMS_ALLOWED_REGIONS: "CN HK" is not an ISO 3166 alpha-2 code (two letters, e.g. CN)']],
      ["CN;HK", ['SMS_ALLOWED_REGIONS: "CN;HK" is not an ISO 3166 alpha-2 code (two letters, e.g. CN)']],
      ["CN,", ["SMS_ALLOWED_REGIONS has an empty entry; expected comma-separated ISO 3166 alpha-2 codes such as CN,HK"]],
      ["CN,,HK", ["SMS_ALLOWED_REGIONS has an empty entry; expected comma-separated ISO 3166 alpha-2 codes such as CN,HK"]],
      ["mainland-china-and-hk", ['SMS_ALLOWED_REGIONS: "mainland-chi…" is not an ISO 3166 alpha-2 code (two letters, e.g. CN)']],
    ])("rejects %j naming the variable and the bad code", (value, problems) => expect(problemsOf(value)).toEqual(problems));
  });
});
