// Generates the TypeScript bindings for the filtered tencentcloud schema and the random schema
// exactly as the framework's `get` lays them out (<outDir>/providers/<name>/…, versions.json,
// constraints.json), offline. Used by `npm run gen:providers` and by the test that proves the
// committed bindings are current. The generator comes from binding-generator.ts, so the same code
// produces cdktf bindings by default and CDK Terrain bindings after scripts/use-cdk-terrain.mjs.
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { join, resolve } from "node:path";
import {
  CodeMaker,
  ConstructsMakerProviderTarget,
  FRAMEWORK_VERSION,
  Language,
  TerraformProviderConstraint,
  TerraformProviderGenerator,
} from "./binding-generator";
import { ProviderSchemaDocument } from "./provider-schema-filter";
import { RANDOM_PROVIDER, RANDOM_SCHEMA_PATH, TENCENTCLOUD_PROVIDER } from "./provider-types";

/** Committed bindings root (cdktf.json `codeMakerOutput`). */
export const BINDINGS_DIR = resolve(__dirname, "..", ".gen");

interface ProviderSpec {
  source: string;
  version: string;
  fqpn: string;
}

export function readRandomSchema(path = RANDOM_SCHEMA_PATH): ProviderSchemaDocument {
  return JSON.parse(readFileSync(path, "utf8")) as ProviderSchemaDocument;
}

async function generateProvider(
  provider: ProviderSpec,
  schema: ProviderSchemaDocument,
  outDir: string,
): Promise<TerraformProviderConstraint> {
  // The generator mutates the schema it is given; work on a copy.
  const input = JSON.parse(JSON.stringify(schema)) as ProviderSchemaDocument;
  input.provider_versions = { [provider.fqpn]: provider.version };
  const constraint = new TerraformProviderConstraint(`${provider.source}@${provider.version}`);
  // The generator's schema type comes from the framework's commons; ours is the structural subset we read.
  const generator = new TerraformProviderGenerator(
    new CodeMaker(),
    input as unknown as ConstructorParameters<typeof TerraformProviderGenerator>[1],
  );
  generator.generate(new ConstructsMakerProviderTarget(constraint, Language.TYPESCRIPT));
  await generator.save(outDir);
  return constraint;
}

export async function generateBindings(
  tencentcloudSchema: ProviderSchemaDocument,
  outDir: string,
  randomSchema: ProviderSchemaDocument = readRandomSchema(),
): Promise<void> {
  const generated: [ProviderSpec, TerraformProviderConstraint][] = [
    [TENCENTCLOUD_PROVIDER, await generateProvider(TENCENTCLOUD_PROVIDER, tencentcloudSchema, outDir)],
    [RANDOM_PROVIDER, await generateProvider(RANDOM_PROVIDER, randomSchema, outDir)],
  ];

  // The two bookkeeping files `get` writes next to the bindings: with them present an online
  // `get` recognises these versions as already generated instead of emitting the whole provider.
  mkdirSync(outDir, { recursive: true });
  const byName = <T>(entries: [string, T][]) => Object.fromEntries(entries.sort(([a], [b]) => a.localeCompare(b)));
  writeFileSync(
    join(outDir, "versions.json"),
    JSON.stringify(byName(generated.map(([p]) => [p.fqpn, p.version])), null, 2) + "\n",
  );
  writeFileSync(
    join(outDir, "constraints.json"),
    JSON.stringify({ cdktf: FRAMEWORK_VERSION, providers: byName(generated.map(([p, c]) => [c.fqn, p.version])) }, null, 2) +
      "\n",
  );
}
