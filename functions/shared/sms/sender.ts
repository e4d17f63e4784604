// What the verification service calls to deliver one code: a single-number SendSms whose every
// failure — per-number code, API error, HTTP error, timeout — comes back as a SendOutcome value.
// LimitExceeded.* is the provider telling us the phone (or app) hit a frequency cap, which the
// service reports as 429; anything else the provider refused is "rejected"; wire trouble before the
// request left is "unavailable"; wire trouble after it may have reached Tencent (timeout, reset, 5xx)
// is "unknown" — the message may have been sent, so callers must not treat it as a failure.
import type { SmsGateway } from "./gateway";
import { SmsGatewayError } from "./gateway-error";

export interface SmsMessage {
  /** E.164, e.g. +8613800138000. */
  phoneNumber: string;
  templateParams: string[];
  /** Template and signature for this number's region and locale; absent: the sender's defaults. */
  templateId?: string;
  signName?: string;
  /** Echoed in the delivery receipt, which matches it to this send. */
  sessionContext?: string;
}

export type SendOutcome =
  { ok: true; serialNo: string; fee: number } | { ok: false; reason: SendFailureReason; providerCode: string; message: string };

export type SendFailureReason = "rateLimited" | "rejected" | "unavailable" | "unknown";

export interface SmsSender {
  send(message: SmsMessage): Promise<SendOutcome>;
}

export function isRateLimitCode(code: string): boolean {
  return code === "LimitExceeded" || code.startsWith("LimitExceeded.");
}

export function tencentSmsSender(gateway: SmsGateway, templateId: string): SmsSender {
  return {
    async send(message) {
      try {
        const [status] = await gateway.sendSms({
          phoneNumbers: [message.phoneNumber],
          templateId: message.templateId ?? templateId,
          templateParams: message.templateParams,
          signName: message.signName,
          sessionContext: message.sessionContext,
        });
        if (status.ok) return { ok: true, serialNo: status.serialNo ?? "", fee: status.fee };
        return {
          ok: false,
          reason: isRateLimitCode(status.code) ? "rateLimited" : "rejected",
          providerCode: status.code,
          message: status.message,
        };
      } catch (error) {
        return outcomeForError(error);
      }
    },
  };
}

function outcomeForError(error: unknown): SendOutcome {
  if (!(error instanceof SmsGatewayError)) {
    return { ok: false, reason: "unknown", providerCode: "UnexpectedError", message: "SMS send failed unexpectedly" };
  }
  if (isRateLimitCode(error.code)) {
    return { ok: false, reason: "rateLimited", providerCode: error.code, message: error.message };
  }
  const reason = error.source === "provider" ? "rejected" : error.mayHaveSent ? "unknown" : "unavailable";
  return { ok: false, reason, providerCode: error.code, message: error.message };
}

/**
 * Local development sender: prints the destination and template parameters (the code included —
 * that is its purpose) instead of calling Tencent. Never wired in a deployed stack.
 */
export function consoleSmsSender(write: (line: string) => void = (line) => process.stdout.write(line + "\n")): SmsSender {
  let sequence = 0;
  return {
    async send(message) {
      sequence += 1;
      const template = message.templateId ? ` template ${message.templateId} (${message.signName ?? ""})` : "";
      write(`[sms:console] to ${message.phoneNumber}${template} params ${JSON.stringify(message.templateParams)}`);
      return { ok: true, serialNo: `console-${sequence}`, fee: 0 };
    },
  };
}
