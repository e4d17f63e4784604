// Turns an SCF event from either ingress into a typed verification request.
// Function URL: {httpMethod, path, headers, queryString, body}, client IP in x-scf-remote-addr.
// API Gateway trigger: the same plus requestContext.sourceIp and isBase64Encoded.
// Every way a request can be malformed ends here as a RequestError with a stable code.

export const maxBodyBytes = 8 * 1024;

export const apiMethods = ["getSms", "login", "refresh", "logout", "jwks"] as const;
export type ApiMethod = (typeof apiMethods)[number];

/** How the fields arrived: a JSON POST body, a form/text POST body, or the GET query string. */
export type Transport = "json" | "form" | "query";

export interface VerificationRequest {
  method: ApiMethod;
  /** Present (non-empty) for getSms and login. */
  phone: string;
  code?: string;
  refreshToken?: string;
  clientIp: string;
  requestId?: string;
  httpMethod: string;
  ingress: "functionUrl" | "apiGateway";
  transport: Transport;
  /** Names of fields that came from the URL's query string (a code there would end up in logs). */
  queryFieldNames: string[];
}

/** What every event has, parsed before the body: enough for CORS and the JWKS path. */
export interface RequestMeta {
  httpMethod: string;
  path: string;
  headers: Record<string, string>;
  /** The Origin header, when a browser sent one. */
  origin?: string;
  clientIp: string;
  requestId?: string;
  ingress: "functionUrl" | "apiGateway";
}

export function requestMeta(event: unknown): RequestMeta {
  const e = isObject(event) ? event : {};
  const headers = lowerCaseHeaders(e.headers);
  const context = isObject(e.requestContext) ? e.requestContext : undefined;
  return {
    httpMethod: String(e.httpMethod ?? context?.httpMethod ?? "").toUpperCase(),
    path: typeof e.path === "string" ? e.path : "/",
    headers,
    origin: headers.origin || undefined,
    clientIp: String(context?.sourceIp ?? headers["x-scf-remote-addr"] ?? "").trim() || "unknown",
    requestId: stringOrUndefined(context?.requestId) ?? stringOrUndefined(headers["x-scf-request-id"]),
    ingress: context ? "apiGateway" : "functionUrl",
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

export function parseScfEvent(event: unknown): ParsedEvent {
  if (!isObject(event)) return fail("InValidParam", "event is not an HTTP request");
  const headers = lowerCaseHeaders(event.headers);
  const context = isObject(event.requestContext) ? event.requestContext : undefined;
  const ingress = context ? "apiGateway" : "functionUrl";
  const httpMethod = String(event.httpMethod ?? context?.httpMethod ?? "").toUpperCase();
  const clientIp = String(context?.sourceIp ?? headers["x-scf-remote-addr"] ?? "").trim() || "unknown";
  const requestId = stringOrUndefined(context?.requestId) ?? stringOrUndefined(headers["x-scf-request-id"]);
  const meta = { requestId, clientIp, httpMethod };

  let fields: Fields;
  let transport: Transport;
  const fromQuery = queryFields(event.queryString);
  if (httpMethod === "GET") {
    fields = fromQuery;
    transport = "query";
  } else if (httpMethod === "POST") {
    const body = decodeBody(event.body, event.isBase64Encoded === true || event.isBase64Encoded === "true");
    if (!body.ok) return { ...body, ...meta };
    const parsed = bodyFields(body.text, headers["content-type"] ?? "");
    if (!parsed.ok) return { ...parsed, ...meta };
    fields = { ...fromQuery, ...parsed.fields };
    transport = parsed.json ? "json" : "form";
  } else {
    return { ...fail("MethodNotAllowed", "use GET or POST"), ...meta };
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
  return {
    ok: true,
    request: {
      method: method as ApiMethod,
      phone: phone ?? "",
      code: code || undefined,
      refreshToken: refreshToken || undefined,
      clientIp,
      requestId,
      httpMethod,
      ingress,
      transport,
      queryFieldNames: Object.keys(fromQuery),
    },
  };
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

function bodyFields(text: string, contentType: string): { ok: true; fields: Fields; json: boolean } | { ok: false; error: RequestError } {
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
    // Only a declared application/json body counts as "json": that is the non-simple request a
    // browser must preflight, which is what keeps other sites from sending it.
    return { ok: true, fields: value, json: mediaType === "application/json" };
  }
  if (mediaType === "application/x-www-form-urlencoded" || mediaType === "" || mediaType === "text/plain") {
    return { ok: true, fields: formFields(new URLSearchParams(text)), json: false };
  }
  return fail("UnsupportedMediaType", "send application/json or application/x-www-form-urlencoded");
}

function queryFields(query: unknown): Fields {
  if (typeof query === "string") return formFields(new URLSearchParams(query.replace(/^\?/, "")));
  if (!isObject(query)) return {};
  const fields: Fields = {};
  for (const [key, value] of Object.entries(query)) fields[key] = Array.isArray(value) ? value[0] : value;
  return fields;
}

function formFields(params: URLSearchParams): Fields {
  const fields: Fields = {};
  for (const [key, value] of params) if (!(key in fields)) fields[key] = value;
  return fields;
}

/** Strings as sent; JSON numbers accepted for phone (clients send 8613800138000 unquoted); null = wrong type. */
function scalarField(value: unknown): string | undefined | null {
  if (value === undefined || value === null) return undefined;
  if (typeof value === "string") return value.trim();
  if (typeof value === "number" && Number.isSafeInteger(value) && value >= 0) return String(value);
  return null;
}

function lowerCaseHeaders(headers: unknown): Record<string, string> {
  const result: Record<string, string> = {};
  if (!isObject(headers)) return result;
  for (const [key, value] of Object.entries(headers)) {
    if (typeof value === "string") result[key.toLowerCase()] = value;
  }
  return result;
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
