// The SCF handler body: event → CORS → request → service → reply, timing and logging each request.
// Unexpected exceptions become 500 InternalError with the request id; details go to the log only.
// Whatever the event looks like, every invocation ends in a reply and exactly one log line.
import type { Outcome } from "../service/outcomes";
import type { SessionResult, SessionService } from "../service/session-service";
import type { ServiceResult, VerificationService } from "../service/verification-service";
import type { PublicEcJwk } from "../tokens/key-set";
import type { BrowserPolicy } from "./browser-policy";
import { checkOrigin, preflightReply } from "./cors";
import { jwksReply } from "./jwks-reply";
import { outcomeCodeStr, replyForInternalError, replyForOutcome, replyForRequestError, type ScfHttpReply } from "./reply";
import { requestLogAlarms, writeRequestLog, type LogWriter, type RequestLogEntry } from "./request-log";
import { parseScfEvent, requestMeta, type RequestMeta, type VerificationRequest } from "./scf-event";
import { checkTransport, refusedMediaType } from "./transport-rules";

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
  // No closures or object spreads per request: this runs on every request of a warm container,
  // and a login's own work is small next to it (docs/benchmarks.md).
  const handle: ScfHandler = async (event, context) => {
    const started = performance.now();
    let requestId: string | undefined;
    let request: VerificationRequest | undefined;
    let corsHeaders: Record<string, string> | undefined;
    try {
      if (context && typeof context === "object") context.callbackWaitsForEmptyEventLoop = false;
      requestId = typeof context?.request_id === "string" ? context.request_id : undefined;
      const meta = requestMeta(event);
      if (meta.httpMethod === "OPTIONS") {
        const result = preflightReply(meta, browser);
        logEarly(
          log,
          meta,
          requestId,
          started,
          result,
          result.statusCode === 204 ? "Preflight" : "OriginNotAllowed",
          meta.origin ? "origin" : undefined,
        );
        return result;
      }
      const origin = checkOrigin(meta, browser);
      const parsed = parseScfEvent(event, meta);
      requestId ??= parsed.ok ? parsed.request.requestId : parsed.requestId;
      // The JWKS is public: any page may read it, so it is served before the origin check.
      if (parsed.ok && parsed.request.method === "jwks") {
        const result = jwksReply(deps.publishedKeys?.() ?? []);
        logEarly(log, meta, requestId, started, result, "Success", "jwks");
        return result;
      }
      if (origin.kind === "refused") {
        logEarly(log, meta, requestId, started, origin.reply, "OriginNotAllowed");
        return origin.reply;
      }
      if (origin.kind === "allowed") corsHeaders = origin.headers;

      if (!parsed.ok) {
        const result = withCors(refusedMediaType(meta, browser) ?? replyForRequestError(parsed.error), corsHeaders);
        writeRequestLog(log, {
          requestId,
          httpMethod: parsed.httpMethod,
          clientIp: parsed.clientIp,
          status: result.statusCode,
          codeStr: JSON.parse(result.body).codeStr,
          detail: parsed.error.message,
          latencyMs: latencyMs(started),
        });
        return result;
      }

      request = parsed.request;
      const refusedTransport = checkTransport(request, browser);
      if (refusedTransport) {
        const result = withCors(refusedTransport, corsHeaders);
        writeRequestLog(log, {
          requestId,
          ingress: request.ingress,
          httpMethod: request.httpMethod,
          method: request.method,
          clientIp: request.clientIp,
          status: result.statusCode,
          codeStr: JSON.parse(result.body).codeStr,
          detail: "transport",
          latencyMs: latencyMs(started),
        });
        return result;
      }
      const served = await dispatch(deps, request);
      const { outcome } = served;
      let result = withCors(replyForOutcome(outcome), corsHeaders);
      // A replay of an Idempotency-Key's first outcome says so (as Stripe's Idempotent-Replayed).
      if (served.replayed) result = { ...result, headers: { ...result.headers, "Idempotent-Replayed": "true" } };
      const entry: RequestLogEntry = {
        requestId,
        ingress: request.ingress,
        httpMethod: request.httpMethod,
        method: request.method,
        clientIp: request.clientIp,
        phone: served.phone,
        status: result.statusCode,
        codeStr: outcomeCodeStr[outcome.kind],
        captcha: "captcha" in served ? served.captcha : undefined,
        testNumber: "testNumber" in served ? served.testNumber : undefined,
        latencyMs: latencyMs(started),
      };
      addOutcomeLogFields(entry, outcome);
      if (served.replayed) entry.detail = entry.detail ? `replayed:${entry.detail}` : "replayed";
      writeRequestLog(log, entry);
      return result;
    } catch (error) {
      const result = withCors(replyForInternalError(requestId), corsHeaders);
      writeRequestLog(log, {
        requestId,
        ingress: request?.ingress,
        httpMethod: request?.httpMethod,
        method: request?.method,
        clientIp: request?.clientIp,
        status: 500,
        codeStr: "InternalError",
        error: error instanceof Error ? `${error.name}: ${error.message}` : "non-error thrown",
        latencyMs: latencyMs(started),
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

/** Milliseconds since `started` (performance.now()), to 10 µs. */
function latencyMs(started: number): number {
  return Math.round((performance.now() - started) * 100) / 100;
}

/** The log line of a request answered before its fields were read (preflight, JWKS, refused origin). */
function logEarly(
  log: LogWriter,
  meta: RequestMeta,
  requestId: string | undefined,
  started: number,
  result: ScfHttpReply,
  codeStr: string,
  detail?: string,
): void {
  writeRequestLog(log, {
    requestId: requestId ?? meta.requestId,
    ingress: meta.ingress,
    httpMethod: meta.httpMethod || undefined,
    clientIp: meta.clientIp,
    status: result.statusCode,
    codeStr,
    detail,
    latencyMs: latencyMs(started),
  });
}

/** The reply with the allowed origin's CORS headers added (none when the request had no allowed Origin). */
function withCors(result: ScfHttpReply, corsHeaders: Record<string, string> | undefined): ScfHttpReply {
  return corsHeaders ? { ...result, headers: { ...result.headers, ...corsHeaders } } : result;
}

function dispatch(deps: HandlerDeps, request: VerificationRequest): Promise<ServiceResult | SessionResult> {
  switch (request.method) {
    case "getSms":
      return deps.service.sendCode(request.phone, request.client, request.captcha, request.idempotencyKey, request.locale);
    case "login":
      return deps.service.checkCode(request.phone, request.code, request.client, request.captcha, request.idempotencyKey);
    case "refresh":
    case "logout": {
      const sessions = deps.sessions;
      if (!sessions) return Promise.resolve({ outcome: { kind: "invalidParam", message: `${request.method} is not enabled` } });
      const token = request.refreshToken ?? "";
      return request.method === "refresh" ? sessions.refresh(token, request.idempotencyKey) : sessions.logout(token);
    }
    case "jwks":
      // Served before dispatch; kept for exhaustiveness.
      return Promise.resolve({ outcome: { kind: "invalidParam", message: "jwks is served separately" } });
  }
}

/** Adds an outcome's log fields: detail, and the fields CLS alarms match on (limit, providerCode, budget, alarm, cause). */
function addOutcomeLogFields(entry: RequestLogEntry, outcome: Outcome): void {
  switch (outcome.kind) {
    case "rateLimited":
      entry.detail = outcome.budget
        ? `budget:${outcome.budget}`
        : outcome.providerCode
          ? `${outcome.limit}:${outcome.providerCode}`
          : outcome.limit;
      entry.limit = outcome.limit;
      entry.providerCode = outcome.providerCode;
      if (outcome.budget) {
        entry.budget = outcome.budget;
        entry.alarm = requestLogAlarms.smsBudgetTripped;
        if (outcome.numberPrefix) entry.numberPrefix = outcome.numberPrefix;
      }
      if (outcome.limit === "loginIp" || outcome.limit === "loginPhone") entry.alarm = requestLogAlarms.loginThrottled;
      if (outcome.guard) {
        entry.detail = `fraudGuard:${outcome.guard.scope}`;
        entry.guardScope = outcome.guard.scope;
        if (outcome.guard.newBlock) {
          entry.guardSent = outcome.guard.sent;
          entry.guardVerified = outcome.guard.verified;
          entry.alarm = requestLogAlarms.fraudGuardBlocked;
        }
      }
      return;
    case "smsFailed":
      entry.detail = outcome.providerCode;
      entry.providerCode = outcome.providerCode;
      entry.smsOutcome = outcome.outcome;
      return;
    case "storeUnavailable":
      entry.detail = outcome.cause;
      entry.cause = outcome.cause;
      return;
    case "wrongCode":
      entry.detail = `attemptsLeft:${outcome.attemptsLeft}`;
      return;
    case "invalidParam":
      entry.detail = outcome.message;
      return;
    case "regionNotServed":
      entry.detail = `regionNotServed:${outcome.region}`;
      return;
    default:
      return;
  }
}
