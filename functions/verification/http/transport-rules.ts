// The rule that state-changing calls come as JSON POSTs. A JSON POST is a non-simple request, so a
// browser preflights it (cors.ts decides the preflight); the tutorial's GET / form requests
// (simple requests, never preflighted) stay available behind the per-environment legacy switch.
import type { BrowserPolicy } from "./browser-policy";
import { reply, type ScfHttpReply } from "./reply";
import type { RequestMeta, VerificationRequest } from "./scf-event";

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
