// Location and (de)serialisation of the committed filtered tencentcloud schema — the input of
// binding generation and of the synth-time schema check.
import { readFileSync } from "node:fs";
import { resolve } from "node:path";
import { ProviderSchemaDocument } from "./provider-schema-filter";

export const FILTERED_SCHEMA_PATH = resolve(__dirname, "tencentcloud-schema.json");

export function readFilteredSchema(path = FILTERED_SCHEMA_PATH): ProviderSchemaDocument {
  return JSON.parse(readFileSync(path, "utf8")) as ProviderSchemaDocument;
}

/** Serialises a schema document the way the committed file is written (stable, diff-friendly). */
export function formatSchemaDocument(schema: ProviderSchemaDocument): string {
  return JSON.stringify(schema, null, 1) + "\n";
}
