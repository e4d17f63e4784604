// The bundled phone metadata: every region libphonenumber-js knows, regenerated deterministically
// from the installed package, so an upgrade without a regeneration fails here rather than silently
// validating numbers against stale rules.
import { readFileSync } from "node:fs";
import {
  phoneMetadataFile,
  renderPhoneMetadata,
} from "../../../functions/verification/service/phone-metadata/generate-phone-metadata";

const committed = readFileSync(phoneMetadataFile, "utf8");

it("is exactly what the generator derives from the installed libphonenumber-js", () => {
  // If this fails after an upgrade: npx tsx functions/verification/service/phone-metadata/generate-phone-metadata.ts
  expect(committed === renderPhoneMetadata()).toBe(true);
});

it("keeps every region and calling code of the package's mobile metadata, without non-geographic plans", () => {
  // eslint-disable-next-line @typescript-eslint/no-require-imports -- a JSON file inside the package, not an export
  const full = require("libphonenumber-js/metadata.mobile.json");
  const ours = JSON.parse(committed);
  expect(Object.keys(ours.countries)).toEqual(Object.keys(full.countries));
  expect(Object.keys(ours.countries).length).toBeGreaterThan(240);
  expect(ours.country_calling_codes).toEqual(full.country_calling_codes);
  expect(ours.nonGeographic).toEqual({});
});
