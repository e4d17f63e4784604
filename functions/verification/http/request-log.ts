// One JSON line per request for SCF's log service. Only masked phones, never a code, hash,
// pepper or credential: the line is built from an explicit allow-list of fields, exported so the
// CLS index and alarms can be kept in step with it.
import { maskPhoneNumber } from "../service/phone-number";

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
  /** RateLimited: the limit name of the reply (cooldown, daily, ip, provider, …). */
  limit?: string;
  /** SmsSendFailed / provider RateLimited: the SMS API's code, passed through. */
  providerCode?: string;
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
  "latencyMs",
  "error",
] as const;

export type LogWriter = (line: string) => void;

export const stdoutLogWriter: LogWriter = (line) => process.stdout.write(line + "\n");

export function writeRequestLog(write: LogWriter, entry: RequestLogEntry): void {
  const line: Record<(typeof requestLogFields)[number], unknown> = {
    level: entry.status >= 500 ? "error" : "info",
    msg: "verification request",
    requestId: entry.requestId,
    ingress: entry.ingress,
    httpMethod: entry.httpMethod,
    method: entry.method,
    phone: entry.phone ? maskPhoneNumber(entry.phone) : undefined,
    clientIp: entry.clientIp,
    status: entry.status,
    codeStr: entry.codeStr,
    detail: entry.detail,
    limit: entry.limit,
    providerCode: entry.providerCode,
    latencyMs: entry.latencyMs,
    error: entry.error,
  };
  write(JSON.stringify(line));
}
