// Turns whatever a CLI caught into a stable code and a readable message. Tencent SDK errors are
// not always Error instances: the API SDKs throw TencentCloudSDKHttpException (code, message,
// requestId), the COS SDK rejects with plain objects ({ code, message, statusCode, error:
// { Code, Message, RequestId } | string }). `String(error)` on those prints "[object Object]".

export interface DescribedError {
  code: string;
  message: string;
}

type Loose = Record<string, unknown>;

const text = (value: unknown): string | undefined => (typeof value === "string" && value.trim() !== "" ? value : undefined);

export function describeError(error: unknown, fallbackCode = "Unexpected"): DescribedError {
  if (typeof error !== "object" || error === null) return { code: fallbackCode, message: String(error) };
  const e = error as Loose;
  const nested = typeof e.error === "object" && e.error !== null ? (e.error as Loose) : undefined;
  const code =
    text(e.code) ??
    text(nested?.Code) ??
    text(e.Code) ??
    (typeof e.statusCode === "number" ? `HTTP${e.statusCode}` : undefined) ??
    fallbackCode;
  let message = text(e.message) ?? text(nested?.Message) ?? text(e.Message) ?? text(e.error);
  if (message === undefined) {
    try {
      message = JSON.stringify(error);
    } catch {
      message = Object.prototype.toString.call(error);
    }
  }
  const requestId = text(e.requestId) ?? text(e.RequestId) ?? text(nested?.RequestId);
  return { code, message: requestId && !message.includes(requestId) ? `${message} (request id ${requestId})` : message };
}
