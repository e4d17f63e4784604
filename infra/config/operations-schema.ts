// The `operations` block of an environment entry as a strict zod schema: log retention, alarm
// contacts and thresholds, capacity. Rules relating it to other fields (alarms off only in dev,
// contacts that reach someone, concurrency vs Redis connections, provisioned vs reserved) live in
// validate-operations.ts.
import { z } from "zod";
import { booleanFlag, expecting, integerIn, matching } from "./field-schemas";
import { OperationsSettings } from "./operations-settings";
import { CLS_RETENTION_DAYS } from "./tencentcloud-catalog";

export const ALARM_CHANNELS = ["email", "sms", "wechat", "call"] as const;

/**
 * Upper bound for a function's reserved concurrency. SCF's default per-region quota is 128,000 MB
 * (1,000 instances of 128 MB) and can be raised by ticket, so the range is wide; the binding limit
 * is usually Redis's connection limit (validate-operations.ts).
 */
export const SCF_RESERVED_CONCURRENCY_MAX = 100_000;

const idError = expecting("must be a positive integer id (CAM user UID or user group id)");
const idList = z.array(z.number({ error: idError }).int({ error: idError }).positive({ error: idError }), {
  error: expecting("must be a list of positive integer ids"),
});

const contactsSchema = z.strictObject({
  userIds: idList.optional(),
  groupIds: idList.optional(),
  channels: z
    .array(z.enum(ALARM_CHANNELS, { error: expecting(`must be one of ${ALARM_CHANNELS.join(", ")}`) }), {
      error: expecting(`must list one or more of ${ALARM_CHANNELS.join(", ")}`),
    })
    .min(1, { error: `must list one or more of ${ALARM_CHANNELS.join(", ")}` })
    .optional(),
  webhookUrl: matching(/^https:\/\/[^\s/]+\S*$/, "must be an https:// URL").optional(),
});

const percent = () => integerIn(1, 100);
const count = () => integerIn(1, 1_000_000);

const thresholdsSchema = z.strictObject({
  functionErrorsPerMinute: count(),
  functionThrottlesPerMinute: count(),
  functionTimeoutsPerMinute: count(),
  verificationDurationMs: integerIn(1, 900_000),
  redisMemoryPercent: percent(),
  redisCpuPercent: percent(),
  redisConnectionsPercent: percent(),
  logWindowMinutes: integerIn(1, 1440),
  smsFailureRatePercent: percent(),
  smsFailureMinRequests: count(),
  rateLimitedReplies: count(),
  budgetTrips: count(),
  serviceUnavailableReplies: count(),
  internalErrorReplies: count(),
});

const reserved = () => integerIn(1, SCF_RESERVED_CONCURRENCY_MAX);

export const operationsSchema: z.ZodType<OperationsSettings> = z.strictObject(
  {
    logs: z.strictObject({ retentionDays: integerIn(CLS_RETENTION_DAYS.min, CLS_RETENTION_DAYS.max) }),
    alarms: z.strictObject({ enabled: booleanFlag(), contacts: contactsSchema, thresholds: thresholdsSchema }),
    capacity: z.strictObject({
      verification: z.strictObject({
        reservedConcurrency: reserved(),
        provisionedConcurrency: integerIn(0, SCF_RESERVED_CONCURRENCY_MAX).optional(),
      }),
      bulkGreeting: z.strictObject({ reservedConcurrency: reserved() }).optional(),
    }),
  },
  { error: expecting("must set logs, alarms and capacity (see docs/configuration.md)") },
);
