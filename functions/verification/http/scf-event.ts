// Turns an SCF event from either ingress into a typed verification request.
// Function URL: {httpMethod, path, headers, queryString, body}, client IP in x-scf-remote-addr.
// API Gateway trigger: the same plus requestContext.sourceIp and isBase64Encoded.
// Every way a request can be malformed ends here as a RequestError with a stable code.

export const maxBodyBytes = 8 * 1024;

export type ApiMethod = "getSms" | "login";

export interface VerificationRequest {
  method: ApiMethod;
  phone: string;
  code?: string;
  clientIp: string;
  requestId?: string;
  httpMethod: string;
  ingress: "functionUrl" | "apiGateway";
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
  if (httpMethod === "GET") {
    fields = queryFields(event.queryString);
  } else if (httpMethod === "POST") {
    const body = decodeBody(event.body, event.isBase64Encoded === true || event.isBase64Encoded === "true");
    if (!body.ok) return { ...body, ...meta };
    const parsed = bodyFields(body.text, headers["content-type"] ?? "");
    if (!parsed.ok) return { ...parsed, ...meta };
    fields = { ...queryFields(event.queryString), ...parsed.fields };
  } else {
    return { ...fail("MethodNotAllowed", "use GET or POST"), ...meta };
  }

  const method = fields.method;
  if (method === undefined || method === "") return { ...fail("InValidParam", "method is required"), ...meta };
  if (method !== "getSms" && method !== "login") {
    return { ...fail("InValidParam", "method must be getSms or login"), ...meta };
  }
  const phone = scalarField(fields.phone);
  if (phone === null) return { ...fail("InValidParam", "phone must be a string"), ...meta };
  if (!phone) return { ...fail("InValidParam", "phone is required"), ...meta };
  const code = scalarField(fields.code);
  if (code === null) return { ...fail("InValidParam", "code must be a string"), ...meta };
  if (phone.length > 32 || (code?.length ?? 0) > 32) return { ...fail("InValidParam", "field too long"), ...meta };
  return {
    ok: true,
    request: { method, phone, code: code || undefined, clientIp, requestId, httpMethod, ingress },
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

function bodyFields(text: string, contentType: string): { ok: true; fields: Fields } | { ok: false; error: RequestError } {
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
    return { ok: true, fields: value };
  }
  if (mediaType === "application/x-www-form-urlencoded" || mediaType === "" || mediaType === "text/plain") {
    return { ok: true, fields: formFields(new URLSearchParams(text)) };
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
