// Turns an SCF event from either ingress into a typed verification request.
// Function URL: {httpMethod, path, headers, queryString, body}, client IP in x-scf-remote-addr.
// API Gateway trigger: the same plus requestContext.sourceIp and isBase64Encoded.
// Every way a request can be malformed ends here as a RequestError with a stable code; fields are
// read only when they are strings, so no event shape can make this throw.
//
// Parameters come from the query string and, for POST, the body (form or JSON). A parameter given
// more than once — twice in the query, twice in a form, twice as a JSON key, or once in the query
// and once in the body — is refused with 400 InValidParam: no layer may pick a different copy than
// another (parameter pollution).
import { isLocaleTag } from "../service/sms-templates";
import type { ClientBucket } from "../service/verification-service";
import { clientBucketFor } from "./client-address";

export const maxBodyBytes = 8 * 1024;
/** The whole query string, keys and values; a 20 MB query must not cost seconds of parsing. */
export const maxQueryBytes = 2 * 1024;
const maxQueryParameters = 32;
/** Captcha tickets are a few hundred characters; anything far longer is not one. */
const maxCaptchaFieldLength = 4096;

export const apiMethods = ["getSms", "login", "refresh", "logout", "jwks"] as const;
export type ApiMethod = (typeof apiMethods)[number];

/** How the fields arrived: a JSON POST body, a form/text POST body, or the GET query string. */
export type Transport = "json" | "form" | "query";

export interface VerificationRequest {
  method: ApiMethod;
  /** Present (non-empty) for getSms and login. */
  phone: string;
  code?: string;
  /** Tencent Captcha answer (widget callback's ticket and randstr), when sent. */
  captcha: { ticket?: string; randstr?: string };
  /** Canonical address bucket for the limits; `clientIp` is its text, for the log. */
  client: ClientBucket;
  refreshToken?: string;
  /** getSms: the locale the SMS should be in (zh-CN, zh-HK, en, …); the function falls back sensibly. */
  locale?: string;
  clientIp: string;
  requestId?: string;
  httpMethod: string;
  ingress: "functionUrl" | "apiGateway";
  transport: Transport;
  /** Names of fields that came from the URL's query string (a code there would end up in logs). */
  queryFieldNames: string[];
  /** The Idempotency-Key header (getSms, login, refresh; ignored for logout and the JWKS). */
  idempotencyKey?: string;
}

/** What every event has, parsed before the body: enough for CORS and the JWKS path. */
export interface RequestMeta {
  httpMethod: string;
  path: string;
  headers: Record<string, string>;
  /** The Origin header, when a browser sent one. */
  origin?: string;
  /** Canonical address bucket for the limits; `clientIp` is its text. */
  client: ClientBucket;
  clientIp: string;
  requestId?: string;
  ingress: "functionUrl" | "apiGateway";
  /** Lower-cased names of headers the event carries more than once (in different case). */
  repeatedHeaders: ReadonlySet<string>;
}

/** Set by SCF on Function URL events, in lower case; a copy in any other case is the client's. */
const platformAddressHeader = "x-scf-remote-addr";

export function requestMeta(event: unknown): RequestMeta {
  const e = isObject(event) ? event : {};
  const { headers, repeated } = lowerCaseHeaders(e.headers);
  const context = isObject(e.requestContext) ? e.requestContext : undefined;
  const ingress = context ? "apiGateway" : "functionUrl";
  // Only the platform's own copy counts; an event with a second copy in other case is ambiguous
  // and lands in the strict unknown-address bucket.
  const remoteAddr = repeated.has(platformAddressHeader) ? undefined : platformHeader(e.headers, platformAddressHeader);
  const client = clientBucketFor(ingress, context?.sourceIp, remoteAddr);
  return {
    httpMethod: (stringOrUndefined(e.httpMethod) ?? stringOrUndefined(context?.httpMethod) ?? "").toUpperCase(),
    path: typeof e.path === "string" ? e.path : "/",
    headers,
    origin: headers.origin || undefined,
    client,
    clientIp: client.bucket,
    requestId: stringOrUndefined(context?.requestId) ?? stringOrUndefined(headers["x-scf-request-id"]),
    ingress,
    repeatedHeaders: repeated,
  };
}

export type RequestErrorCode = "InValidParam" | "MethodNotAllowed" | "PayloadTooLarge" | "UnsupportedMediaType";

export interface RequestError {
  code: RequestErrorCode;
  message: string;
}

export type ParsedEvent =
  | { ok: true; request: VerificationRequest }
  | { ok: false; error: RequestError; requestId?: string; clientIp?: string; httpMethod?: string };

type Fields = Record<string, unknown>;

/** `known`: what requestMeta already read from this event (the handler reads it first). */
export function parseScfEvent(event: unknown, known?: RequestMeta): ParsedEvent {
  if (!isObject(event) || Array.isArray(event)) return fail("InValidParam", "event is not an HTTP request");
  const { headers, ingress, httpMethod, client, clientIp, requestId, repeatedHeaders } = known ?? requestMeta(event);
  const meta = { requestId, clientIp, httpMethod: httpMethod || undefined };

  if (!httpMethod) return { ...fail("InValidParam", "not an HTTP request: httpMethod is missing"), ...meta };
  if (httpMethod !== "GET" && httpMethod !== "POST") return { ...fail("MethodNotAllowed", "use GET or POST"), ...meta };
  const query = queryFields(event.queryString);
  if (!query.ok) return { ...query, ...meta };
  const fromQuery = query.fields;
  let fields: Fields = query.fields;
  let transport: Transport = "query";
  if (httpMethod === "POST") {
    const body = decodeBody(event.body, event.isBase64Encoded === true || event.isBase64Encoded === "true");
    if (!body.ok) return { ...body, ...meta };
    const parsed = bodyFields(body.text, headers["content-type"] ?? "");
    if (!parsed.ok) return { ...parsed, ...meta };
    const repeated = Object.keys(parsed.fields).find((key) => Object.prototype.hasOwnProperty.call(fields, key));
    if (repeated !== undefined) return { ...duplicate(repeated), ...meta };
    fields = { ...fields, ...parsed.fields };
    transport = parsed.json ? "json" : "form";
  }
  // The JWKS path needs no fields: GET /.well-known/jwks.json is what JOSE libraries fetch.
  if (isJwksPath(event.path) && fields.method === undefined) fields = { ...fields, method: "jwks" };

  const method = fields.method;
  if (method === undefined || method === "") return { ...fail("InValidParam", "method is required"), ...meta };
  if (typeof method !== "string" || !(apiMethods as readonly string[]).includes(method)) {
    return { ...fail("InValidParam", `method must be one of ${apiMethods.join(", ")}`), ...meta };
  }
  const phone = scalarField(fields.phone);
  if (phone === null) return { ...fail("InValidParam", "phone must be a string"), ...meta };
  const needsPhone = method === "getSms" || method === "login";
  if (needsPhone && !phone) return { ...fail("InValidParam", "phone is required"), ...meta };
  const code = scalarField(fields.code);
  if (code === null) return { ...fail("InValidParam", "code must be a string"), ...meta };
  const refreshToken = scalarField(fields.refreshToken);
  if (refreshToken === null) return { ...fail("InValidParam", "refreshToken must be a string"), ...meta };
  const needsToken = method === "refresh" || method === "logout";
  if (needsToken && !refreshToken) return { ...fail("InValidParam", "refreshToken is required"), ...meta };
  if ((phone?.length ?? 0) > 32 || (code?.length ?? 0) > 32 || (refreshToken?.length ?? 0) > 128) {
    return { ...fail("InValidParam", "field too long"), ...meta };
  }
  const locale = scalarField(fields.locale);
  if (locale === null || (locale && !isLocaleTag(locale))) {
    return { ...fail("InValidParam", "locale must be a locale tag like zh-CN or en"), ...meta };
  }
  const ticket = scalarField(fields.ticket);
  const randstr = scalarField(fields.randstr);
  if (ticket === null || randstr === null) return { ...fail("InValidParam", "ticket and randstr must be strings"), ...meta };
  if ((ticket?.length ?? 0) > maxCaptchaFieldLength || (randstr?.length ?? 0) > maxCaptchaFieldLength) {
    return { ...fail("InValidParam", "field too long"), ...meta };
  }
  const idempotencyKey = idempotencyKeyOf(headers["idempotency-key"], repeatedHeaders.has("idempotency-key"));
  if (idempotencyKey === null) {
    return { ...fail("InValidParam", "Idempotency-Key must be given once, 1 to 255 visible ASCII characters"), ...meta };
  }
  return {
    ok: true,
    request: {
      method: method as ApiMethod,
      phone: phone ?? "",
      code: code || undefined,
      refreshToken: refreshToken || undefined,
      ...(locale ? { locale } : {}),
      captcha: { ticket: ticket || undefined, randstr: randstr || undefined },
      client,
      clientIp,
      requestId,
      httpMethod,
      ingress,
      transport,
      queryFieldNames: Object.keys(fromQuery),
      ...(idempotencyKey !== undefined && idempotentMethods.has(method) ? { idempotencyKey } : {}),
    },
  };
}

const idempotentMethods: ReadonlySet<string> = new Set(["getSms", "login", "refresh"]);

/**
 * The Idempotency-Key header: a token or a quoted string (the IETF httpapi draft sends an sf-string,
 * Stripe's clients a bare value), 1–255 visible ASCII characters. undefined when absent, null when
 * unusable or given twice.
 */
function idempotencyKeyOf(raw: string | undefined, repeated: boolean): string | undefined | null {
  if (repeated) return null;
  if (raw === undefined) return undefined;
  const trimmed = raw.trim();
  const key = /^"[^"]*"$/.test(trimmed) ? trimmed.slice(1, -1) : trimmed;
  return /^[\x21-\x7e]{1,255}$/.test(key) ? key : null;
}

function decodeBody(body: unknown, base64: boolean): { ok: true; text: string } | { ok: false; error: RequestError } {
  if (body === undefined || body === null) return { ok: true, text: "" };
  if (typeof body !== "string") return fail("InValidParam", "body must be a string");
  if (body.length > (base64 ? Math.ceil(maxBodyBytes / 3) * 4 + 8 : maxBodyBytes * 4)) {
    return fail("PayloadTooLarge", `body larger than ${maxBodyBytes} bytes`);
  }
  let text = body;
  if (base64) {
    const compact = body.replace(/\s/g, "");
    if (compact.length % 4 !== 0 || !/^[A-Za-z0-9+/]*={0,2}$/.test(compact)) {
      return fail("InValidParam", "body is not valid base64");
    }
    text = Buffer.from(compact, "base64").toString("utf8");
  }
  if (Buffer.byteLength(text, "utf8") > maxBodyBytes) return fail("PayloadTooLarge", `body larger than ${maxBodyBytes} bytes`);
  return { ok: true, text };
}

export function isJwksPath(path: unknown): boolean {
  return typeof path === "string" && /\/\.well-known\/jwks\.json$/.test(path);
}

function bodyFields(
  raw: string,
  contentType: string,
): { ok: true; fields: Fields; json: boolean } | { ok: false; error: RequestError } {
  // Some clients (Windows tools, Excel exports) put a UTF-8 BOM in front of the body.
  const text = raw.startsWith("\uFEFF") ? raw.slice(1) : raw;
  const mediaType = contentType.split(";")[0].trim().toLowerCase();
  const looksJson = text.trimStart().startsWith("{");
  if (mediaType === "application/json" || (mediaType === "" && looksJson)) {
    let value: unknown;
    try {
      value = JSON.parse(text);
    } catch {
      return fail("InValidParam", "body is not valid JSON");
    }
    if (!isObject(value) || Array.isArray(value)) return fail("InValidParam", "JSON body must be an object");
    const repeated = repeatedTopLevelKey(text);
    if (repeated !== undefined) return duplicate(repeated);
    // Only a declared application/json body counts as "json": that is the non-simple request a
    // browser must preflight, which is what keeps other sites from sending it.
    return { ok: true, fields: value, json: mediaType === "application/json" };
  }
  if (mediaType === "application/x-www-form-urlencoded" || mediaType === "" || mediaType === "text/plain") {
    const form = formFields(new URLSearchParams(text));
    return form.ok ? { ...form, json: false } : form;
  }
  return fail("UnsupportedMediaType", "send application/json or application/x-www-form-urlencoded");
}

type FieldsResult = { ok: true; fields: Fields } | { ok: false; error: RequestError };

function queryFields(query: unknown): FieldsResult {
  if (typeof query === "string") {
    if (query.length > maxQueryBytes) return fail("PayloadTooLarge", `query string larger than ${maxQueryBytes} bytes`);
    return formFields(new URLSearchParams(query.replace(/^\?/, "")));
  }
  if (!isObject(query) || Array.isArray(query)) return { ok: true, fields: {} };
  const fields: Fields = {};
  let size = 0;
  let count = 0;
  // for…in stops early: a huge object costs no more than the cap.
  for (const key in query) {
    if (!Object.prototype.hasOwnProperty.call(query, key)) continue;
    const value = query[key];
    count += 1;
    size += key.length + (typeof value === "string" ? value.length : Array.isArray(value) ? value.length * 2 : 8);
    if (count > maxQueryParameters || size > maxQueryBytes)
      return fail("PayloadTooLarge", `query string larger than ${maxQueryBytes} bytes`);
    if (Array.isArray(value)) {
      if (value.length > 1) return duplicate(key);
      size += typeof value[0] === "string" ? value[0].length : 0;
      fields[key] = value[0];
    } else {
      fields[key] = value;
    }
  }
  if (size > maxQueryBytes) return fail("PayloadTooLarge", `query string larger than ${maxQueryBytes} bytes`);
  return { ok: true, fields };
}

function formFields(params: URLSearchParams): FieldsResult {
  const fields: Fields = {};
  for (const [key, value] of params) {
    if (Object.prototype.hasOwnProperty.call(fields, key)) return duplicate(key);
    fields[key] = value;
  }
  return { ok: true, fields };
}

/**
 * The first key that appears twice at the top level of a JSON object text (JSON.parse keeps the
 * last silently). The text is already known to parse, so a small scanner is enough.
 */
function repeatedTopLevelKey(text: string): string | undefined {
  const seen = new Set<string>();
  let depth = 0;
  for (let i = 0; i < text.length; i++) {
    const ch = text.charCodeAt(i);
    if (ch === 0x7b || ch === 0x5b)
      depth += 1; // { [
    else if (ch === 0x7d || ch === 0x5d)
      depth -= 1; // } ]
    else if (ch === 0x22) {
      // "…": find the closing quote, noting whether the string has escapes.
      let end = i + 1;
      let escaped = false;
      while (text.charCodeAt(end) !== 0x22) {
        if (text.charCodeAt(end) === 0x5c) {
          escaped = true;
          end += 2;
        } else end += 1;
      }
      if (depth === 1) {
        let next = end + 1;
        while (isJsonWhitespace(text.charCodeAt(next))) next += 1;
        if (text.charCodeAt(next) === 0x3a) {
          // A key: only an escaped one needs decoding ("\u0070hone" is "phone").
          const key = escaped ? (JSON.parse(text.slice(i, end + 1)) as string) : text.slice(i + 1, end);
          if (seen.has(key)) return key;
          seen.add(key);
        }
      }
      i = end;
    }
  }
  return undefined;
}

/** JSON's insignificant whitespace: space, tab, line feed, carriage return. */
function isJsonWhitespace(code: number): boolean {
  return code === 0x20 || code === 0x09 || code === 0x0a || code === 0x0d;
}

function duplicate(key: string): { ok: false; error: RequestError } {
  const shown = key.length > 20 ? key.slice(0, 20) + "…" : key;
  return fail("InValidParam", `parameter ${JSON.stringify(shown)} is given more than once`);
}

/** Strings as sent; JSON numbers accepted for phone (clients send 8613800138000 unquoted); null = wrong type. */
function scalarField(value: unknown): string | undefined | null {
  if (value === undefined || value === null) return undefined;
  if (typeof value === "string") return value.trim();
  if (typeof value === "number" && Number.isSafeInteger(value) && value >= 0) return String(value);
  return null;
}

const noRepeatedHeaders: ReadonlySet<string> = new Set();

/** Headers by lower-cased name, and the names the event carries more than once (in different case). */
function lowerCaseHeaders(headers: unknown): { headers: Record<string, string>; repeated: ReadonlySet<string> } {
  const result: Record<string, string> = {};
  let repeated: Set<string> | undefined;
  if (!isObject(headers) || Array.isArray(headers)) return { headers: result, repeated: noRepeatedHeaders };
  for (const [key, value] of Object.entries(headers)) {
    if (typeof value !== "string") continue;
    const name = key.toLowerCase();
    if (Object.prototype.hasOwnProperty.call(result, name)) (repeated ??= new Set()).add(name);
    result[name] = value;
  }
  return { headers: result, repeated: repeated ?? noRepeatedHeaders };
}

/** A header under its exact name only (the platform's spelling), when it is a string. */
function platformHeader(headers: unknown, name: string): string | undefined {
  if (!isObject(headers) || !Object.prototype.hasOwnProperty.call(headers, name)) return undefined;
  const value = headers[name];
  return typeof value === "string" ? value : undefined;
}

function stringOrUndefined(value: unknown): string | undefined {
  return typeof value === "string" && value ? value : undefined;
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null;
}

function fail(code: RequestErrorCode, message: string): { ok: false; error: RequestError } {
  return { ok: false, error: { code, message } };
}
