// Typed model of `terraform show -json <planfile>` (JSON output format 1.x). Field names
// follow hashicorp/terraform-json (Plan, ResourceChange, Change, OutputChange); only the
// parts the review reads are modelled, everything else passes through untouched.

/** One of terraform's planned actions; a replacement is two actions in one list. */
export type PlanAction = "no-op" | "create" | "read" | "update" | "delete" | "forget";

/** A JSON value as terraform renders attribute values. */
export type JsonValue = null | boolean | number | string | JsonValue[] | { [key: string]: JsonValue };

/**
 * Mirrors a value's shape: `true` where the value (or the whole subtree) is sensitive /
 * unknown, `false` or absent where it is not.
 */
export type ValueMarks = boolean | ValueMarks[] | { [key: string]: ValueMarks };

/** A path inside a resource's attributes, e.g. ["triggers", 0, "type"]. */
export type AttributePath = Array<string | number>;

export interface Change {
  actions: PlanAction[];
  before: JsonValue | undefined;
  after: JsonValue | undefined;
  after_unknown?: ValueMarks;
  before_sensitive?: ValueMarks;
  after_sensitive?: ValueMarks;
  replace_paths?: AttributePath[];
  importing?: { id?: string; identity?: JsonValue };
  generated_config?: string;
}

export type ActionReason =
  | "replace_because_tainted"
  | "replace_because_cannot_update"
  | "replace_by_request"
  | "replace_by_triggers"
  | "delete_because_no_resource_config"
  | "delete_because_wrong_repetition"
  | "delete_because_count_index"
  | "delete_because_each_key"
  | "delete_because_no_module"
  | "delete_because_no_move_target"
  | "read_because_config_unknown"
  | "read_because_dependency_pending"
  | "read_because_check_nested"
  | string;

export interface ResourceChange {
  address: string;
  previous_address?: string;
  module_address?: string;
  mode: "managed" | "data";
  type: string;
  name: string;
  index?: string | number;
  provider_name: string;
  deposed?: string;
  change: Change;
  action_reason?: ActionReason;
}

export interface OutputChange extends Omit<Change, "replace_paths"> {
  sensitive?: boolean;
}

export interface PlanVariable {
  value: JsonValue;
}

export interface ConfigVariable {
  sensitive?: boolean;
  description?: string;
}

/** Only the part of `configuration` the review reads: which variables are sensitive. */
export interface PlanConfiguration {
  root_module?: { variables?: Record<string, ConfigVariable> };
}

/** The subset of a `terraform show -json` plan document the review uses. */
export interface Plan {
  format_version: string;
  terraform_version?: string;
  variables?: Record<string, PlanVariable>;
  resource_changes: ResourceChange[];
  resource_drift: ResourceChange[];
  output_changes: Record<string, OutputChange>;
  configuration?: PlanConfiguration;
  errored?: boolean;
  applyable?: boolean;
  complete?: boolean;
  timestamp?: string;
}
