// Reads what clients type as a phone number: validates it as a mobile number (it must be able to
// receive SMS), normalises it to E.164, tells whether its region is one this deployment serves
// (SMS_ALLOWED_REGIONS), and masks it for logs.
// Validation uses libphonenumber-js' "mobile" metadata for every region (phone-metadata/), so the
// served set is configuration rather than a rebuild.
// The tutorial's clients send "area code + number" without a plus (8613800138000), so a bare digit
// string is read as international — except a bare 11-digit mainland mobile (13800138000), which is
// read as +86 when mainland China is served: that is how people in China write their numbers.
//
// The metadata (~95 KB) is read on first use, not when the function is loaded: it was half of the
// bundle's cold require. The bundle embeds JSON modules as JSON text (functions/build/bundle.ts),
// which V8 parses several times faster than the same data as an object literal.
import { getCountryCallingCode, parsePhoneNumberWithError, type CountryCode, type MetadataJson } from "libphonenumber-js/core";

let loadedMetadata: MetadataJson | undefined;

function phoneMetadata(): MetadataJson {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  loadedMetadata ??= require("./phone-metadata/phone-metadata.json") as MetadataJson;
  return loadedMetadata;
}

const mainland = "CN";
const separators = /[\s\-().]/g;
/** Mainland mobiles are 11 digits starting with 1 (no trunk prefix); the metadata decides validity. */
const bareMainlandShape = /^1\d{10}$/;

export interface MobileNumber {
  /** "+8613800138000" */
  e164: string;
  /** ISO 3166 alpha-2 region the number belongs to, e.g. "CN". */
  region: string;
}

export type PhoneCheck = ({ kind: "served" } & MobileNumber) | ({ kind: "notServed" } & MobileNumber) | { kind: "invalid" };

/** Whether libphonenumber-js has numbering data for this ISO 3166 alpha-2 code (upper case). */
export function isKnownPhoneRegion(code: string): boolean {
  return Object.prototype.hasOwnProperty.call(phoneMetadata().countries, code);
}

/** Validates `input` and decides whether its region is among `allowedRegions` (upper-case codes). */
export function checkPhoneNumber(input: string, allowedRegions: readonly string[]): PhoneCheck {
  const number = readMobileNumber(input, { bareMainland: allowedRegions.includes(mainland) });
  if (!number) return { kind: "invalid" };
  return allowedRegions.includes(number.region) ? { kind: "served", ...number } : { kind: "notServed", ...number };
}

/**
 * The mobile number `input` denotes, or undefined when it is not a valid mobile number.
 * With `bareMainland`, an 11-digit string without "+"/"00" that is a valid mainland mobile is read
 * as +86 first; anything else falls back to the "country code + number" reading.
 */
function readMobileNumber(input: string, options: { bareMainland: boolean }): MobileNumber | undefined {
  const compact = input.replace(separators, "");
  if (options.bareMainland && bareMainlandShape.test(compact)) {
    const asMainland = parseInternational("+86" + compact);
    if (asMainland?.region === mainland) return asMainland;
  }
  if (compact.startsWith("00")) return parseInternational("+" + compact.slice(2));
  return parseInternational(compact.startsWith("+") ? compact : "+" + compact);
}

function parseInternational(candidate: string): MobileNumber | undefined {
  if (!/^\+\d{6,15}$/.test(candidate)) return undefined;
  try {
    const parsed = parsePhoneNumberWithError(candidate, phoneMetadata());
    // Without non-geographic plans in the metadata every valid number has a region; the check
    // keeps it that way if the metadata ever changes.
    if (!parsed.isValid() || !parsed.country) return undefined;
    rememberSplit(parsed.number, { countryCode: parsed.countryCallingCode, national: parsed.nationalNumber });
    return { e164: parsed.number, region: parsed.country };
  } catch {
    return undefined;
  }
}

/**
 * "+8613800138000" → "8613******000": the country code, then at least half of the national number
 * hidden whatever its length (a 7-digit number shows 2 digits, an 11-digit one 5), split between
 * head and tail — enough to correlate support requests, not to dial or enumerate.
 */
export function maskPhoneNumber(e164: string): string {
  const parts = splitNumber(e164);
  if (!parts) return "*".repeat(e164.replace(/\D/g, "").length);
  const national = parts.national;
  const hidden = Math.ceil(national.length / 2);
  const visible = national.length - hidden;
  const head = Math.floor(visible / 2);
  const tail = visible - head;
  return parts.countryCode + national.slice(0, head) + "*".repeat(hidden) + (tail > 0 ? national.slice(-tail) : "");
}

/** "+8613800138000" → "86***********": the country code only (for lines that carry a number prefix). */
export function maskNationalNumber(e164: string): string {
  const parts = splitNumber(e164);
  if (!parts) return "*".repeat(e164.replace(/\D/g, "").length);
  return parts.countryCode + "*".repeat(parts.national.length);
}

/**
 * "+8613800138000" with 5 digits → "+8613800": the country calling code plus the first national
 * digits, the unit the per-prefix SMS budget counts (a block of premium or sequential numbers).
 */
export function numberPrefix(number: MobileNumber, nationalDigits: number): string {
  const countryCode = getCountryCallingCode(number.region as CountryCode, phoneMetadata());
  const national = number.e164.slice(1 + countryCode.length);
  return `+${countryCode}${national.slice(0, nationalDigits)}`;
}

/** "+8613800138000" → "+86": the country calling code the fraud guard counts per country. */
export function countryCallingCode(number: MobileNumber): string {
  return `+${getCountryCallingCode(number.region as CountryCode, phoneMetadata())}`;
}

interface SplitNumber {
  countryCode: string;
  national: string;
}

// The request log masks the number the request's check just parsed (~7 µs a parse): the parts of
// recently validated numbers are kept, so the mask does not parse it a second time. Bounded:
// cleared when full.
const recentSplits = new Map<string, SplitNumber>();
const maxRecentSplits = 512;

function rememberSplit(e164: string, parts: SplitNumber): void {
  if (recentSplits.size >= maxRecentSplits) recentSplits.clear();
  recentSplits.set(e164, parts);
}

function splitNumber(e164: string): SplitNumber | undefined {
  const recent = recentSplits.get(e164);
  if (recent) return recent;
  try {
    const parsed = parsePhoneNumberWithError(e164, phoneMetadata());
    return { countryCode: parsed.countryCallingCode, national: parsed.nationalNumber };
  } catch {
    return undefined;
  }
}
