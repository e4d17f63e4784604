// Code generation and the keyed hash stored in place of the code.
// Redis only ever sees HMAC-SHA256(pepper, "phone:code"): a dump of the store does not reveal live
// codes, and the phone in the message stops a hash being replayed for another number.
import { createHmac, randomInt } from "node:crypto";

export const codeLength = 6;

export function randomVerificationCode(): string {
  return String(randomInt(0, 10 ** codeLength)).padStart(codeLength, "0");
}

export function isWellFormedCode(code: string): boolean {
  return /^\d{6}$/.test(code);
}

export function hashVerificationCode(pepper: string, phoneE164: string, code: string): string {
  return createHmac("sha256", pepper).update(`${phoneE164}:${code}`).digest("hex");
}
