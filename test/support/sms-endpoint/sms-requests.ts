// Field checks for the two SMS actions the double serves, following the SendSms and
// PullSmsSendStatus (2021-01-11) parameter tables. Error codes are Tencent's public ones.

export interface SendSmsFields {
  sdkAppId: string;
  signName: string;
  templateId: string;
  /** Echoed in SendStatusSet and in the delivery receipt ("" when not sent). */
  sessionContext: string;
  phoneNumbers: string[];
  templateParams: string[];
}

export interface PullFields {
  sdkAppId: string;
  limit: number;
}

export type FieldCheck<T> = { ok: true; value: T } | { ok: false; code: string; message: string };

const e164 = /^\+[1-9]\d{6,14}$/;

export function checkSendSms(body: unknown): FieldCheck<SendSmsFields> {
  if (!isRecord(body)) return invalid("InvalidParameter", "The request body must be a JSON object.");
  const sdkAppId = body.SmsSdkAppId;
  if (typeof sdkAppId !== "string" || sdkAppId === "")
    return invalid("MissingParameter", "The request is missing a required parameter `SmsSdkAppId`.");
  const signName = body.SignName;
  if (typeof signName !== "string" || signName === "")
    return invalid("MissingParameter", "The request is missing a required parameter `SignName`.");
  const templateId = body.TemplateId;
  if (typeof templateId !== "string" || templateId === "")
    return invalid("MissingParameter", "The request is missing a required parameter `TemplateId`.");
  const phones = body.PhoneNumberSet;
  if (!Array.isArray(phones) || phones.length === 0)
    return invalid("MissingParameter", "The request is missing a required parameter `PhoneNumberSet`.");
  if (phones.length > 200) return invalid("LimitExceeded.PhoneNumberCountLimit", "More than 200 phone numbers in one request.");
  for (const phone of phones) {
    if (typeof phone !== "string" || !e164.test(phone)) {
      return invalid(
        "InvalidParameterValue.IncorrectPhoneNumber",
        `Phone number ${JSON.stringify(phone)} is not E.164 (+<country><number>).`,
      );
    }
  }
  const params = body.TemplateParamSet ?? [];
  if (!Array.isArray(params) || params.some((p) => typeof p !== "string")) {
    return invalid("InvalidParameterValue.TemplateParameterFormatError", "TemplateParamSet must be an array of strings.");
  }
  const sessionContext = body.SessionContext ?? "";
  if (typeof sessionContext !== "string" || Buffer.byteLength(sessionContext) > 512) {
    return invalid("InvalidParameterValue", "SessionContext must be a string of at most 512 bytes.");
  }
  return {
    ok: true,
    value: {
      sdkAppId,
      signName,
      templateId,
      phoneNumbers: phones as string[],
      templateParams: params as string[],
      sessionContext,
    },
  };
}

export function checkPull(body: unknown): FieldCheck<PullFields> {
  if (!isRecord(body)) return invalid("InvalidParameter", "The request body must be a JSON object.");
  const sdkAppId = body.SmsSdkAppId;
  if (typeof sdkAppId !== "string" || sdkAppId === "")
    return invalid("MissingParameter", "The request is missing a required parameter `SmsSdkAppId`.");
  const limit = body.Limit;
  if (typeof limit !== "number" || !Number.isInteger(limit) || limit < 1 || limit > 100) {
    return invalid("InvalidParameterValue", "Limit must be an integer from 1 to 100.");
  }
  return { ok: true, value: { sdkAppId, limit } };
}

function invalid<T>(code: string, message: string): FieldCheck<T> {
  return { ok: false, code, message };
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}
