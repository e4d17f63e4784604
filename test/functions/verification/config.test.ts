// Environment parsing: defaults, every problem reported at once, secrets never echoed.
import { parseVerificationConfig } from "../../../functions/verification/config";

const valid = {
  REDIS_HOST: "10.0.0.5",
  SMS_SDKAPPID: "1400000001",
  SMS_SIGN: "Sign",
  SMS_TEMPLATE_ID: "100001",
  CODE_PEPPER: "0123456789abcdef0123",
};

describe("parseVerificationConfig", () => {
  it("applies the documented defaults", () => {
    const result = parseVerificationConfig(valid);
    if (!result.ok) throw new Error(result.problems.join("; "));
    expect(result.config.redis).toEqual({ host: "10.0.0.5", port: 6379, password: undefined, cluster: false, connectTimeoutMs: 1000 });
    expect(result.config.smsSender).toBe("tencent");
    expect(result.config.tencentSms).toEqual({ sdkAppId: "1400000001", signName: "Sign", templateId: "100001", region: "ap-guangzhou", endpoint: undefined, timeoutSeconds: 5 });
    expect(result.config.policy).toEqual({ codeTtlSeconds: 300, maxAttempts: 3, resendCooldownSeconds: 30, dailyLimit: 10, ipHourlyLimit: 20 });
  });

  it("does not require SMS settings with the console sender", () => {
    const result = parseVerificationConfig({ REDIS_HOST: "h", CODE_PEPPER: valid.CODE_PEPPER, SMS_SENDER: "console", REDIS_CLUSTER: "true" });
    expect(result.ok && result.config.smsSender === "console" && result.config.redis.cluster).toBe(true);
  });

  it("names every missing or invalid variable in one result without echoing values", () => {
    const result = parseVerificationConfig({
      REDIS_PORT: "70000",
      REDIS_CLUSTER: "maybe",
      SMS_SENDER: "tencent",
      SMS_ENDPOINT: "ftp://x",
      SMS_TIMEOUT_SECONDS: "0",
      CODE_PEPPER: "tooShortSecret",
      MAX_ATTEMPTS: "three",
      DAILY_LIMIT: "-1",
    });
    expect(result.ok).toBe(false);
    const problems = result.ok ? [] : result.problems;
    expect(problems).toEqual([
      "REDIS_HOST is required",
      "REDIS_PORT must be an integer between 1 and 65535",
      "REDIS_CLUSTER must be true or false",
      "SMS_ENDPOINT must look like http(s)://host[:port]",
      "SMS_TIMEOUT_SECONDS must be a number in (0, 60]",
      "SMS_SDKAPPID is required",
      "SMS_SIGN is required",
      "SMS_TEMPLATE_ID is required",
      "CODE_PEPPER must be at least 16 characters",
      "MAX_ATTEMPTS must be an integer between 1 and 20",
      "DAILY_LIMIT must be an integer between 1 and 1000",
    ]);
    expect(problems.join(" ")).not.toContain("tooShortSecret");
  });

  it("treats an empty REDIS_PASSWORD as no AUTH", () => {
    const result = parseVerificationConfig({ ...valid, REDIS_PASSWORD: "" });
    expect(result.ok && result.config.redis.password).toBeUndefined();
  });
});
