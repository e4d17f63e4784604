// Every environment variable of the bulk-greeting function, declared once (name, range, default,
// text form); environment.ts writes and reads them. A new setting is one line here plus its doc
// line in docs/configuration.md.
//
// SEND_RATE_PER_SECOND is 0.1–1000, the environment table's range (the function accepted any
// positive rate; below 0.1 a campaign of a few thousand numbers outlives its retention).
import * as z from "zod/mini";
import {
  insightsRetentionHoursVariable,
  redisAddressVariables,
  smsEndpointVariable,
  smsRegionVariable,
  smsTimeoutVariable,
} from "../../shared/settings/common-variables";
import { plainText, numberText, variable } from "../../shared/settings/environment-variables";
import { nonEmptyString, numberIn } from "../../shared/settings/field-schemas";

/** SendSms requests per second; Tencent's default per-app limit is far above what one function paces. */
export const SEND_RATE_RANGE = { min: 0.1, max: 1000 } as const;

export const redisVariables = {
  host: redisAddressVariables.host,
  port: redisAddressVariables.port,
  /** Local runs only: the password itself. In SCF the stacks set REDIS_PASSWORD_SECRET_NAME instead. */
  password: variable("REDIS_PASSWORD", z.optional(z.string()), plainText),
  cluster: redisAddressVariables.cluster,
  /** The Secrets Manager secret holding the password (JSON), read with the function's role. */
  passwordSecretName: variable("REDIS_PASSWORD_SECRET_NAME", z.optional(z.string()), plainText),
  /** Its version id; default "current". */
  passwordSecretVersion: variable("REDIS_PASSWORD_SECRET_VERSION", z.optional(z.string()), plainText),
  /** Its JSON field holding the password; default "redisPassword". */
  passwordSecretField: variable("REDIS_PASSWORD_SECRET_FIELD", z.optional(z.string()), plainText),
  /** The secret's region; default SMS_REGION. */
  ssmRegion: variable("SSM_REGION", z.optional(z.string()), plainText),
  /** A local Secrets Manager double (tests). */
  ssmEndpoint: variable("SSM_ENDPOINT", z.optional(z.string()), plainText),
};

export const smsVariables = {
  sdkAppId: variable("SMS_SDKAPPID", nonEmptyString(), plainText),
  region: smsRegionVariable,
  endpoint: smsEndpointVariable,
  timeoutSeconds: smsTimeoutVariable,
};

/** The campaign bucket (COS); its region defaults to SMS_REGION (environment.ts). */
export const cosStorageVariables = {
  bucket: variable("CAMPAIGN_BUCKET", nonEmptyString(), plainText),
  region: variable("CAMPAIGN_BUCKET_REGION", nonEmptyString(), plainText),
};

/** A local directory instead of COS (development, tests). */
export const localStorageVariables = {
  directory: variable("CAMPAIGN_STORAGE_DIR", nonEmptyString(), plainText),
};

export const runVariables = {
  requestsPerSecond: variable(
    "SEND_RATE_PER_SECOND",
    z._default(numberIn(SEND_RATE_RANGE.min, SEND_RATE_RANGE.max), 20),
    numberText,
  ),
  /** The time budget when the invocation context does not report it. */
  functionTimeoutSeconds: variable("FUNCTION_TIMEOUT_SECONDS", z._default(numberIn(1, 86400), 900), numberText),
  /** Time kept free at the end of an invocation for the final flush and status write. */
  safetyMarginSeconds: variable("SAFETY_MARGIN_SECONDS", z._default(numberIn(0, 3600), 10), numberText),
  /** Scratch space for a run. */
  workDir: variable("CAMPAIGN_WORK_DIR", z._default(nonEmptyString(), "/tmp/bulk-greeting"), plainText),
  /** Receipts of verification SMS are filed into the insights' hours, which are kept this long. */
  insightsRetentionHours: insightsRetentionHoursVariable,
};
