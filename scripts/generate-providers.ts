// `npm run gen:providers`: regenerates infra/.gen (tencentcloud bindings) byte-for-byte.
// With the full provider schema available (../shared/tencentcloud-provider/schema.json.gz or
// TENCENTCLOUD_SCHEMA=<path to .json or .json.gz>) it first re-filters it to the types in
// infra/bindings/provider-types.ts; otherwise it regenerates from the committed filtered schema.
import { existsSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { resolve } from "node:path";
import { gunzipSync } from "node:zlib";
import { FILTERED_SCHEMA_PATH, formatSchemaDocument, readFilteredSchema } from "../infra/bindings/filtered-schema";
import { BINDINGS_DIR, generateBindings } from "../infra/bindings/generate-bindings";
import { filterTencentcloudSchema, ProviderSchemaDocument } from "../infra/bindings/provider-schema-filter";

const DEFAULT_FULL_SCHEMA = resolve(__dirname, "..", "..", "shared", "tencentcloud-provider", "schema.json.gz");

function readFullSchema(path: string): ProviderSchemaDocument {
  const raw = readFileSync(path);
  const text = path.endsWith(".gz") ? gunzipSync(raw).toString("utf8") : raw.toString("utf8");
  return JSON.parse(text) as ProviderSchemaDocument;
}

async function main(): Promise<void> {
  const fullSchemaPath = process.env.TENCENTCLOUD_SCHEMA ?? DEFAULT_FULL_SCHEMA;
  let schema: ProviderSchemaDocument;
  if (existsSync(fullSchemaPath)) {
    schema = filterTencentcloudSchema(readFullSchema(fullSchemaPath));
    writeFileSync(FILTERED_SCHEMA_PATH, formatSchemaDocument(schema));
    console.log(`filtered ${fullSchemaPath} -> ${FILTERED_SCHEMA_PATH}`);
  } else {
    schema = readFilteredSchema();
    console.log(`full schema not found at ${fullSchemaPath}; using the committed ${FILTERED_SCHEMA_PATH}`);
  }
  // Start from an empty directory so bindings of removed types disappear too.
  rmSync(BINDINGS_DIR, { recursive: true, force: true });
  await generateBindings(schema, BINDINGS_DIR);
  console.log(`bindings written to ${BINDINGS_DIR}`);
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : String(error));
  process.exit(1);
});
