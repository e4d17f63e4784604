// The stack writes what the function reads: for generated settings, reading back what
// toEnvironment wrote gives the same settings (every variable, range and default of both
// functions declared once, so the two sides cannot drift apart again).
import {
  fromEnvironment as readBulkGreeting,
  toEnvironment as writeBulkGreeting,
  type BulkGreetingSettings,
} from "../../../../functions/bulk-greeting/settings";
import { fromEnvironment, toEnvironment, type VerificationSettings } from "../../../../functions/verification/settings";
import type { SmsContent } from "../../../../functions/verification/service/sms-templates";

/** A small seeded generator (mulberry32): the same cases on every run, a failure is reproducible. */
function generator(seed: number) {
  let state = seed >>> 0;
  const next = () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const int = (min: number, max: number) => min + Math.floor(next() * (max - min + 1));
  const pick = <T>(values: readonly T[]): T => values[int(0, values.length - 1)];
  const bool = () => next() < 0.5;
  const maybe = <T>(make: () => T): T | undefined => (bool() ? make() : undefined);
  const word = (alphabet = "abcdefghijklmnopqrstuvwxyz0123456789-_", min = 1, max = 24) =>
    Array.from({ length: int(min, max) }, () => pick([...alphabet])).join("");
  const subset = <T>(values: readonly T[]) => {
    const chosen = values.filter(() => bool());
    return chosen.length > 0 ? chosen : [values[0]];
  };
  return { int, pick, bool, maybe, word, subset, next };
}

type Generator = ReturnType<typeof generator>;

function verificationSettings(g: Generator): VerificationSettings {
  const resendCooldownSeconds = g.pick([0, g.int(2, 3600)]);
  const sender = g.pick(["tencent", "console"] as const);
  const smsBase = {
    region: g.pick(["ap-guangzhou", "ap-beijing", "ap-nanjing"]),
    ...(g.bool() ? { endpoint: `http://127.0.0.1:${g.int(1, 65535)}` } : {}),
    timeoutSeconds: g.int(1, resendCooldownSeconds === 0 ? 60 : Math.min(60, resendCooldownSeconds - 1)),
    allowedRegions: g.subset(["CN", "HK", "MO", "TW", "SG", "US", "GB"]),
  };
  const defaultLocale = g.pick(["zh-CN", "zh-HK", "en"]);
  const signName = g.word("签名ABCabc", 2, 12);
  const internationalSignName = g.maybe(() => g.word("签名ABCabc", 2, 12));
  // The one template (serving every listed region), or a list reaching every listed region.
  const single = g.bool();
  const templates: Record<"domestic" | "international", Map<string, string>> = { domestic: new Map(), international: new Map() };
  if (!single) {
    for (const kind of ["domestic", "international"] as const) {
      const needed = kind === "domestic" ? smsBase.allowedRegions.includes("CN") : smsBase.allowedRegions.some((r) => r !== "CN");
      if (!needed && g.bool()) continue;
      for (const locale of g.subset(["zh-CN", "zh-HK", "en", "en-GB"])) templates[kind].set(locale, String(g.int(1, 9999999)));
    }
  }
  const templateId = String(g.int(1, 9999999));
  const content: SmsContent = single
    ? {
        domestic: { signName, templates: new Map([[defaultLocale, templateId]]) },
        international: { signName, templates: new Map([[defaultLocale, templateId]]) },
        defaultLocale,
      }
    : {
        ...(templates.domestic.size > 0 ? { domestic: { signName, templates: templates.domestic } } : {}),
        ...(templates.international.size > 0
          ? { international: { signName: internationalSignName ?? signName, templates: templates.international } }
          : {}),
        defaultLocale,
      };
  const sms: VerificationSettings["sms"] =
    sender === "tencent"
      ? {
          sender,
          sdkAppId: `14${g.int(10000000, 99999999)}`,
          signName,
          ...(single
            ? { templateId }
            : {
                templates: (["domestic", "international"] as const).flatMap((kind) =>
                  [...templates[kind]].map(([locale, id]) => `${kind}:${locale}=${id}`),
                ),
              }),
          ...(internationalSignName ? { internationalSignName } : {}),
          defaultLocale,
          content,
          ...smsBase,
        }
      : { sender, defaultLocale, ...smsBase };
  const passwordSecret = g.maybe(() => ({
    name: g.word(),
    versionId: g.word("abc.-_0123", 1, 64),
    ...(g.bool() ? { field: g.word() } : {}),
  }));
  const secrets: VerificationSettings["secrets"] = g.bool()
    ? { source: "local", refreshSeconds: g.int(10, 86400) }
    : {
        source: "ssm",
        runtimeSecretName: g.word(),
        signingKeysSecretName: g.word(),
        region: g.pick(["ap-guangzhou", "ap-shanghai"]),
        ...(g.bool() ? { endpoint: `https://ssm.example:${g.int(1, 65535)}` } : {}),
        timeoutSeconds: g.pick([g.int(1, 30), g.int(1, 299) / 10]),
        ...(passwordSecret ? { redisPasswordSecret: passwordSecret } : {}),
        refreshSeconds: g.int(10, 86400),
      };
  const captcha = g.maybe(() => ({
    on: g.pick(["getSms", "getSmsAndLogin"] as const),
    appId: g.int(1, 999999999999),
    failOpen: g.bool(),
    ...(g.bool() ? { endpoint: `http://localhost:${g.int(1, 65535)}` } : {}),
    timeoutSeconds: g.int(1, 100) / 10,
  }));
  return {
    redis: {
      host: g.pick(["10.0.0.5", "redis.internal", "127.0.0.1"]),
      port: g.int(1, 65535),
      cluster: g.bool(),
      connectTimeoutMs: g.int(50, 30000),
    },
    secrets,
    sms,
    limits: {
      codeTtlSeconds: 60 * g.int(1, 60),
      maxAttempts: g.int(1, 10),
      resendCooldownSeconds,
      dailyLimit: g.int(1, 1000),
      ipHourlyLimit: g.int(1, 100000),
      unknownAddressHourlyLimit: g.int(1, 100000),
      loginIpHourlyWrongLimit: g.int(1, 100000),
      loginPhoneDailyWrongLimit: g.int(1, 1000),
      smsBudgets: {
        hourly: g.int(0, 10000000),
        daily: g.int(0, 100000000),
        prefixHourly: g.int(0, 10000000),
        prefixDigits: g.int(1, 10),
      },
      fraudGuard: (() => {
        const bucketSeconds = g.pick([10, 60, 300, 600]);
        const level = () => ({
          minSends: g.int(0, 1000000),
          minConversionPercent: g.int(0, 100),
          blockSeconds: g.int(60, 30 * 86400),
        });
        return { prefix: level(), country: level(), windowSeconds: bucketSeconds * g.int(6, 288), bucketSeconds };
      })(),
      codeLength: g.int(4, 8),
    },
    ...(captcha ? { captcha } : {}),
    sessions: {
      issuer: g.pick(["urn:smsverify:local", "https://login.example.com", `https://${g.word("abc", 1, 8)}.example/p`]),
      audience: g.word(),
      accessTokenTtlSeconds: g.int(60, 86400),
      refreshTokenTtlSeconds: g.int(300, 31536000),
      refreshFamilyLifetimeSeconds: g.int(300, 157680000),
      allowedOrigins: g
        .subset(["https://app.example.com", "http://localhost:8081", "https://a.example:8443"])
        .slice(0, g.int(0, 3)),
      legacyRequests: g.bool(),
      preflightMaxAgeSeconds: g.int(0, 86400),
    },
    idempotency: { ttlSeconds: g.int(60, 86400) },
    insights: { retentionHours: g.int(0, 24 * 90) },
  };
}

function bulkGreetingSettings(g: Generator): BulkGreetingSettings {
  return {
    redis: {
      host: g.pick(["10.0.1.15", "redis.internal"]),
      port: g.int(1, 65535),
      ...(g.bool() ? { password: g.word() } : {}),
      cluster: g.bool(),
    },
    sms: {
      sdkAppId: `14${g.int(10000000, 99999999)}`,
      region: g.pick(["ap-guangzhou", "ap-beijing"]),
      ...(g.bool() ? { endpoint: `http://127.0.0.1:${g.int(1, 65535)}` } : {}),
      timeoutSeconds: g.int(1, 60),
    },
    storage: g.bool()
      ? { kind: "cos", bucket: `${g.word("abc", 3, 10)}-1250000000`, region: g.pick(["ap-guangzhou", "ap-shanghai"]) }
      : { kind: "local", directory: `/tmp/${g.word()}` },
    requestsPerSecond: g.pick([g.int(1, 1000), g.int(1, 9999) / 10]),
    functionTimeoutSeconds: g.int(1, 86400),
    safetyMarginSeconds: g.int(0, 3600),
    workDir: `/tmp/${g.word()}`,
    insightsRetentionHours: g.int(0, 24 * 90),
  };
}

const CASES = 500;

it(`reads back what it wrote for ${CASES} generated verification settings`, () => {
  const g = generator(19);
  for (let i = 0; i < CASES; i++) {
    const settings = verificationSettings(g);
    const environment = toEnvironment(settings);
    const read = fromEnvironment(environment, { allowLocalSecrets: true });
    if (!read.ok) throw new Error(`case ${i}: ${read.problems.join("; ")}\n${JSON.stringify(settings)}`);
    expect(read.settings).toEqual(settings);
  }
});

it(`reads back what it wrote for ${CASES} generated bulk-greeting settings`, () => {
  const g = generator(20);
  for (let i = 0; i < CASES; i++) {
    const settings = bulkGreetingSettings(g);
    expect(readBulkGreeting(writeBulkGreeting(settings))).toEqual(settings);
  }
});

it("writes only strings, and a setting left at its default is not written", () => {
  const environment = toEnvironment({
    redis: { host: "10.0.0.5" },
    secrets: { runtimeSecretName: "s", signingKeysSecretName: "k", region: "ap-guangzhou" },
    sms: { sdkAppId: "1400000001", signName: "Sign", templateId: "1" },
  });
  expect(environment).toEqual({
    REDIS_HOST: "10.0.0.5",
    SECRET_NAME: "s",
    SIGNING_KEYS_SECRET_NAME: "k",
    SSM_REGION: "ap-guangzhou",
    SMS_SDKAPPID: "1400000001",
    SMS_SIGN: "Sign",
    SMS_TEMPLATE_ID: "1",
  });
  const read = fromEnvironment(environment);
  expect(read.ok && read.settings.limits.maxAttempts).toBe(3);
});

it("refuses what the schema refuses, whichever side wrote it", () => {
  const g = generator(7);
  const settings = verificationSettings(g);
  const tooMany = toEnvironment({ ...settings, limits: { ...settings.limits, maxAttempts: 11 } });
  expect(fromEnvironment(tooMany, { allowLocalSecrets: true })).toEqual({
    ok: false,
    problems: ["MAX_ATTEMPTS must be an integer from 1 to 10"],
  });
  const ninetySeconds = toEnvironment({ ...settings, limits: { ...settings.limits, codeTtlSeconds: 90 } });
  expect(fromEnvironment(ninetySeconds, { allowLocalSecrets: true })).toEqual({
    ok: false,
    problems: ["CODE_TTL_SECONDS must be whole minutes: the SMS template states the validity in minutes"],
  });
});
