// The tencentcloud resource and data-source types the stacks use. Bindings are generated only for
// these (the whole provider would be tens of megabytes of TypeScript); adding a type is one line
// here followed by `npm run gen:providers`.
import { resolve } from "node:path";

export const TENCENTCLOUD_PROVIDER = {
  source: "tencentcloudstack/tencentcloud",
  version: "1.83.25",
  fqpn: "registry.terraform.io/tencentcloudstack/tencentcloud",
} as const;

/**
 * hashicorp/random, for generated passwords. Its bindings are generated here too, from
 * random-schema.json, rather than taken from a prebuilt package: `@cdktf/provider-random` exists
 * only for cdktf and `@cdktn/provider-random` 15 pins random 3.9.1, so generating from one committed
 * schema keeps both frameworks on the same provider version (3.7.2, the one in the offline mirror).
 * random-schema.json is `terraform providers schema -json` of random 3.7.2, cut to the types below.
 */
export const RANDOM_PROVIDER = {
  source: "hashicorp/random",
  version: "3.7.2",
  fqpn: "registry.terraform.io/hashicorp/random",
} as const;
export const RANDOM_RESOURCE_TYPES: readonly string[] = ["random_password"];
export const RANDOM_SCHEMA_PATH = resolve(__dirname, "random-schema.json");

/**
 * The provider's complete schema (`terraform providers schema -json`, gzip) for the version above,
 * committed so a new type can be added from the repository alone. Moving to a newer provider
 * version replaces this file and the version together (docs/contributing.md).
 */
export const FULL_PROVIDER_SCHEMA_PATH = resolve(__dirname, "tencentcloud-provider-schema.json.gz");

export const TENCENTCLOUD_RESOURCE_TYPES: readonly string[] = [
  "tencentcloud_vpc",
  "tencentcloud_subnet",
  "tencentcloud_security_group",
  "tencentcloud_security_group_rule_set",
  "tencentcloud_redis_instance",
  "tencentcloud_cam_role",
  "tencentcloud_cam_policy",
  "tencentcloud_cam_role_policy_attachment",
  "tencentcloud_cam_role_policy_attachment_by_name",
  "tencentcloud_scf_function",
  "tencentcloud_api_gateway_service",
  "tencentcloud_sms_sign",
  "tencentcloud_sms_template",
  // Bulk greeting campaigns: the private bucket for recipients files and results.
  "tencentcloud_cos_bucket",
  // Function secrets (Redis password, code pepper, signing keys) in Secrets Manager.
  "tencentcloud_ssm_secret",
  "tencentcloud_ssm_secret_version",
  // Operations (issue 11): CLS logs and log alarms, Cloud Monitor alarm contacts and policies (bound
  // to the functions and the Redis instance), and the SCF capacity controls: reserved concurrency,
  // a published version + alias with provisioned concurrency, and a standalone trigger that can
  // point the ingress at that alias.
  "tencentcloud_cls_logset",
  "tencentcloud_cls_topic",
  "tencentcloud_cls_index",
  "tencentcloud_cls_alarm",
  "tencentcloud_cls_alarm_notice",
  // Verification insights (issue 23): the funnel as CLS SQL panels.
  "tencentcloud_cls_dashboard",
  "tencentcloud_monitor_alarm_notice",
  "tencentcloud_monitor_alarm_policy",
  "tencentcloud_monitor_policy_binding_object",
  "tencentcloud_scf_function_version",
  "tencentcloud_scf_function_alias",
  "tencentcloud_scf_reserved_concurrency_config",
  "tencentcloud_scf_provisioned_concurrency_config",
  "tencentcloud_scf_trigger",
];

// Data sources call the cloud API during plan and would hang offline; none are used today.
export const TENCENTCLOUD_DATA_SOURCE_TYPES: readonly string[] = [];
