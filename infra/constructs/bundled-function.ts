// BundledFunction: an SCF function whose code is one entry point bundled by esbuild during synth
// (functions/build/bundle.ts) and shipped as a TerraformAsset zip — the asset path carries the
// content hash, so a code change re-uploads. It runs in the VPC subnet as a CAM role; subclasses
// (VerificationFunction, BulkGreetingFunction) decide the environment and the triggers.
import { AssetType, ITerraformDependable, TerraformAsset } from "../framework";
import { Construct } from "constructs";
import { ScfFunction, ScfFunctionTriggers } from "../.gen/providers/tencentcloud/scf-function";
import { buildFunctionArchive } from "../assets/function-archive";
import type { LogDestination } from "./operations/function-logs";
import { SCF_HANDLER as HANDLER } from "../../cloud/scf";

/** Every function's module exports `main_handler`; the bundle is written as index.js. */
export const SCF_HANDLER = HANDLER.name;

export interface BundledFunctionProps {
  name: string;
  description: string;
  /** The TypeScript module exporting main_handler. */
  entryPoint: string;
  runtime: string;
  /** esbuild target matching the runtime (node20 for Nodejs20.19, node18 for Nodejs18.15). */
  bundleTarget: string;
  memoryMb: number;
  timeoutSeconds: number;
  vpcId: string;
  subnetId: string;
  roleName: string;
  environment: Record<string, string>;
  triggers: ScfFunctionTriggers[];
  tags: Record<string, string>;
  /** The environment's CLS logset and topic; the function's stdout is shipped there. */
  logs?: LogDestination;
  /** Resources that must exist before the function's first invocation (e.g. its role's grants). */
  dependsOn?: ITerraformDependable[];
}

/** Where and how a function runs; every function of a stack is placed the same way. */
export type FunctionPlacement = Pick<
  BundledFunctionProps,
  "runtime" | "bundleTarget" | "memoryMb" | "timeoutSeconds" | "vpcId" | "subnetId" | "roleName" | "tags" | "logs"
>;

/** Copies exactly the placement fields, so a subclass's own props do not leak into the function. */
export function placementOf(props: FunctionPlacement): FunctionPlacement {
  const { runtime, bundleTarget, memoryMb, timeoutSeconds, vpcId, subnetId, roleName, tags, logs } = props;
  return { runtime, bundleTarget, memoryMb, timeoutSeconds, vpcId, subnetId, roleName, tags, logs };
}

export class BundledFunction extends Construct {
  readonly function: ScfFunction;
  readonly asset: TerraformAsset;
  readonly bundleBytes: number;

  constructor(scope: Construct, id: string, props: BundledFunctionProps) {
    super(scope, id);
    const bundle = buildFunctionArchive(props.entryPoint, props.bundleTarget);
    this.bundleBytes = bundle.bytes;
    // The zip is built in-process once per synth (infra/assets/function-archive.ts): AssetType.ARCHIVE would
    // spawn a zipping Node process per function and stack.
    this.asset = new TerraformAsset(this, "code", { path: bundle.archive, type: AssetType.FILE, assetHash: bundle.hash });

    this.function = new ScfFunction(this, "function", {
      name: props.name,
      description: props.description,
      handler: SCF_HANDLER,
      runtime: props.runtime,
      memSize: props.memoryMb,
      timeout: props.timeoutSeconds,
      zipFile: this.asset.path,
      vpcId: props.vpcId,
      subnetId: props.subnetId,
      // In a VPC the function needs public egress for the SMS API (sms.tencentcloudapi.com).
      enablePublicNet: true,
      role: props.roleName,
      environment: props.environment,
      // No block at all when the function has no triggers of its own (a standalone trigger on an
      // alias must not fight an empty `triggers` list).
      triggers: props.triggers.length > 0 ? props.triggers : undefined,
      clsLogsetId: props.logs?.logsetId,
      clsTopicId: props.logs?.topicId,
      tags: props.tags,
      dependsOn: props.dependsOn,
    });
  }
}
