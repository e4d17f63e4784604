// Generates the TypeScript bindings for the filtered tencentcloud schema exactly as `cdktf get`
// lays them out (<outDir>/providers/tencentcloud/…, versions.json, constraints.json), offline.
// Used by `npm run gen:providers` and by the test that proves the committed bindings are current.
import { ConstructsMakerProviderTarget, Language } from "@cdktf/commons";
import { CodeMaker, TerraformProviderConstraint, TerraformProviderGenerator } from "@cdktf/provider-generator";
import { mkdirSync, writeFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { ProviderSchemaDocument } from "./provider-schema-filter";
import { TENCENTCLOUD_PROVIDER } from "./provider-types";

/** Committed bindings root (cdktf.json `codeMakerOutput`). */
export const BINDINGS_DIR = resolve(__dirname, "..", ".gen");

export async function generateBindings(schema: ProviderSchemaDocument, outDir: string): Promise<void> {
  const { fqpn, source, version } = TENCENTCLOUD_PROVIDER;
  // The generator mutates the schema it is given; work on a copy.
  const input = JSON.parse(JSON.stringify(schema)) as ProviderSchemaDocument;
  input.provider_versions = { [fqpn]: version };
  const constraint = new TerraformProviderConstraint(`${source}@${version}`);
  // The generator's schema type comes from @cdktf/commons; ours is the structural subset we read.
  const generator = new TerraformProviderGenerator(
    new CodeMaker(),
    input as unknown as ConstructorParameters<typeof TerraformProviderGenerator>[1],
  );
  generator.generate(new ConstructsMakerProviderTarget(constraint, Language.TYPESCRIPT));
  await generator.save(outDir);

  // The two bookkeeping files `cdktf get` writes next to the bindings: with them present an online
  // `cdktf get` recognises this version as already generated instead of emitting the whole provider.
  mkdirSync(outDir, { recursive: true });
  writeFileSync(join(outDir, "versions.json"), JSON.stringify({ [fqpn]: version }, null, 2) + "\n");
  writeFileSync(
    join(outDir, "constraints.json"),
    JSON.stringify({ cdktf: "0.21.0", providers: { [constraint.fqn]: version } }, null, 2) + "\n",
  );
}
