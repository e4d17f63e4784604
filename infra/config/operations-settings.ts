// Per-environment operations settings (issue 11): where the functions' logs go and for how long,
// who alarms reach and at which thresholds, and how much concurrency each function may take.
// Validated by validate-operations.ts; the constructs in infra/constructs/operations/ read them.

/** Channels an alarm contact can be reached on (mapped to Cloud Monitor's and CLS's own names). */
export type AlarmChannel = "email" | "sms" | "wechat" | "call";

export interface AlarmContacts {
  /** CAM user ids (sub-account UIDs, Cloud Monitor "user_ids"; CLS receiver type "Uin"). */
  userIds?: number[];
  /** CAM user group ids (Cloud Monitor "group_ids"; CLS receiver type "Group"). */
  groupIds?: number[];
  /** Channels for users and groups; default ["email", "sms"]. */
  channels?: AlarmChannel[];
  /** An https URL that receives every alarm as a POST (chat bot, paging service). */
  webhookUrl?: string;
}

/**
 * Alarm thresholds. Function metrics are per function and per minute (Cloud Monitor period 60 s);
 * log alarms count matching log lines over `logWindowMinutes`.
 */
export interface AlarmThresholds {
  /** Error (function + platform errors) per minute, either function. */
  functionErrorsPerMinute: number;
  /** Throttle (invocations refused at the concurrency limit) per minute. */
  functionThrottlesPerMinute: number;
  /** Http433 (execution timed out) per minute. */
  functionTimeoutsPerMinute: number;
  /** Average Duration (ms) of the verification function over a minute. */
  verificationDurationMs: number;
  /** Redis instance memory use, percent of the instance's memory. */
  redisMemoryPercent: number;
  /** Redis average CPU use, percent. */
  redisCpuPercent: number;
  /** Redis connections, percent of the instance's connection limit. */
  redisConnectionsPercent: number;
  /** Minutes of log each log alarm looks back over (CLS query window and alarm period). */
  logWindowMinutes: number;
  /** SmsSendFailed replies as a percentage of getSms requests in the window… */
  smsFailureRatePercent: number;
  /** …counted only once the window holds at least this many getSms requests. */
  smsFailureMinRequests: number;
  /** RateLimited replies of any limit in the window (abuse or a misbehaving client). */
  rateLimitedReplies: number;
  /** RateLimited replies with limit "budget" in the window: the SMS spend cap tripped. */
  budgetTrips: number;
  /** ServiceUnavailable replies in the window (Redis or a Tencent API unreachable). */
  serviceUnavailableReplies: number;
  /** InternalError replies in the window (unexpected exceptions: a bug). */
  internalErrorReplies: number;
}

export interface AlarmSettings {
  /** false only in a dev environment (validation refuses it elsewhere). */
  enabled: boolean;
  contacts: AlarmContacts;
  thresholds: AlarmThresholds;
}

export interface LogSettings {
  /** CLS topic retention in days (1–3600). */
  retentionDays: number;
}

export interface FunctionCapacity {
  /** Instances reserved for (and capping) the function: SCF reserved concurrency. */
  reservedConcurrency: number;
}

export interface VerificationCapacity extends FunctionCapacity {
  /**
   * Optional pre-warmed instances: publishes a version, points an alias at it, moves the ingress
   * to the alias and provisions this many instances there. Absent or 0: none.
   */
  provisionedConcurrency?: number;
}

export interface CapacitySettings {
  verification: VerificationCapacity;
  /** Only with a `campaigns` block. */
  bulkGreeting?: FunctionCapacity;
}

export interface OperationsSettings {
  logs: LogSettings;
  alarms: AlarmSettings;
  capacity: CapacitySettings;
}
