// Checks a COS XML API request signature (the `q-sign-algorithm=sha1&q-ak=…` Authorization header)
// the way COS does: SignKey = HMAC-SHA1(SecretKey, KeyTime); HttpString = method, decoded path,
// signed query parameters and signed headers (names lower-cased and sorted, names and values
// URL-encoded), each line ended by "\n"; StringToSign = "sha1\n" + SignTime + "\n" +
// SHA1(HttpString) + "\n"; Signature = HMAC-SHA1(SignKey, StringToSign), all in lower-case hex.
// The rules come from the COS request-signature documentation and the encoding cos-nodejs-sdk-v5
// applies (encodeURIComponent plus ! ' ( ) *), so a mismatch here means the real service refuses it.
import { createHash, createHmac, timingSafeEqual } from "node:crypto";
import type { IncomingHttpHeaders } from "node:http";

export interface SignedRequest {
  method: string;
  /** Raw request target as received: "/campaigns/a%20b.json?prefix=x". */
  url: string;
  headers: IncomingHttpHeaders;
}

export interface SigningKey {
  secretId: string;
  secretKey: string;
}

export type SignatureCheck = { ok: true; secretId: string } | { ok: false; code: string; message: string };

const requiredFields = [
  "q-sign-algorithm",
  "q-ak",
  "q-sign-time",
  "q-key-time",
  "q-header-list",
  "q-url-param-list",
  "q-signature",
];

/** URL-encoding COS uses inside the HttpString. */
export function cosEncode(text: string): string {
  return encodeURIComponent(text).replace(/[!'()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);
}

/** Query parameters of a request target, decoded, names as sent. */
export function queryParameters(url: string): Map<string, string> {
  const params = new Map<string, string>();
  const query = url.includes("?") ? url.slice(url.indexOf("?") + 1) : "";
  for (const pair of query.split("&")) {
    if (!pair) continue;
    const eq = pair.indexOf("=");
    const name = decodeURIComponent(eq < 0 ? pair : pair.slice(0, eq));
    const value = eq < 0 ? "" : decodeURIComponent(pair.slice(eq + 1));
    params.set(name, value);
  }
  return params;
}

/** The object key a path addresses ("/a%20b/c" → "a b/c"); empty for the bucket itself. */
export function objectKeyOf(url: string): string {
  const path = url.includes("?") ? url.slice(0, url.indexOf("?")) : url;
  return decodeURIComponent(path).replace(/^\//, "");
}

export function verifyCosSignature(req: SignedRequest, keys: SigningKey[], now: Date): SignatureCheck {
  const authorization = headerValue(req.headers, "authorization");
  if (!authorization) return fail("AccessDenied", "The request carries no Authorization header.");
  const fields = new Map<string, string>();
  for (const part of authorization.split("&")) {
    const eq = part.indexOf("=");
    if (eq > 0) fields.set(part.slice(0, eq), part.slice(eq + 1));
  }
  const missing = requiredFields.filter((name) => !fields.has(name));
  if (missing.length > 0) return fail("AccessDenied", `Authorization is missing ${missing.join(", ")}.`);
  if (fields.get("q-sign-algorithm") !== "sha1") return fail("AccessDenied", "q-sign-algorithm must be sha1.");

  const key = keys.find((k) => k.secretId === fields.get("q-ak"));
  if (!key) return fail("InvalidAccessKeyId", "The SecretId (q-ak) is not a valid key.");

  const signTime = fields.get("q-sign-time")!;
  const keyTime = fields.get("q-key-time")!;
  const window = /^(\d{10});(\d{10})$/.exec(signTime);
  if (!window || !/^\d{10};\d{10}$/.test(keyTime))
    return fail("AccessDenied", "q-sign-time / q-key-time must be <start>;<end> in Unix seconds.");
  const nowSeconds = Math.floor(now.getTime() / 1000);
  if (nowSeconds < Number(window[1]) - 60) return fail("AccessDenied", "Request signature is not yet valid.");
  if (nowSeconds > Number(window[2])) return fail("AccessDenied", "Request has expired");

  const headerNames = splitList(fields.get("q-header-list")!);
  const paramNames = splitList(fields.get("q-url-param-list")!);
  if (!headerNames.includes("host")) return fail("AccessDenied", "The Host header must be signed.");
  for (const name of headerNames) {
    if (headerValue(req.headers, name) === undefined)
      return fail("SignatureDoesNotMatch", `Signed header ${name} is not in the request.`);
  }
  const params = queryParameters(req.url);
  const lowerParams = new Map([...params].map(([name, value]) => [cosEncode(name).toLowerCase(), value]));
  for (const name of lowerParams.keys()) {
    if (!paramNames.includes(name)) return fail("SignatureDoesNotMatch", `Query parameter ${name} is not signed.`);
  }
  for (const name of paramNames) {
    if (!lowerParams.has(name)) return fail("SignatureDoesNotMatch", `Signed query parameter ${name} is not in the request.`);
  }

  const httpString = [
    req.method.toLowerCase(),
    `/${objectKeyOf(req.url)}`,
    paramNames.map((name) => `${name}=${cosEncode(lowerParams.get(name)!)}`).join("&"),
    headerNames.map((name) => `${name}=${cosEncode(headerValue(req.headers, name)!)}`).join("&"),
    "",
  ].join("\n");
  const signKey = createHmac("sha1", key.secretKey).update(keyTime).digest("hex");
  const stringToSign = ["sha1", signTime, createHash("sha1").update(httpString, "utf8").digest("hex"), ""].join("\n");
  const expected = createHmac("sha1", signKey).update(stringToSign).digest("hex");
  const given = fields.get("q-signature")!;
  if (given.length !== expected.length || !timingSafeEqual(Buffer.from(given), Buffer.from(expected))) {
    return fail("SignatureDoesNotMatch", "The request signature we calculated does not match the signature you provided.");
  }
  return { ok: true, secretId: key.secretId };
}

export function headerValue(headers: IncomingHttpHeaders, name: string): string | undefined {
  const value = headers[name.toLowerCase()];
  return Array.isArray(value) ? value.join(",") : value;
}

function splitList(list: string): string[] {
  return list ? list.split(";") : [];
}

function fail(code: string, message: string): SignatureCheck {
  return { ok: false, code, message };
}
