// The SCF handler body: event → CORS → request → service → reply, timing and logging each request.
// Unexpected exceptions become 500 InternalError with the request id; details go to the log only.
// Whatever the event looks like, every invocation ends in a reply and exactly one log line.
import type { Outcome } from "../service/outcomes";
import type { SessionResult, SessionService } from "../service/session-service";
import type { ServiceResult, VerificationService } from "../service/verification-service";
import type { PublicEcJwk } from "../tokens/key-set";
import { checkOrigin, checkTransport, jwksReply, preflightReply, type BrowserPolicy } from "./cors";
import { outcomeCodeStr, replyForInternalError, replyForOutcome, replyForRequestError, type ScfHttpReply } from "./reply";
import { requestLogAlarms, writeRequestLog, type LogWriter, type RequestLogEntry } from "./request-log";
import { parseScfEvent, requestMeta, type VerificationRequest } from "./scf-event";

export interface ScfContext {
  request_id?: string;
  callbackWaitsForEmptyEventLoop?: boolean;
  [key: string]: unknown;
}

export type ScfHandler = (event: unknown, context?: ScfContext) => Promise<ScfHttpReply>;

export interface HandlerDeps {
  service: VerificationService;
  /** Token refresh and logout; login tokens come through the verification service. */
  sessions?: SessionService;
  /** Published public keys (current, pending, previous) for the JWKS. */
  publishedKeys?: () => readonly PublicEcJwk[];
  /** CORS and legacy-request rules; absent = no browser rules (domain-level tests). */
  browser?: BrowserPolicy;
  log: LogWriter;
}

/** Browser rules when none are configured: no origin allowed, tutorial requests accepted. */
const openPolicy: BrowserPolicy = { allowedOrigins: [], legacyRequests: true, preflightMaxAgeSeconds: 600 };

export function createVerificationHandler(deps: HandlerDeps): ScfHandler {
  const { log } = deps;
  const browser = deps.browser ?? openPolicy;
  const handle: ScfHandler = async (event, context) => {
    const started = process.hrtime.bigint();
    const latencyMs = () => Math.round(Number(process.hrtime.bigint() - started) / 1e4) / 100;
    let requestId: string | undefined;
    let entry: Omit<RequestLogEntry, "status" | "codeStr" | "latencyMs"> = {};
    let withCors = (result: ScfHttpReply): ScfHttpReply => result;
    try {
      if (context && typeof context === "object") context.callbackWaitsForEmptyEventLoop = false;
      requestId = typeof context?.request_id === "string" ? context.request_id : undefined;
      const meta = requestMeta(event);
      const earlyLog = (result: ScfHttpReply, codeStr: string, detail?: string) =>
        writeRequestLog(log, {
          requestId: requestId ?? meta.requestId,
          ingress: meta.ingress,
          httpMethod: meta.httpMethod || undefined,
          clientIp: meta.clientIp,
          status: result.statusCode,
          codeStr,
          detail,
          latencyMs: latencyMs(),
        });
      if (meta.httpMethod === "OPTIONS") {
        const result = preflightReply(meta, browser);
        earlyLog(result, result.statusCode === 204 ? "Preflight" : "OriginNotAllowed", meta.origin ? "origin" : undefined);
        return result;
      }
      const origin = checkOrigin(meta, browser);
      const parsed = parseScfEvent(event, meta);
      requestId ??= parsed.ok ? parsed.request.requestId : parsed.requestId;
      // The JWKS is public: any page may read it, so it is served before the origin check.
      if (parsed.ok && parsed.request.method === "jwks") {
        const result = jwksReply(deps.publishedKeys?.() ?? []);
        earlyLog(result, "Success", "jwks");
        return result;
      }
      if (origin.kind === "refused") {
        earlyLog(origin.reply, "OriginNotAllowed");
        return origin.reply;
      }
      withCors = (result: ScfHttpReply): ScfHttpReply =>
        origin.kind === "allowed" ? { ...result, headers: { ...result.headers, ...origin.headers } } : result;

      if (!parsed.ok) {
        const result = withCors(replyForRequestError(parsed.error));
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
      entry = {
        requestId,
        ingress: request.ingress,
        httpMethod: request.httpMethod,
        method: request.method,
        clientIp: request.clientIp,
      };
      const refusedTransport = checkTransport(request, browser);
      if (refusedTransport) {
        const result = withCors(refusedTransport);
        writeRequestLog(log, {
          ...entry,
          status: result.statusCode,
          codeStr: JSON.parse(result.body).codeStr,
          detail: "transport",
          latencyMs: latencyMs(),
        });
        return result;
      }
      const served = await dispatch(deps, request);
      const { outcome, phone } = served;
      const captcha = "captcha" in served ? served.captcha : undefined;
      const testNumber = "testNumber" in served ? served.testNumber : undefined;
      const result = withCors(replyForOutcome(outcome));
      writeRequestLog(log, {
        ...entry,
        phone,
        status: result.statusCode,
        codeStr: outcomeCodeStr[outcome.kind],
        ...outcomeLogFields(outcome),
        captcha,
        testNumber,
        latencyMs: latencyMs(),
      });
      return result;
    } catch (error) {
      const result = withCors(replyForInternalError(requestId));
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

function dispatch(deps: HandlerDeps, request: VerificationRequest): Promise<ServiceResult | SessionResult> {
  switch (request.method) {
    case "getSms":
      return deps.service.sendCode(request.phone, request.client, request.captcha);
    case "login":
      return deps.service.checkCode(request.phone, request.code, request.client, request.captcha);
    case "refresh":
    case "logout": {
      const sessions = deps.sessions;
      if (!sessions) return Promise.resolve({ outcome: { kind: "invalidParam", message: `${request.method} is not enabled` } });
      const token = request.refreshToken ?? "";
      return request.method === "refresh" ? sessions.refresh(token) : sessions.logout(token);
    }
    case "jwks":
      // Served before dispatch; kept for exhaustiveness.
      return Promise.resolve({ outcome: { kind: "invalidParam", message: "jwks is served separately" } });
  }
}

/** Log fields of an outcome: detail, and the fields CLS alarms match on (limit, providerCode, budget, alarm, cause). */
function outcomeLogFields(outcome: Outcome): Partial<RequestLogEntry> {
  switch (outcome.kind) {
    case "rateLimited": {
      const fields: Partial<RequestLogEntry> = {
        detail: outcome.budget
          ? `budget:${outcome.budget}`
          : outcome.providerCode
            ? `${outcome.limit}:${outcome.providerCode}`
            : outcome.limit,
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
