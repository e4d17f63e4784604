// CORS per environment: only the environment's allowed origins get past a browser's preflight, so
// a page elsewhere cannot make a visitor's browser send getSms, login, refresh or logout (those
// must be JSON POSTs, which browsers preflight: transport-rules.ts).
import type { BrowserPolicy } from "./browser-policy";
import { replyForRefusedOrigin, type ScfHttpReply } from "./reply";
import type { RequestMeta } from "./scf-event";

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
