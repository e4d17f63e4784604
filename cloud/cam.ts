// CAM: the grammar every grant and trust document follows, and the trust a function role needs.
// A policy document is a free string to Terraform (tencentcloud_cam_policy / _role `document`); CAM
// reads it at apply, and a misspelt action or resource is accepted and then grants nothing.
import { CloudName, PROVIDER_SOURCE } from "./source";

const CAM_ELEMENTS =
  'https://www.tencentcloud.com/document/product/598/10603 (CAM policy element reference: version is "2.0"; an action is an API with the `name/` prefix)';
const CAM_GRAMMAR =
  'https://www.tencentcloud.com/document/product/598/10604 (CAM policy grammar: effect allow|deny, resource "*" or six-segment strings)';

export const CAM_POLICY_VERSION: CloudName<"2.0"> = { name: "2.0", source: CAM_ELEMENTS };
export const CAM_ALLOW: CloudName<"allow"> = { name: "allow", source: CAM_GRAMMAR };
/** Every resource: the only resource an operation-level API (no resource-level authorization) accepts. */
export const CAM_ANY_RESOURCE: CloudName<"*"> = { name: "*", source: CAM_GRAMMAR };

/** What a trusted service does with a role. */
export const ASSUME_ROLE_ACTION: CloudName = {
  name: "name/sts:AssumeRole",
  source: PROVIDER_SOURCE('cam/resource_tc_cam_role.md ("Or use service" example)'),
};

/**
 * The principal SCF assumes a function's role as (the role carrier "service-scf.qcloud.com" of SCF's
 * own roles). A wrong one is accepted, and the function then runs without the role's credentials.
 */
export const SCF_SERVICE_PRINCIPAL: CloudName = {
  name: "scf.qcloud.com",
  source: `${PROVIDER_SOURCE('cam/resource_tc_cam_role.md ("Or use service": principal service "scf.qcloud.com")')}; https://www.tencentcloud.com/document/product/583/31444 (SCF role and authorization: role carrier service-scf.qcloud.com)`,
  confirm:
    "CAM console → Roles → <app>-<env>-function → Role Entity shows scf.qcloud.com; the function's first request logs no credential error",
};

export interface CamStatement {
  action: string[];
  effect: string;
  resource: string[];
}

/** One allow statement (CAM documents use arrays where a string or an array is allowed: provider note). */
export function allowStatement(actions: readonly CloudName[], resources: readonly string[]): CamStatement {
  return { action: actions.map((a) => a.name), effect: CAM_ALLOW.name, resource: [...resources] };
}

/** A policy document: the version and its statements. */
export function policyDocument(statement: CamStatement[]) {
  return { version: CAM_POLICY_VERSION.name, statement };
}

/** A role's trust document: only `service` may assume the role. */
export function serviceTrustDocument(service: CloudName) {
  return {
    version: CAM_POLICY_VERSION.name,
    statement: [{ action: [ASSUME_ROLE_ACTION.name], effect: CAM_ALLOW.name, principal: { service: [service.name] } }],
  };
}

/**
 * Actions name an API as `<service>:<Api>` (or `name/<service>:<Api>`; CAM takes both) and may end
 * in a wildcard: `vpc:Describe*` is every API whose name starts with Describe, `vpc:*` every API.
 */
const CAM_ACTION_PATTERNS =
  "https://intl.cloud.tencent.com/document/product/215/35499 (VPC in CAM: `name/vpc:Describe*`, `name/vpc:*`); https://www.tencentcloud.com/document/product/239/32847 (Redis in CAM: `redis:Describe*`, `*`)";

/** The CAM abbreviation of each service the stacks create resources in: the prefix of its actions. */
export const CAM_SERVICES = {
  vpc: { name: "vpc", source: "https://intl.cloud.tencent.com/document/product/215/35499 (VPC: actions prefixed name/vpc:)" },
  redis: {
    name: "redis",
    source: 'https://www.tencentcloud.com/document/product/239/32847 (TencentDB for Redis: "APIs prefixed with redis:")',
  },
  scf: {
    name: "scf",
    source: "https://www.tencentcloud.com/document/product/583/38177 (SCF policy syntax: scf:ListFunctions, …)",
  },
  cam: {
    name: "cam",
    source:
      "https://www.tencentcloud.com/document/product/583/31444 (QcloudSCFFullAccess: cam:DescribeRoleList, cam:GetRole, cam:List*)",
  },
  ssm: {
    name: "ssm",
    source: "https://www.tencentcloud.com/document/product/598/57154 (CAM: Secrets Manager, abbreviation ssm)",
  },
  cls: {
    name: "cls",
    source: "https://www.tencentcloud.com/document/product/614/45004 (CLS access policy templates: cls:DescribeLogsets, …)",
  },
  monitor: {
    name: "monitor",
    source: "https://cloud.tencent.com/document/product/597/17989 (sample policy: name/monitor:GetMonitorData)",
  },
  cos: {
    name: "cos",
    source: "https://www.tencentcloud.com/document/product/598/57092 (CAM: Cloud Object Storage, abbreviation cos)",
  },
  sms: {
    name: "sms",
    source: "https://www.tencentcloud.com/document/product/382/38454 (SMS: Authorizable Resources and Actions)",
  },
} as const satisfies Record<string, CloudName>;

/** Every API of a service, or every API whose name starts with a verb: `camAction(CAM_SERVICES.vpc, "Describe*")`. */
export const CAM_WILDCARD = { name: "*", source: CAM_ACTION_PATTERNS } as const satisfies CloudName;

/** `<service>:<api or pattern>` for a service of CAM_SERVICES (pattern syntax: CAM_WILDCARD's source). */
export function camAction(service: CloudName, api: string): string {
  return `${service.name}:${api}`;
}

/** An action without the `name/` prefix, the spelling the CI policies use (CAM takes both: 598/10603). */
export function unprefixedAction(action: CloudName): string {
  return action.name.replace(/^name\//, "");
}

const CAM_API = (file: string) => PROVIDER_SOURCE(`cam/${file} (the CAM API the provider calls)`);

/**
 * CAM's own APIs the deployer needs to manage the stacks' roles and policies (and nothing of users,
 * groups or keys): what tencentcloud_cam_role, _cam_policy and _cam_role_policy_attachment call.
 */
export const CAM_ROLE_AND_POLICY_ACTIONS: readonly CloudName[] = [
  { name: "cam:CreateRole", source: CAM_API("resource_tc_cam_role.go") },
  { name: "cam:DeleteRole", source: CAM_API("service_tencentcloud_cam.go") },
  { name: "cam:UpdateAssumeRolePolicy", source: CAM_API("resource_tc_cam_role.go") },
  { name: "cam:UpdateRoleDescription", source: CAM_API("resource_tc_cam_role.go") },
  { name: "cam:CreatePolicy", source: CAM_API("resource_tc_cam_policy.go") },
  { name: "cam:DeletePolicy", source: CAM_API("resource_tc_cam_policy.go") },
  { name: "cam:UpdatePolicy", source: CAM_API("resource_tc_cam_policy.go") },
  { name: "cam:CreatePolicyVersion", source: CAM_API("resource_tc_cam_policy_version.go") },
  { name: "cam:DeletePolicyVersion", source: CAM_API("service_tencentcloud_cam.go") },
  { name: "cam:SetDefaultPolicyVersion", source: CAM_API("resource_tc_cam_set_policy_version_config.go") },
  { name: "cam:AttachRolePolicy", source: CAM_API("resource_tc_cam_role_policy_attachment.go") },
  { name: "cam:DetachRolePolicy", source: CAM_API("service_tencentcloud_cam.go") },
  {
    name: "cam:PassRole",
    // Not an API the provider calls: CAM checks it when a role is handed to a service (an SCF function's `role`).
    source:
      "https://www.tencentcloud.com/document/product/598/10603 (action element); PassRole is the CAM action for handing a role to a service, which no page stored here documents",
    confirm: "CI's first apply of an environment creates both functions with their roles, without UnauthorizedOperation",
  },
];

/** Reading the role list (tencentcloud_cam_role's read), beside the cam:Get* / cam:List* patterns. */
export const CAM_DESCRIBE_ROLE_LIST: CloudName = { name: "cam:DescribeRoleList", source: CAM_API("service_tencentcloud_cam.go") };
