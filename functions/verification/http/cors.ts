// Browser access: CORS per environment and the rule that state-changing calls come as JSON POSTs.
// A JSON POST is a non-simple request, so a browser preflights it and only the environment's
// allowed origins get past the preflight; a page elsewhere cannot make a visitor's browser send
// getSms, login, refresh or logout. The tutorial's GET / form requests (simple requests, never
// preflighted) stay available behind the per-environment legacy switch.
import type { PublicEcJwk } from "../tokens/key-set";
import { reply, replyForRefusedOrigin, type ScfHttpReply } from "./reply";
import type { RequestMeta, VerificationRequest } from "./scf-event";

export interface BrowserPolicy {
  /** Exact origins ("https://app.example.com") whose pages may call the function. */
  allowedOrigins: readonly string[];
  /** Accept GET and form POSTs for getSms/login/refresh/logout (tutorial clients). */
  legacyRequests: boolean;
  /** How long a browser may cache a preflight answer. */
  preflightMaxAgeSeconds: number;
}

/** Public JWKS: cacheable by apps and CDNs; key rotation waits longer than this (docs/sessions.md). */
export { jwksMaxAgeSeconds } from "../tokens/key-rotation";
import { jwksMaxAgeSeconds } from "../tokens/key-rotation";

const allowedMethods = "GET, POST, OPTIONS";
const allowedHeaders = "Content-Type, Idempotency-Key";

export type OriginCheck =
  { kind: "noOrigin" } | { kind: "allowed"; headers: Record<string, string> } | { kind: "refused"; reply: ScfHttpReply };

/** Decides on the Origin header: absent (server, curl, mini-program), allowed (echoed), or refused. */
export function checkOrigin(meta: RequestMeta, policy: BrowserPolicy): OriginCheck {
  if (!meta.origin) return { kind: "noOrigin" };
  if (policy.allowedOrigins.includes(meta.origin)) {
    return { kind: "allowed", headers: { "Access-Control-Allow-Origin": meta.origin, Vary: "Origin" } };
  }
  return { kind: "refused", reply: replyForRefusedOrigin() };
}

/** OPTIONS: 204 with what an allowed origin may send; a refused origin gets the 403 and no ACAO. */
export function preflightReply(meta: RequestMeta, policy: BrowserPolicy): ScfHttpReply {
  const origin = checkOrigin(meta, policy);
  if (origin.kind === "refused") return origin.reply;
  const headers: Record<string, string> = { Allow: allowedMethods };
  if (origin.kind === "allowed") {
    Object.assign(headers, origin.headers, {
      "Access-Control-Allow-Methods": allowedMethods,
      "Access-Control-Allow-Headers": allowedHeaders,
      "Access-Control-Max-Age": String(policy.preflightMaxAgeSeconds),
    });
  }
  return { isBase64Encoded: false, statusCode: 204, headers: { "Cache-Control": "no-store", ...headers }, body: "" };
}

const stateChanging = new Set(["getSms", "login", "refresh", "logout"]);
const secretFields = ["code", "refreshToken"];

/**
 * With the legacy switch off, getSms/login/refresh/logout must be JSON POSTs; a code or refresh
 * token in the URL is refused whatever the switch says when it is off (URLs end up in logs).
 */
export function checkTransport(request: VerificationRequest, policy: BrowserPolicy): ScfHttpReply | undefined {
  if (policy.legacyRequests || !stateChanging.has(request.method)) return undefined;
  if (request.queryFieldNames.some((name) => secretFields.includes(name))) {
    return reply(400, {
      codeStr: "InValidParam",
      msg: "code and refreshToken are never accepted in the URL; send them in a JSON body",
    });
  }
  if (request.transport === "query") {
    return reply(405, { codeStr: "MethodNotAllowed", msg: "use POST with Content-Type: application/json" }, { Allow: "POST" });
  }
  if (request.transport !== "json") {
    return reply(415, { codeStr: "UnsupportedMediaType", msg: "send Content-Type: application/json" });
  }
  return undefined;
}

/**
 * With the legacy switch off, a POST whose body is not declared application/json is 415 even when
 * its fields could not be read (a JSON text sent as text/plain parses as a form without `method`):
 * the media type is the reason, not the fields.
 */
export function refusedMediaType(meta: RequestMeta, policy: BrowserPolicy): ScfHttpReply | undefined {
  if (policy.legacyRequests || meta.httpMethod !== "POST") return undefined;
  const mediaType = (meta.headers["content-type"] ?? "").split(";")[0].trim().toLowerCase();
  if (mediaType === "application/json") return undefined;
  return reply(415, { codeStr: "UnsupportedMediaType", msg: "send Content-Type: application/json" });
}

export function jwksReply(keys: readonly PublicEcJwk[]): ScfHttpReply {
  const result = reply(
    200,
    { codeStr: "Success", msg: "public signing keys" },
    { "Cache-Control": `public, max-age=${jwksMaxAgeSeconds}` },
  );
  // The JWKS document is exactly {"keys": [...]} as RFC 7517 libraries expect.
  return { ...result, headers: { ...result.headers, "Access-Control-Allow-Origin": "*" }, body: JSON.stringify({ keys }) };
}
