// Server-side TC3-HMAC-SHA256 check, written from Tencent Cloud's API 3.0 signature documentation:
// canonical request → string to sign over `<date>/<service>/tc3_request` → HMAC key chain
// ("TC3"+key → date → service → "tc3_request") → hex signature compared in constant time.
// It recomputes everything from what arrived on the wire, so a changed body, header or timestamp fails.
import { createHash, createHmac, timingSafeEqual } from "node:crypto";

export interface SignedRequest {
  method: string;
  /** Path and query exactly as received, e.g. "/" or "/?a=b". */
  url: string;
  /** Lower-cased header names (Node's IncomingMessage.headers). */
  headers: Record<string, string | string[] | undefined>;
  body: Buffer;
}

export interface ExpectedCredential {
  secretId: string;
  secretKey: string;
  service: string;
  /** Accepted clock difference between X-TC-Timestamp and now. */
  maxSkewSeconds: number;
  now: Date;
}

export type SignatureCheck = { ok: true; secretId: string } | { ok: false; code: string; message: string };

const algorithm = "TC3-HMAC-SHA256";

export function verifyTc3Signature(request: SignedRequest, expected: ExpectedCredential): SignatureCheck {
  const authorization = header(request.headers, "authorization");
  if (!authorization) return fail("AuthFailure.SignatureFailure", "The Authorization header is missing.");
  const parsed = parseAuthorization(authorization);
  if (!parsed) return fail("AuthFailure.SignatureFailure", "The Authorization header is malformed.");

  const timestampText = header(request.headers, "x-tc-timestamp");
  if (!timestampText || !/^\d+$/.test(timestampText)) {
    return fail("AuthFailure.SignatureFailure", "X-TC-Timestamp is missing or not a UNIX timestamp.");
  }
  const timestamp = Number(timestampText);
  if (Math.abs(expected.now.getTime() / 1000 - timestamp) > expected.maxSkewSeconds) {
    return fail("AuthFailure.SignatureExpire", "Signature expired: X-TC-Timestamp is too far from server time.");
  }
  if (parsed.secretId !== expected.secretId) {
    return fail("AuthFailure.SecretIdNotFound", "The SecretId is not found.");
  }
  const date = utcDate(timestamp);
  if (parsed.date !== date || parsed.service !== expected.service || parsed.terminator !== "tc3_request") {
    return fail("AuthFailure.SignatureFailure", "The credential scope does not match the request.");
  }
  const signedHeaderNames = parsed.signedHeaders.split(";");
  if (!signedHeaderNames.includes("host") || !signedHeaderNames.includes("content-type")) {
    return fail("AuthFailure.SignatureFailure", "Host and Content-Type must be signed.");
  }

  const queryStart = request.url.indexOf("?");
  const path = queryStart === -1 ? request.url : request.url.slice(0, queryStart);
  const query = queryStart === -1 ? "" : request.url.slice(queryStart + 1);
  const canonicalHeaders = signedHeaderNames
    .map((name) => `${name}:${(header(request.headers, name) ?? "").trim().toLowerCase()}\n`)
    .join("");
  const canonicalRequest = [
    request.method.toUpperCase(),
    path,
    query,
    canonicalHeaders,
    parsed.signedHeaders,
    sha256Hex(request.body),
  ].join("\n");
  const scope = `${date}/${expected.service}/tc3_request`;
  const stringToSign = [algorithm, timestampText, scope, sha256Hex(canonicalRequest)].join("\n");
  const dateKey = hmac("TC3" + expected.secretKey, date);
  const serviceKey = hmac(dateKey, expected.service);
  const signingKey = hmac(serviceKey, "tc3_request");
  const signature = hmac(signingKey, stringToSign).toString("hex");

  const given = Buffer.from(parsed.signature, "utf8");
  const computed = Buffer.from(signature, "utf8");
  if (given.length !== computed.length || !timingSafeEqual(given, computed)) {
    return fail(
      "AuthFailure.SignatureFailure",
      "The provided credentials could not be validated. Please check your signature is correct.",
    );
  }
  return { ok: true, secretId: parsed.secretId };
}

interface ParsedAuthorization {
  secretId: string;
  date: string;
  service: string;
  terminator: string;
  signedHeaders: string;
  signature: string;
}

function parseAuthorization(value: string): ParsedAuthorization | undefined {
  const match = /^TC3-HMAC-SHA256 Credential=([^,\s]+), SignedHeaders=([a-z0-9;-]+), Signature=([0-9a-f]{64})$/.exec(
    value.trim(),
  );
  if (!match) return undefined;
  const scope = match[1].split("/");
  if (scope.length !== 4) return undefined;
  const [secretId, date, service, terminator] = scope;
  return { secretId, date, service, terminator, signedHeaders: match[2], signature: match[3] };
}

export function header(headers: SignedRequest["headers"], name: string): string | undefined {
  const value = headers[name.toLowerCase()];
  return Array.isArray(value) ? value.join(",") : value;
}

function fail(code: string, message: string): SignatureCheck {
  return { ok: false, code, message };
}

function utcDate(timestampSeconds: number): string {
  return new Date(timestampSeconds * 1000).toISOString().slice(0, 10);
}

function sha256Hex(data: string | Buffer): string {
  return createHash("sha256").update(data).digest("hex");
}

function hmac(key: string | Buffer, data: string): Buffer {
  return createHmac("sha256", key).update(data, "utf8").digest();
}
