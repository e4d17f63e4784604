// The SCF handler body: event → CORS → request → service → reply, timing and logging each request.
// Unexpected exceptions become 500 InternalError with the request id; details go to the log only.
import type { Outcome } from "../service/outcomes";
import type { SessionResult, SessionService } from "../service/session-service";
import type { ServiceResult, VerificationService } from "../service/verification-service";
import type { PublicEcJwk } from "../tokens/key-set";
import { checkOrigin, checkTransport, jwksReply, preflightReply, type BrowserPolicy } from "./cors";
import { outcomeCodeStr, replyForInternalError, replyForOutcome, replyForRequestError, type ScfHttpReply } from "./reply";
import { writeRequestLog, type LogWriter, type RequestLogEntry } from "./request-log";
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
    if (context) context.callbackWaitsForEmptyEventLoop = false;
    const latencyMs = () => Math.round(Number(process.hrtime.bigint() - started) / 1e4) / 100;
    const meta = requestMeta(event);
    const earlyLog = (result: ScfHttpReply, codeStr: string, detail?: string) =>
      writeRequestLog(log, {
        requestId: context?.request_id ?? meta.requestId,
        ingress: meta.ingress,
        httpMethod: meta.httpMethod,
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
    const parsed = parseScfEvent(event);
    const requestId = context?.request_id ?? (parsed.ok ? parsed.request.requestId : parsed.requestId);
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
    const withCors = (result: ScfHttpReply): ScfHttpReply =>
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
    const entry: Omit<RequestLogEntry, "status" | "codeStr" | "latencyMs"> = {
      requestId,
      ingress: request.ingress,
      httpMethod: request.httpMethod,
      method: request.method,
      clientIp: request.clientIp,
    };
    const refusedTransport = checkTransport(request, browser);
    if (refusedTransport) {
      const result = withCors(refusedTransport);
      writeRequestLog(log, { ...entry, status: result.statusCode, codeStr: JSON.parse(result.body).codeStr, detail: "transport", latencyMs: latencyMs() });
      return result;
    }
    try {
      const { outcome, phone } = await dispatch(deps, request);
      const result = withCors(replyForOutcome(outcome));
      const codeStr = outcomeCodeStr[outcome.kind];
      writeRequestLog(log, { ...entry, phone, status: result.statusCode, codeStr, detail: outcomeDetail(outcome), ...outcomeLogFields(outcome), latencyMs: latencyMs() });
      return result;
    } catch (error) {
      const result = withCors(replyForInternalError(requestId));
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

function dispatch(deps: HandlerDeps, request: VerificationRequest): Promise<ServiceResult | SessionResult> {
  switch (request.method) {
    case "getSms":
      return deps.service.sendCode(request.phone, request.clientIp);
    case "login":
      return deps.service.checkCode(request.phone, request.code);
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
