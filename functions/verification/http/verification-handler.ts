// The SCF handler body: event → request → service → reply, timing and logging each request.
// Unexpected exceptions become 500 InternalError with the request id; details go to the log only.
import type { Outcome } from "../service/outcomes";
import type { VerificationService } from "../service/verification-service";
import { outcomeCodeStr, replyForInternalError, replyForOutcome, replyForRequestError, type ScfHttpReply } from "./reply";
import { writeRequestLog, type LogWriter, type RequestLogEntry } from "./request-log";
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
    if (context) context.callbackWaitsForEmptyEventLoop = false;
    const latencyMs = () => Math.round(Number(process.hrtime.bigint() - started) / 1e4) / 100;
    const parsed = parseScfEvent(event);
    const requestId = context?.request_id ?? (parsed.ok ? parsed.request.requestId : parsed.requestId);

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
    const entry: Omit<RequestLogEntry, "status" | "codeStr" | "latencyMs"> = {
      requestId,
      ingress: request.ingress,
      httpMethod: request.httpMethod,
      method: request.method,
      clientIp: request.clientIp,
    };
    try {
      const { outcome, phone } =
        request.method === "getSms"
          ? await service.sendCode(request.phone, request.clientIp)
          : await service.checkCode(request.phone, request.code);
      const result = replyForOutcome(outcome);
      const codeStr = outcomeCodeStr[outcome.kind];
      writeRequestLog(log, { ...entry, phone, status: result.statusCode, codeStr, detail: outcomeDetail(outcome), ...outcomeLogFields(outcome), latencyMs: latencyMs() });
      return result;
    } catch (error) {
      const result = replyForInternalError(requestId);
      writeRequestLog(log, {
        ...entry,
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

/** Fields CLS alarms match on: which limit tripped, which SMS API code came back. */
function outcomeLogFields(outcome: Outcome): Pick<RequestLogEntry, "limit" | "providerCode"> {
  if (outcome.kind === "rateLimited") return { limit: outcome.limit, providerCode: outcome.providerCode };
  if (outcome.kind === "smsFailed") return { providerCode: outcome.providerCode };
  return {};
}

function outcomeDetail(outcome: Outcome): string | undefined {
  switch (outcome.kind) {
    case "rateLimited":
      return outcome.providerCode ? `${outcome.limit}:${outcome.providerCode}` : outcome.limit;
    case "smsFailed":
      return outcome.providerCode;
    case "wrongCode":
      return `attemptsLeft:${outcome.attemptsLeft}`;
    case "invalidParam":
      return outcome.message;
    case "regionNotServed":
      return `regionNotServed:${outcome.region}`;
    default:
      return undefined;
  }
}
