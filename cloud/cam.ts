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
