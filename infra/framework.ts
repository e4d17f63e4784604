// The CDK framework this project builds on, in one place: infra/ and its tests import the
// framework's classes from here, never from the package. Today that package is `cdktf` 0.21
// (final; HashiCorp archived it on 2025-12-10). Its maintained fork CDK Terrain (`cdktn`) has the
// same API, so moving is this module's `from "cdktf"` lines, infra/bindings/binding-generator.ts and
// regenerated bindings (infra/.gen): scripts/use-cdk-terrain.mjs does exactly that.
// eslint.config.mjs rejects a direct import of the framework anywhere else.
export {
  Annotations,
  App,
  AssetType,
  CosBackend,
  Fn,
  LocalBackend,
  TerraformAsset,
  TerraformOutput,
  TerraformStack,
  TerraformVariable,
  Testing,
  Token,
} from "cdktf";
export type { ITerraformDependable } from "cdktf";
// Type-only, so erased at run time: it brings the declarations of the jest matchers that
// Testing.setupJest() installs (toHaveResourceWithProperties, …) into the tests' type check.
export type { setupJest as JestMatchersSetup } from "cdktf/lib/testing/adapters/jest";

// hashicorp/random bindings, generated like the tencentcloud ones (infra/bindings/provider-types.ts
// says why not a prebuilt package); they import the framework above.
export { Password } from "./.gen/providers/random/password";
export { RandomProvider } from "./.gen/providers/random/provider";
