// The public JWKS reply (`/.well-known/jwks.json`): readable by any page and cacheable by apps and
// CDNs for jwksMaxAgeSeconds, which key rotation waits out before signing with a new key
// (tokens/key-rotation.ts, docs/sessions.md).
import { jwksMaxAgeSeconds } from "../tokens/key-rotation";
import type { PublicEcJwk } from "../tokens/key-set";
import { reply, type ScfHttpReply } from "./reply";

export function jwksReply(keys: readonly PublicEcJwk[]): ScfHttpReply {
  const result = reply(
    200,
    { codeStr: "Success", msg: "public signing keys" },
    { "Cache-Control": `public, max-age=${jwksMaxAgeSeconds}` },
  );
  // The JWKS document is exactly {"keys": [...]} as RFC 7517 libraries expect.
  return { ...result, headers: { ...result.headers, "Access-Control-Allow-Origin": "*" }, body: JSON.stringify({ keys }) };
}
