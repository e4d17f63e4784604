// Variables both functions read with the same meaning: where Redis is, how the Tencent SMS API is
// reached, and how long the verification insights' hourly counters are kept. Each function's settings module composes them into its own tree.
import * as z from "zod/mini";
import { booleanFlag, integerIn, matching, nonEmptyString } from "./field-schemas";
import { booleanText, integerText, plainText, variable } from "./environment-variables";

const ENDPOINT_PATTERN = /^https?:\/\/[^/\s]+\/?$/;

/** A Tencent API endpoint override such as http://127.0.0.1:9000 (the local endpoint doubles). */
export function endpointVariable(name: string) {
  return variable(name, z.optional(matching(ENDPOINT_PATTERN, "must look like http(s)://host[:port]")), plainText);
}

/** Redis address and architecture. */
export const redisAddressVariables = {
  /** Private address (TencentDB private IP). */
  host: variable("REDIS_HOST", nonEmptyString(), plainText),
  port: variable("REDIS_PORT", z._default(integerIn(1, 65535), 6379), integerText),
  /** true = the cluster client (TencentDB cluster architecture, per-slot scripts). */
  cluster: variable("REDIS_CLUSTER", z._default(booleanFlag(), false), booleanText),
};

/** Tencent Cloud API region of the SMS service (not a phone region). */
export const smsRegionVariable = variable("SMS_REGION", z._default(nonEmptyString(), "ap-guangzhou"), plainText);
/** SDK request timeout, whole seconds; keep it below the function timeout. */
export const smsTimeoutVariable = variable("SMS_TIMEOUT_SECONDS", z._default(integerIn(1, 60), 5), integerText);
export const smsEndpointVariable = endpointVariable("SMS_ENDPOINT");

/**
 * How long the verification insights' hourly counters are kept (hours; 0 = not counted). The
 * verification function counts with it; whichever function pulls delivery receipts files them with it.
 */
export const insightsRetentionHoursVariable = variable(
  "INSIGHTS_RETENTION_HOURS",
  z._default(integerIn(0, 24 * 90), 192),
  integerText,
);
