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
import { CliError, EXIT, parseCommandLine, runAsEntryPoint, runCli, type CliIo } from "./command-line";

export const GEN_PROVIDERS_USAGE = `usage: npm run gen:providers

Regenerates infra/.gen (the tencentcloud bindings) offline from the committed provider schema
(TENCENTCLOUD_SCHEMA=<path to .json or .json.gz> for a newer provider's), filtered to the types
in infra/bindings/provider-types.ts.
exit: 0 written; 1 failed; 64 bad usage
`;

function readFullSchema(path: string): ProviderSchemaDocument {
  const raw = readFileSync(path);
  const text = path.endsWith(".gz") ? gunzipSync(raw).toString("utf8") : raw.toString("utf8");
  return JSON.parse(text) as ProviderSchemaDocument;
}

async function generate(env: NodeJS.ProcessEnv, io: CliIo): Promise<void> {
  const fullSchemaPath = env.TENCENTCLOUD_SCHEMA || FULL_PROVIDER_SCHEMA_PATH;
  if (!existsSync(fullSchemaPath)) throw new CliError("SCHEMA_MISSING", `provider schema not found: ${fullSchemaPath}`);
  const schema = filterTencentcloudSchema(readFullSchema(fullSchemaPath));
  writeFileSync(FILTERED_SCHEMA_PATH, formatSchemaDocument(schema));
  io.stdout(`filtered ${relative(process.cwd(), fullSchemaPath)} -> ${relative(process.cwd(), FILTERED_SCHEMA_PATH)}\n`);
  // Start from an empty directory so bindings of removed types disappear too.
  rmSync(BINDINGS_DIR, { recursive: true, force: true });
  await generateBindings(schema, BINDINGS_DIR);
  io.stdout(`bindings written to ${relative(process.cwd(), BINDINGS_DIR)}\n`);
}

export const main = (argv: readonly string[], env: NodeJS.ProcessEnv, io: CliIo) =>
  runCli(
    "gen:providers",
    async () => {
      if (parseCommandLine(argv, { options: {}, positionals: { min: 0, max: 0, name: "arguments" } }).help) {
        io.stdout(GEN_PROVIDERS_USAGE);
        return EXIT.OK;
      }
      await generate(env, io);
      return EXIT.OK;
    },
    io,
    GEN_PROVIDERS_USAGE,
  );
runAsEntryPoint(module, main);
