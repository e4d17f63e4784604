// One JSON line per request for SCF's log service. Only masked phones, never a code, hash,
// pepper or credential: the line is built from an explicit allow-list of fields, exported so the
// CLS index and alarms can be kept in step with it.
import type { Writable } from "node:stream";
import { maskNationalNumber, maskPhoneNumber } from "../service/phone-number";

export interface RequestLogEntry {
  requestId?: string;
  ingress?: string;
  httpMethod?: string;
  method?: string;
  phone?: string;
  clientIp?: string;
  status: number;
  codeStr: string;
  /** Which limit, provider code, or request-error message: diagnostics without secrets. */
  detail?: string;
  /** RateLimited: the limit name of the reply (cooldown, daily, ip, budget, provider, …). */
  limit?: string;
  /** limit "budget": which SMS budget tripped (globalHourly, globalDaily, prefixHourly). */
  budget?: string;
  /** prefixHourly: the number prefix whose budget tripped, e.g. "+8613800" (the phone's national digits are then all masked). */
  numberPrefix?: string;
  /** limit "fraudGuard": the blocked scope, "prefix:+8613800" or "country:+86". */
  guardScope?: string;
  /** The request that set a fraud-guard block: codes sent and verified in the window. */
  guardSent?: number;
  guardVerified?: number;
  /** A line an alarm matches on: "smsBudgetTripped", "loginThrottled", "fraudGuardBlocked". */
  alarm?: string;
  /** SmsSendFailed: "refused" (limits released) or "unknown" (may have been sent, limits kept). */
  smsOutcome?: string;
  /** ServiceUnavailable: cause class (timeout, refused, auth, oom, wrongType, …), never a message. */
  cause?: string;
  /** SmsSendFailed / provider RateLimited: the SMS API's code, passed through. */
  providerCode?: string;
  /** Captcha on: passed, missing, failed:<reason>, unavailable:failOpen:<code> or unavailable:failClosed:<code>. */
  captcha?: string;
  /** true: the phone is one of the environment's test numbers (fixed code, no SMS sent). */
  testNumber?: boolean;
  latencyMs: number;
  error?: string;
}

/** Every field a request log line can carry, in order (CLS index, alarms and docs use these names). */
export const requestLogFields = [
  "level",
  "msg",
  "requestId",
  "ingress",
  "httpMethod",
  "method",
  "phone",
  "clientIp",
  "status",
  "codeStr",
  "detail",
  "limit",
  "providerCode",
  "budget",
  "numberPrefix",
  "guardScope",
  "guardSent",
  "guardVerified",
  "alarm",
  "smsOutcome",
  "cause",
  "captcha",
  "testNumber",
  "latencyMs",
  "error",
] as const;

/** Values of the `alarm` field: stable names CLS alarms match. */
export const requestLogAlarms = {
  smsBudgetTripped: "smsBudgetTripped",
  loginThrottled: "loginThrottled",
  /** Once per block: the request whose getSms started it (guardScope, guardSent, guardVerified). */
  fraudGuardBlocked: "fraudGuardBlocked",
} as const;

/**
 * Takes one log line. A writer that does not write at once has `flush`: the handler awaits it
 * before replying, because SCF may freeze the container as soon as the reply is out.
 */
export type LogWriter = ((line: string) => void) & { flush?: () => Promise<void> };

/**
 * The production writer: stdout, which SCF collects into the function's logs.
 *
 * Why not one immediate process.stdout.write per line: on Linux a pipe write is synchronous, and a
 * CPU profile with 50 requests in flight spent 25–35% of the time in those writes. Lines are queued
 * instead, and everything queued during one turn of the event loop goes out in one corked batch
 * (one write call per line, one system call for the batch)
 * (setImmediate runs after the I/O callbacks and promise continuations of that turn, so requests
 * answered by the same Redis read share it).
 *
 * Why nothing is lost when SCF freezes the container: `flush()` resolves only in the write's
 * callback, i.e. once the batch holding the caller's line has been handed to the OS, and the
 * handler awaits it before its promise resolves. No line is pending when the reply leaves.
 */
export function batchedStdoutWriter(out: Writable = process.stdout): LogWriter {
  let queued: string[] = [];
  let written: Promise<void> | undefined;
  const writeQueued = (done: () => void) => {
    const lines = queued;
    queued = [];
    written = undefined;
    // One write call per line, each ending in "\n": SCF parses a line that is one JSON object into
    // CLS keys, and whatever sits between the runtime and the pipe sees each line as its own write
    // (cloud/cls.ts). Corked, the lines still leave in one system call (writev on a pipe).
    out.cork();
    for (let i = 0; i < lines.length; i++) {
      // An error (stdout closed) cannot be logged anywhere; the request still gets its reply.
      if (i === lines.length - 1) out.write(lines[i] + "\n", () => done());
      else out.write(lines[i] + "\n");
    }
    out.uncork();
  };
  const writer: LogWriter = (line) => {
    queued.push(line);
    written ??= new Promise<void>((resolve) => setImmediate(writeQueued, resolve));
  };
  writer.flush = () => written ?? Promise.resolve();
  return writer;
}

export const stdoutLogWriter: LogWriter = batchedStdoutWriter();

export function writeRequestLog(write: LogWriter, entry: RequestLogEntry): void {
  write(requestLogLine(entry));
}

/**
 * The entry as one JSON object, fields in `requestLogFields` order and absent ones left out:
 * exactly what JSON.stringify gives for that object, without building the 22-field object first
 * (it is on every request's path; request-log.test.ts checks the two agree).
 */
export function requestLogLine(entry: RequestLogEntry): string {
  const level = entry.status >= 500 ? "error" : entry.alarm ? "warn" : "info";
  // With a number prefix logged, the usual mask would reveal more than half of the number together with it.
  const phone = entry.phone ? (entry.numberPrefix ? maskNationalNumber(entry.phone) : maskPhoneNumber(entry.phone)) : undefined;
  return (
    `{"level":"${level}","msg":"verification request"` +
    field("requestId", entry.requestId) +
    field("ingress", entry.ingress) +
    field("httpMethod", entry.httpMethod) +
    field("method", entry.method) +
    field("phone", phone) +
    field("clientIp", entry.clientIp) +
    field("status", entry.status) +
    field("codeStr", entry.codeStr) +
    field("detail", entry.detail) +
    field("limit", entry.limit) +
    field("providerCode", entry.providerCode) +
    field("budget", entry.budget) +
    field("numberPrefix", entry.numberPrefix) +
    field("guardScope", entry.guardScope) +
    field("guardSent", entry.guardSent) +
    field("guardVerified", entry.guardVerified) +
    field("alarm", entry.alarm) +
    field("smsOutcome", entry.smsOutcome) +
    field("cause", entry.cause) +
    field("captcha", entry.captcha) +
    // Text, not a JSON boolean: SCF parses only first-level numbers and text into CLS keys.
    field("testNumber", entry.testNumber === undefined ? undefined : String(entry.testNumber)) +
    field("latencyMs", entry.latencyMs) +
    field("error", entry.error) +
    "}"
  );
}

/** `,"name":value` as JSON.stringify writes an object member; nothing for undefined (as it omits them). */
function field(name: (typeof requestLogFields)[number], value: string | number | boolean | undefined): string {
  return value === undefined ? "" : `,"${name}":${JSON.stringify(value)}`;
}
