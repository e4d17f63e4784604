// Captcha before the expensive or guessable steps (optional per environment): on getSms, and on
// login too when configured. The ticket is verified server side by a CaptchaPort (Tencent's
// DescribeCaptchaResult); when that API cannot be reached or fails on its side (network, timeout,
// 5xx, InternalError), the environment chooses: fail closed (default: 503, nothing sent) or fail
// open (the request goes on). Any other API error — a refused credential, an unauthorized
// operation, bad parameters — is always fail-closed: it would otherwise turn Captcha off silently
// for every request. Either way the request's log line says what happened (`captcha` field).
import type { CaptchaFailureReason, CaptchaTicket, CaptchaVerdict } from "../../shared/captcha/captcha-client";
import type { Outcome } from "./outcomes";

export type CaptchaMode = "off" | "getSms" | "getSmsAndLogin";

export interface CaptchaPolicy {
  mode: CaptchaMode;
  /** When the Captcha API is unreachable or fails on its side: true lets the request through, false refuses it (503). */
  failOpen: boolean;
}

export interface CaptchaPort {
  verify(ticket: CaptchaTicket): Promise<CaptchaVerdict>;
}

/** What the client sent: both fields come from the Captcha widget's callback. */
export interface CaptchaAnswer {
  ticket?: string;
  randstr?: string;
}

export type CaptchaGate = { kind: "pass"; logged?: string } | { kind: "refuse"; outcome: Outcome; logged: string };

export function captchaApplies(policy: CaptchaPolicy, method: "getSms" | "login"): boolean {
  return policy.mode === "getSmsAndLogin" || (policy.mode === "getSms" && method === "getSms");
}

export async function checkCaptcha(
  port: CaptchaPort,
  policy: CaptchaPolicy,
  answer: CaptchaAnswer,
  userIp: string,
): Promise<CaptchaGate> {
  if (!answer.ticket || !answer.randstr) return { kind: "refuse", outcome: { kind: "captchaRequired" }, logged: "missing" };
  const verdict = await port.verify({ ticket: answer.ticket, randstr: answer.randstr, userIp });
  switch (verdict.kind) {
    case "passed":
      return { kind: "pass", logged: "passed" };
    case "failed":
      return { kind: "refuse", outcome: { kind: "captchaFailed", reason: verdict.reason }, logged: `failed:${verdict.reason}` };
    case "unavailable":
      if (policy.failOpen && verdict.transient) return { kind: "pass", logged: `unavailable:failOpen:${verdict.code}` };
      return {
        kind: "refuse",
        outcome: { kind: "storeUnavailable", cause: "captcha" },
        logged: `unavailable:failClosed:${verdict.code}`,
      };
  }
}

export type { CaptchaFailureReason };
