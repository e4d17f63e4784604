// Capacity for one SCF function: reserved concurrency (a guaranteed share that is also a cap, so
// spend and Redis connections are bounded), and optionally provisioned concurrency — pre-warmed
// instances, which SCF only provisions on a published version: publish a version, point the `live`
// alias at it, and provision instances on that version. The ingress then targets the alias.
import { Construct } from "constructs";
import { ScfFunction } from "../../.gen/providers/tencentcloud/scf-function";
import { ScfFunctionAlias } from "../../.gen/providers/tencentcloud/scf-function-alias";
import { ScfFunctionVersion } from "../../.gen/providers/tencentcloud/scf-function-version";
import { ScfProvisionedConcurrencyConfig } from "../../.gen/providers/tencentcloud/scf-provisioned-concurrency-config";
import { ScfReservedConcurrencyConfig } from "../../.gen/providers/tencentcloud/scf-reserved-concurrency-config";
import { SCF_NAMESPACE as NAMESPACE } from "../../../cloud/scf";

/** Name part of the alias the ingress invokes: `<app>-<env>-live`. */
export const LIVE_ALIAS_PART = "live";
/** Both functions live in SCF's default namespace (cloud/scf.ts). */
export const SCF_NAMESPACE = NAMESPACE.name;

/** `type.logical_id` of a resource: the form replace_triggered_by takes in JSON configuration. */
export function bareReference(resource: { terraformResourceType: string; friendlyUniqueId: string }): string {
  return `${resource.terraformResourceType}.${resource.friendlyUniqueId}`;
}

export interface FunctionCapacityProps {
  function: ScfFunction;
  /** The function's memory (MB): SCF reserves concurrency as memory, instances × memory. */
  memoryMb: number;
  reservedConcurrency: number;
  /** With provisioned concurrency: the alias name, `<app>-<env>-live`. */
  aliasName?: string;
  /** > 0: publish a version, alias it, provision this many instances. */
  provisionedConcurrency?: number;
}

export class FunctionCapacity extends Construct {
  readonly reserved: ScfReservedConcurrencyConfig;
  readonly version?: ScfFunctionVersion;
  readonly alias?: ScfFunctionAlias;
  readonly provisioned?: ScfProvisionedConcurrencyConfig;

  constructor(scope: Construct, id: string, props: FunctionCapacityProps) {
    super(scope, id);
    const fn = props.function;
    this.reserved = new ScfReservedConcurrencyConfig(this, "reserved", {
      functionName: fn.name,
      namespace: SCF_NAMESPACE,
      reservedConcurrencyMem: props.reservedConcurrency * props.memoryMb,
    });
    if (!props.provisionedConcurrency) return;
    if (!props.aliasName) throw new Error("provisioned concurrency needs an alias name");

    this.version = new ScfFunctionVersion(this, "version", {
      functionName: fn.name,
      namespace: SCF_NAMESPACE,
      description: "Published by cdktf for provisioned concurrency",
    });
    // A published version is immutable: publish a new one whenever the function changes (new
    // code or settings), so the alias — and the ingress behind it — never serves stale code. In
    // JSON configuration replace_triggered_by holds bare references (`type.name`); cdktf's
    // `lifecycle.replaceTriggeredBy` renders `${…}`, which `terraform init` refuses ("Invalid
    // character"), so the reference is written as an override.
    this.version.addOverride("lifecycle.replace_triggered_by", [bareReference(fn)]);
    this.alias = new ScfFunctionAlias(this, "alias", {
      functionName: fn.name,
      namespace: SCF_NAMESPACE,
      name: props.aliasName,
      functionVersion: this.version.functionVersion,
      description: "What the ingress invokes; provisioned instances sit on its version",
    });
    this.provisioned = new ScfProvisionedConcurrencyConfig(this, "provisioned", {
      functionName: fn.name,
      namespace: SCF_NAMESPACE,
      // SCF provisions on a version number, not on an alias or $LATEST.
      qualifier: this.version.functionVersion,
      versionProvisionedConcurrencyNum: props.provisionedConcurrency,
    });
  }
}
