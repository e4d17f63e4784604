// `npm run gen:providers`: regenerates infra/.gen (tencentcloud bindings) byte-for-byte, offline.
// It filters the committed full provider schema (infra/bindings/tencentcloud-provider-schema.json.gz,
// or TENCENTCLOUD_SCHEMA=<path to .json or .json.gz> for a newer provider) to the types in
// infra/bindings/provider-types.ts, writes that filtered schema, and generates from it.
import { existsSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { relative } from "node:path";
import { gunzipSync } from "node:zlib";
import { FILTERED_SCHEMA_PATH, formatSchemaDocument } from "../infra/bindings/filtered-schema";
import { BINDINGS_DIR, generateBindings } from "../infra/bindings/generate-bindings";
import { filterTencentcloudSchema, ProviderSchemaDocument } from "../infra/bindings/provider-schema-filter";
import { FULL_PROVIDER_SCHEMA_PATH } from "../infra/bindings/provider-types";

function readFullSchema(path: string): ProviderSchemaDocument {
  const raw = readFileSync(path);
  const text = path.endsWith(".gz") ? gunzipSync(raw).toString("utf8") : raw.toString("utf8");
  return JSON.parse(text) as ProviderSchemaDocument;
}

async function main(): Promise<void> {
  const fullSchemaPath = process.env.TENCENTCLOUD_SCHEMA || FULL_PROVIDER_SCHEMA_PATH;
  if (!existsSync(fullSchemaPath)) throw new Error(`provider schema not found: ${fullSchemaPath}`);
  const schema = filterTencentcloudSchema(readFullSchema(fullSchemaPath));
  writeFileSync(FILTERED_SCHEMA_PATH, formatSchemaDocument(schema));
  console.log(`filtered ${relative(process.cwd(), fullSchemaPath)} -> ${relative(process.cwd(), FILTERED_SCHEMA_PATH)}`);
  // Start from an empty directory so bindings of removed types disappear too.
  rmSync(BINDINGS_DIR, { recursive: true, force: true });
  await generateBindings(schema, BINDINGS_DIR);
  console.log(`bindings written to ${relative(process.cwd(), BINDINGS_DIR)}`);
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : String(error));
  process.exit(1);
});
