// Every environment variable of the verification function, declared once: its name, range,
// default and text form. The environment table embeds these sections (infra/config), the stack
// writes them with `toEnvironment` and the function reads them with `fromEnvironment`
// (environment.ts). A new setting is one line here plus its doc line in docs/configuration.md.
//
// Ranges where the table and the function used to disagree, and why these won:
//  - CODE_TTL_SECONDS 60–3600, whole minutes: the SMS template states the validity in minutes
//    ({2} = ceil(ttl / 60)), so a 30 s or 90 s code would promise the user a time it does not keep.
//  - MAX_ATTEMPTS 1–10: each attempt is a guess at a 6-digit code; beyond 10 the per-code cap no
//    longer bounds guessing below the per-phone daily wrong-code limit (default 20).
//  - RESEND_COOLDOWN_SECONDS 0–3600: 0 is the documented way to turn the cooldown off (the rule
//    "SMS timeout below cooldown" exempts it, and the daily cap still holds); the table refused it.
//  - SMS_TIMEOUT_SECONDS 1–60 whole seconds: what the table allowed and every stack writes.
import * as z from "zod/mini";
import {
  booleanFlag,
  expecting,
  integerIn,
  matching,
  nonEmptyString,
  oneOf,
  secondsUpTo,
} from "../../shared/settings/field-schemas";
import {
  booleanText,
  group,
  integerText,
  listText,
  numberText,
  optionalGroup,
  plainText,
  variable,
  type TextCodec,
} from "../../shared/settings/environment-variables";
import {
  endpointVariable,
  insightsRetentionHoursVariable,
  redisAddressVariables,
  smsEndpointVariable,
  smsRegionVariable,
  smsTimeoutVariable,
} from "../../shared/settings/common-variables";
import { fraudGuardDefaults } from "../service/fraud-guard";
import { isKnownPhoneRegion } from "../service/phone-number";
import { secretVersionId } from "../secrets/secret-layout";

const ORIGIN_PATTERN = /^https?:\/\/[a-z0-9.-]+(:\d{1,5})?$/;
/** A locale tag such as zh-CN, zh-HK or en (service/sms-templates.ts isLocaleTag). */
export const LOCALE_PATTERN = /^[A-Za-z]{2,3}(-[A-Za-z0-9]{2,8}){0,2}$/;
/** The locale of the tutorial's one template: SMS_DEFAULT_LOCALE's default, and the table's sms.defaultLocale's. */
export const DEFAULT_SMS_LOCALE = "zh-CN";
const TEMPLATE_ENTRY_PATTERN = /^(domestic|international):[A-Za-z]{2,3}(-[A-Za-z0-9]{2,8}){0,2}=\d{1,12}$/;

export const redisVariables = {
  ...redisAddressVariables,
  /** Connect, ready-wait and command timeout: bounds the 503 latency. */
  connectTimeoutMs: variable("REDIS_CONNECT_TIMEOUT_MS", z._default(integerIn(50, 30000), 1000), integerText),
};

const SECRET_NAME_PATTERN = /^[A-Za-z0-9_-]{1,128}$/;

/** Where the function reads its secrets in Secrets Manager (never the values). */
export const ssmVariables = {
  runtimeSecretName: variable("SECRET_NAME", nonEmptyString(), plainText),
  signingKeysSecretName: variable("SIGNING_KEYS_SECRET_NAME", nonEmptyString(), plainText),
  /** Blank: TENCENTCLOUD_REGION (set by SCF), else ap-guangzhou (environment.ts). */
  region: variable("SSM_REGION", nonEmptyString(), plainText),
  endpoint: endpointVariable("SSM_ENDPOINT"),
  timeoutSeconds: variable("SSM_TIMEOUT_SECONDS", z._default(secondsUpTo(30), 3), numberText),
  /** A brought Redis: the operator's secret holding its password, read with the same role. */
  redisPasswordSecret: optionalGroup({
    name: variable(
      "REDIS_PASSWORD_SECRET_NAME",
      matching(SECRET_NAME_PATTERN, "must be a Secrets Manager secret name (letters, digits, - and _)"),
      plainText,
    ),
    versionId: variable(
      "REDIS_PASSWORD_SECRET_VERSION",
      z._default(matching(/^[A-Za-z0-9._-]{1,64}$/, "must be the secret's version id, e.g. current"), secretVersionId),
      plainText,
    ),
    field: variable(
      "REDIS_PASSWORD_SECRET_FIELD",
      z.optional(matching(/^[A-Za-z0-9._-]{1,128}$/, "must be the name of the JSON field holding the password")),
      plainText,
    ),
  }),
};

export const secretsRefreshVariable = variable("SECRETS_REFRESH_SECONDS", z._default(integerIn(10, 86400), 300), integerText);

/** Regions as written in the environment: any case, spaces around commas; each problem names the entry. */
const regionListText: TextCodec<string[]> = {
  write: (regions) => regions.join(","),
  read: (text) => {
    const regions: string[] = [];
    const problems: string[] = [];
    for (const entry of text.split(",").map((part) => part.trim())) {
      const code = entry.toUpperCase();
      // Quoted and cut short: the value ends up in a log line.
      const shown = JSON.stringify(entry.length > 12 ? entry.slice(0, 12) + "…" : entry);
      if (!entry) problems.push("has an empty entry; expected comma-separated ISO 3166 alpha-2 codes such as CN,HK");
      else if (!/^[A-Z]{2}$/.test(code)) problems.push(`: ${shown} is not an ISO 3166 alpha-2 code (two letters, e.g. CN)`);
      else if (!isKnownPhoneRegion(code))
        problems.push(`: ${shown} is not a region with phone numbers (unknown to libphonenumber-js)`);
      else if (!regions.includes(code)) regions.push(code);
    }
    return problems.length > 0 ? { problems } : { value: regions };
  },
};

/** The tutorial's domestic signature and template reach mainland China only. */
export const defaultAllowedRegions: readonly string[] = ["CN"];

const allowedRegionsSchema = z.array(z.string(), { error: expecting("must be a list of ISO 3166 alpha-2 regions") }).check(
  z.superRefine((regions, ctx) => {
    if (regions.length === 0) {
      ctx.addIssue({ code: "custom", message: 'must list at least one ISO 3166 alpha-2 region, e.g. ["CN"]' });
      return;
    }
    for (const region of regions) {
      if (!/^[A-Z]{2}$/.test(region) || !isKnownPhoneRegion(region)) {
        ctx.addIssue({
          code: "custom",
          message: `${JSON.stringify(region)} is not an upper-case ISO 3166 alpha-2 region with phone numbers`,
        });
      }
    }
    if (new Set(regions).size !== regions.length) ctx.addIssue({ code: "custom", message: "lists a region twice" });
  }),
);

export const smsVariables = {
  /** SmsSdkAppId; required with the Tencent sender (environment.ts). */
  sdkAppId: variable("SMS_SDKAPPID", z.optional(nonEmptyString()), plainText),
  signName: variable("SMS_SIGN", z.optional(nonEmptyString()), plainText),
  /** Template {1} = code, {2} = minutes valid; the one template, or use SMS_TEMPLATES. */
  templateId: variable("SMS_TEMPLATE_ID", z.optional(nonEmptyString()), plainText),
  /**
   * Several templates by number region and locale (service/sms-templates.ts), instead of
   * SMS_TEMPLATE_ID: "domestic:zh-CN=1001,domestic:en=1002,international:en=2001".
   */
  templates: variable(
    "SMS_TEMPLATES",
    z.optional(
      z.array(matching(TEMPLATE_ENTRY_PATTERN, "must be <domestic|international>:<locale>=<template id>"), {
        error: expecting("must be a list of <domestic|international>:<locale>=<template id>"),
      }),
    ),
    listText(),
  ),
  /** Signature of the international templates (default SMS_SIGN). */
  internationalSignName: variable("SMS_INTERNATIONAL_SIGN", z.optional(nonEmptyString()), plainText),
  /** Locale of SMS_TEMPLATE_ID, and the fallback for requests naming none a pair has. */
  defaultLocale: variable(
    "SMS_DEFAULT_LOCALE",
    z._default(matching(LOCALE_PATTERN, "must be a locale tag like zh-CN, zh-HK or en"), DEFAULT_SMS_LOCALE),
    plainText,
  ),
  region: smsRegionVariable,
  endpoint: smsEndpointVariable,
  timeoutSeconds: smsTimeoutVariable,
  /**
   * ISO 3166 alpha-2 regions whose mobile numbers get codes. The SMS template decides this:
   * Tencent's domestic templates reach only mainland China (+86).
   */
  allowedRegions: variable("SMS_ALLOWED_REGIONS", z._default(allowedRegionsSchema, [...defaultAllowedRegions]), regionListText),
};

/** One level of the fraud guard (service/fraud-guard.ts); minSends 0 turns the level off. */
function fraudGuardLevel(prefix: string, defaults: { minSends: number; minConversionPercent: number; blockSeconds: number }) {
  return group({
    /** Codes sent in the window before the conversion is judged. */
    minSends: variable(`${prefix}MIN_SENDS`, z._default(integerIn(0, 1000000), defaults.minSends), integerText),
    /** Blocks below this share of verified codes, in %. */
    minConversionPercent: variable(
      `${prefix}MIN_CONVERSION_PERCENT`,
      z._default(integerIn(0, 100), defaults.minConversionPercent),
      integerText,
    ),
    /** Length of a block. */
    blockSeconds: variable(`${prefix}BLOCK_SECONDS`, z._default(integerIn(60, 30 * 86400), defaults.blockSeconds), integerText),
  });
}

/** The sliding window is a whole number of buckets (1 to 288: one hash field each). */
function wholeBuckets(guard: { windowSeconds: number; bucketSeconds: number }): boolean {
  const buckets = guard.windowSeconds / guard.bucketSeconds;
  return Number.isInteger(buckets) && buckets >= 1 && buckets <= 288;
}

/** Blocks number prefixes and countries whose codes are not verified (docs/abuse-protection.md#fraud-guard). */
const fraudGuardVariables = group(
  {
    /** Per number prefix (the SMS budgets' prefixDigits). */
    prefix: fraudGuardLevel("FRAUD_GUARD_", fraudGuardDefaults.prefix),
    /** Per country calling code. */
    country: fraudGuardLevel("FRAUD_GUARD_COUNTRY_", fraudGuardDefaults.country),
    windowSeconds: variable(
      "FRAUD_GUARD_WINDOW_SECONDS",
      z._default(integerIn(60, 7 * 86400), fraudGuardDefaults.windowSeconds),
      integerText,
    ),
    bucketSeconds: variable(
      "FRAUD_GUARD_BUCKET_SECONDS",
      z._default(integerIn(10, 86400), fraudGuardDefaults.bucketSeconds),
      integerText,
    ),
  },
  {
    holds: wholeBuckets,
    message: "windowSeconds must be a whole number of bucketSeconds (1 to 288 buckets)",
    variablesMessage: "FRAUD_GUARD_WINDOW_SECONDS must be a multiple of FRAUD_GUARD_BUCKET_SECONDS (1 to 288 buckets)",
  },
);

const wholeMinutes = {
  error: "must be whole minutes: the SMS template states the validity in minutes",
};

export const limitsVariables = {
  codeTtlSeconds: variable(
    "CODE_TTL_SECONDS",
    z._default(integerIn(60, 3600).check(z.refine((s) => s % 60 === 0, wholeMinutes)), 300),
    integerText,
  ),
  maxAttempts: variable("MAX_ATTEMPTS", z._default(integerIn(1, 10), 3), integerText),
  /** 0 turns the per-phone cooldown off. */
  resendCooldownSeconds: variable("RESEND_COOLDOWN_SECONDS", z._default(integerIn(0, 3600), 30), integerText),
  dailyLimit: variable("DAILY_LIMIT", z._default(integerIn(1, 1000), 10), integerText),
  ipHourlyLimit: variable("IP_HOURLY_LIMIT", z._default(integerIn(1, 100000), 20), integerText),
  /** Sends per hour for the one shared bucket of requests without a usable client address. */
  unknownAddressHourlyLimit: variable("UNKNOWN_ADDRESS_HOURLY_LIMIT", z._default(integerIn(1, 100000), 5), integerText),
  /** Wrong codes per client address (IPv4, IPv6 /64) per hour before its logins are refused. */
  loginIpHourlyWrongLimit: variable("LOGIN_IP_HOURLY_WRONG_LIMIT", z._default(integerIn(1, 100000), 10), integerText),
  /** Wrong codes per phone per Shanghai day, across its codes, before its logins are refused. */
  loginPhoneDailyWrongLimit: variable("LOGIN_PHONE_DAILY_WRONG_LIMIT", z._default(integerIn(1, 1000), 20), integerText),
  /** SMS budgets of the whole environment against pumping; 0 turns one off. */
  smsBudgets: group({
    /** SMS per UTC hour, all numbers. */
    hourly: variable("SMS_BUDGET_HOURLY", z._default(integerIn(0, 10000000), 1000), integerText),
    /** SMS per Shanghai day, all numbers. */
    daily: variable("SMS_BUDGET_DAILY", z._default(integerIn(0, 100000000), 10000), integerText),
    /** SMS per UTC hour to one number prefix. */
    prefixHourly: variable("SMS_BUDGET_PREFIX_HOURLY", z._default(integerIn(0, 10000000), 30), integerText),
    /** National digits after the country code that make a prefix (5: +86 13800…). */
    prefixDigits: variable("SMS_BUDGET_PREFIX_DIGITS", z._default(integerIn(1, 10), 5), integerText),
  }),
  fraudGuard: fraudGuardVariables,
  /** Digits of a code. */
  codeLength: variable("CODE_LENGTH", z._default(integerIn(4, 8), 6), integerText),
};

/** Verification insights (hourly counters); not set per environment. */
export const insightsVariables = {
  /** How long the hourly counters are kept; 0 = not counted. */
  retentionHours: insightsRetentionHoursVariable,
};

/** Tencent Captcha in front of getSms (and login); its AppSecretKey is a runtime secret. */
export const captchaVariables = {
  /** Which requests need a solved Captcha (CAPTCHA_MODE=off or unset: none). */
  on: variable("CAPTCHA_MODE", oneOf(["getSms", "getSmsAndLogin"]), plainText),
  /** CaptchaAppId from the Captcha console. */
  appId: variable("CAPTCHA_APP_ID", integerIn(1, 999999999999), integerText),
  /** Captcha API unreachable: true lets requests through, false answers 503. */
  failOpen: variable("CAPTCHA_FAIL_OPEN", z._default(booleanFlag(), false), booleanText),
  endpoint: endpointVariable("CAPTCHA_ENDPOINT"),
  timeoutSeconds: variable("CAPTCHA_TIMEOUT_SECONDS", z._default(secondsUpTo(10), 3), numberText),
};

/** Login sessions and browser access (docs/sessions.md). */
export const sessionsVariables = {
  /** Access tokens' `iss`: a URL you own that names this login service. */
  issuer: variable(
    "TOKEN_ISSUER",
    z._default(
      matching(/^https:\/\/[^\s/]+(\/[^\s]*)?$|^urn:[a-z0-9:.-]+$/i, "must be an https URL (or urn:) naming the login service"),
      "urn:smsverify:local",
    ),
    plainText,
  ),
  /** Access tokens' `aud`: the app (backends) the tokens are for; differs per environment. */
  audience: variable("TOKEN_AUDIENCE", z._default(nonEmptyString(), "smsverify-local"), plainText),
  accessTokenTtlSeconds: variable("ACCESS_TOKEN_TTL_SECONDS", z._default(integerIn(60, 86400), 900), integerText),
  /** Sliding: reset on each rotation. */
  refreshTokenTtlSeconds: variable("REFRESH_TOKEN_TTL_SECONDS", z._default(integerIn(300, 31536000), 30 * 86400), integerText),
  /** A session's absolute lifetime from its login: refreshing never keeps it longer. */
  refreshFamilyLifetimeSeconds: variable(
    "REFRESH_FAMILY_LIFETIME_SECONDS",
    z._default(integerIn(300, 157680000), 90 * 86400),
    integerText,
  ),
  /** Exact origins whose pages may call the function (CORS); [] = no browser page may. */
  allowedOrigins: variable(
    "CORS_ALLOWED_ORIGINS",
    z._default(
      z.array(matching(ORIGIN_PATTERN, "must be an origin like https://app.example.com (scheme, host, optional port; no path)"), {
        error: expecting("must be a list of origins"),
      }),
      [],
    ),
    listText(),
  ),
  /** Accept the tutorial's GET / form requests for getSms, login, refresh and logout (dev only). */
  legacyRequests: variable("LEGACY_REQUESTS", z._default(booleanFlag(), false), booleanText),
  /** How long a browser caches a preflight answer. */
  preflightMaxAgeSeconds: variable("CORS_MAX_AGE_SECONDS", z._default(integerIn(0, 86400), 600), integerText),
};

/** Idempotency-Key replays (getSms, login, refresh); not set per environment. */
export const idempotencyVariables = {
  /** How long an Idempotency-Key's outcome is kept and replayed. */
  ttlSeconds: variable("IDEMPOTENCY_TTL_SECONDS", z._default(integerIn(60, 86400), 600), integerText),
};
