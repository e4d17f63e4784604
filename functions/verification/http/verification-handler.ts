// The SCF handler body: event → request → service → reply, timing and logging each request.
// Unexpected exceptions become 500 InternalError with the request id; details go to the log only.
// Whatever the event looks like, every invocation ends in a reply and exactly one log line.
import type { Outcome } from "../service/outcomes";
import type { VerificationService } from "../service/verification-service";
import { outcomeCodeStr, replyForInternalError, replyForOutcome, replyForRequestError, type ScfHttpReply } from "./reply";
import { requestLogAlarms, writeRequestLog, type LogWriter, type RequestLogEntry } from "./request-log";
import { parseScfEvent } from "./scf-event";

export interface ScfContext {
  request_id?: string;
  callbackWaitsForEmptyEventLoop?: boolean;
  [key: string]: unknown;
}

export type ScfHandler = (event: unknown, context?: ScfContext) => Promise<ScfHttpReply>;

export function createVerificationHandler(service: VerificationService, log: LogWriter): ScfHandler {
  const handle: ScfHandler = async (event, context) => {
    const started = process.hrtime.bigint();
    const latencyMs = () => Math.round(Number(process.hrtime.bigint() - started) / 1e4) / 100;
    let requestId: string | undefined;
    let entry: Omit<RequestLogEntry, "status" | "codeStr" | "latencyMs"> = {};
    try {
      if (context && typeof context === "object") context.callbackWaitsForEmptyEventLoop = false;
      requestId = typeof context?.request_id === "string" ? context.request_id : undefined;
      const parsed = parseScfEvent(event);
      requestId ??= parsed.ok ? parsed.request.requestId : parsed.requestId;

      if (!parsed.ok) {
        const result = replyForRequestError(parsed.error);
        writeRequestLog(log, {
          requestId,
          httpMethod: parsed.httpMethod,
          clientIp: parsed.clientIp,
          status: result.statusCode,
          codeStr: parsed.error.code,
          detail: parsed.error.message,
          latencyMs: latencyMs(),
        });
        return result;
      }

      const request = parsed.request;
      entry = { requestId, ingress: request.ingress, httpMethod: request.httpMethod, method: request.method, clientIp: request.clientIp };
      const { outcome, phone, captcha } =
        request.method === "getSms"
          ? await service.sendCode(request.phone, request.client, request.captcha)
          : await service.checkCode(request.phone, request.code, request.client, request.captcha);
      const result = replyForOutcome(outcome);
      writeRequestLog(log, { ...entry, phone, status: result.statusCode, codeStr: outcomeCodeStr[outcome.kind], ...outcomeLogFields(outcome), captcha, latencyMs: latencyMs() });
      return result;
    } catch (error) {
      const result = replyForInternalError(requestId);
      writeRequestLog(log, {
        ...entry,
        requestId,
        status: 500,
        codeStr: "InternalError",
        error: error instanceof Error ? `${error.name}: ${error.message}` : "non-error thrown",
        latencyMs: latencyMs(),
      });
      return result;
    }
  };
  const flush = log.flush;
  if (!flush) return handle;
  // The request's log line must be out before the reply: SCF may freeze the container right after.
  return async (event, context) => {
    const reply = await handle(event, context);
    await flush();
    return reply;
  };
}

/** Log fields of an outcome: detail, and the fields CLS alarms match on (limit, providerCode, budget, alarm, cause). */
function outcomeLogFields(outcome: Outcome): Partial<RequestLogEntry> {
  switch (outcome.kind) {
    case "rateLimited": {
      const fields: Partial<RequestLogEntry> = {
        detail: outcome.budget ? `budget:${outcome.budget}` : outcome.providerCode ? `${outcome.limit}:${outcome.providerCode}` : outcome.limit,
        limit: outcome.limit,
        providerCode: outcome.providerCode,
      };
      if (outcome.budget) {
        fields.budget = outcome.budget;
        fields.alarm = requestLogAlarms.smsBudgetTripped;
        if (outcome.numberPrefix) fields.numberPrefix = outcome.numberPrefix;
      }
      if (outcome.limit === "loginIp" || outcome.limit === "loginPhone") fields.alarm = requestLogAlarms.loginThrottled;
      return fields;
    }
    case "smsFailed":
      return { detail: outcome.providerCode, providerCode: outcome.providerCode, smsOutcome: outcome.outcome };
    case "storeUnavailable":
      return { detail: outcome.cause, cause: outcome.cause };
    case "wrongCode":
      return { detail: `attemptsLeft:${outcome.attemptsLeft}` };
    case "invalidParam":
      return { detail: outcome.message };
    case "regionNotServed":
      return { detail: `regionNotServed:${outcome.region}` };
    default:
      return {};
  }
}
