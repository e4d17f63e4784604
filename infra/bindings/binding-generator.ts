// The CDK framework's binding generator, in one place: the build-time counterpart of
// infra/framework.ts. generate-bindings.ts takes the generator from here, so moving to CDK Terrain
// (scripts/use-cdk-terrain.mjs) rewrites these lines and infra/framework.ts, and nothing else.
export { ConstructsMakerProviderTarget, Language } from "@cdktf/commons";
export { CodeMaker, TerraformProviderConstraint, TerraformProviderGenerator } from "@cdktf/provider-generator";
// Recorded in constraints.json as the framework's own `get` does.
export { version as FRAMEWORK_VERSION } from "cdktf/package.json";
