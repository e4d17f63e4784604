// Normalises what clients type as a phone number into E.164 and masks it for logs.
// The tutorial's clients send "area code + number" without a plus (8613800138000), so a bare
// digit string is read as international. Validation uses libphonenumber-js' "mobile" metadata
// (the number must be able to receive SMS), cut down to the served countries (see
// phone-metadata/generate-phone-metadata.ts): the full set would cost ~99 KB of the bundle budget.
import { parsePhoneNumberWithError, type MetadataJson } from "libphonenumber-js/core";
import servedMetadata from "./phone-metadata/phone-metadata.json";

const metadata = servedMetadata as unknown as MetadataJson;

const separators = /[\s\-().]/g;

/** E.164 ("+8613800138000") or undefined when the input is not a valid mobile number. */
export function normalisePhoneNumber(input: string): string | undefined {
  let compact = input.replace(separators, "");
  if (compact.startsWith("00")) compact = "+" + compact.slice(2);
  else if (!compact.startsWith("+")) compact = "+" + compact;
  if (!/^\+\d{6,15}$/.test(compact)) return undefined;
  try {
    const parsed = parsePhoneNumberWithError(compact, metadata);
    return parsed.isValid() ? parsed.number : undefined;
  } catch {
    return undefined;
  }
}

/** "+8613800138000" → "86138****8000": enough to correlate support requests, not to dial. */
export function maskPhoneNumber(e164: string): string {
  const digits = e164.replace(/\D/g, "");
  if (digits.length <= 6) return "*".repeat(digits.length);
  const head = digits.length >= 11 ? 5 : 2;
  return digits.slice(0, head) + "****" + digits.slice(-4);
}
