// Regenerates phone-metadata.json: libphonenumber-js' "mobile" metadata (a number is valid only if it
// can receive SMS) for every region, minus the non-geographic numbering plans (+800, +882, …). Those
// have no ISO 3166 code, so SMS_ALLOWED_REGIONS can never serve them; dropping them is the only
// difference from the package's own metadata.mobile.json and keeps the bundle ~2 KB smaller.
// Which regions a deployment serves is decided at run time (SMS_ALLOWED_REGIONS), not here.
// Run after upgrading libphonenumber-js (a test fails until you do):
//   npx tsx functions/verification/service/phone-metadata/generate-phone-metadata.ts
import { writeFileSync } from "node:fs";
import { join } from "node:path";

interface MobileMetadata {
  version: number;
  country_calling_codes: Record<string, string[]>;
  countries: Record<string, unknown>;
  nonGeographic?: Record<string, unknown>;
}

export const phoneMetadataFile = join(__dirname, "phone-metadata.json");

/** The file's exact text, derived only from the installed libphonenumber-js (deterministic). */
export function renderPhoneMetadata(): string {
  // eslint-disable-next-line @typescript-eslint/no-require-imports -- a JSON file inside the package, not an export
  const full = require("libphonenumber-js/metadata.mobile.json") as MobileMetadata;
  // Non-geographic calling codes live only under nonGeographic, so nothing else needs filtering.
  const metadata = {
    version: full.version,
    country_calling_codes: full.country_calling_codes,
    countries: full.countries,
    nonGeographic: {},
  };
  return JSON.stringify(metadata) + "\n";
}

if (require.main === module) {
  writeFileSync(phoneMetadataFile, renderPhoneMetadata());
  console.log(`wrote ${phoneMetadataFile}`);
}
