// Regenerates phone-metadata.json: libphonenumber-js "mobile" metadata cut down to the countries
// this service sends codes to. The full mobile metadata is ~99 KB of the bundle; Greater China is
// ~6 KB, which keeps the function bundle under its 450 KB budget.
// Run after upgrading libphonenumber-js or changing the list:
//   npx tsx functions/verification/service/phone-metadata/generate-phone-metadata.ts
import { writeFileSync } from "node:fs";
import { join } from "node:path";

/** Mainland China plus Hong Kong, Macao and Taiwan (the latter need an international SMS template). */
export const servedCountries = ["CN", "HK", "MO", "TW"];

interface MobileMetadata {
  version: number;
  country_calling_codes: Record<string, string[]>;
  countries: Record<string, unknown>;
  nonGeographic?: Record<string, unknown>;
}

function generate(): void {
  const full = require("libphonenumber-js/metadata.mobile.json") as MobileMetadata;
  const callingCodes: Record<string, string[]> = {};
  for (const [code, countries] of Object.entries(full.country_calling_codes)) {
    const kept = countries.filter((c) => servedCountries.includes(c));
    if (kept.length > 0) callingCodes[code] = kept;
  }
  const countries = Object.fromEntries(servedCountries.map((c) => [c, full.countries[c]]));
  const subset = { version: full.version, country_calling_codes: callingCodes, countries, nonGeographic: {} };
  const out = join(__dirname, "phone-metadata.json");
  writeFileSync(out, JSON.stringify(subset) + "\n");
  console.log(`wrote ${out} (${servedCountries.join(", ")})`);
}

if (require.main === module) generate();
