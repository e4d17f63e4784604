// FunctionRole: the CAM role SCF assumes to run a function, trusted only by scf.qcloud.com.
// Its SMS rights are either Tencent's preset QcloudSMSFullAccess (what the tutorial attaches) or,
// with leastPrivilege, a custom policy allowing only the listed SMS actions (by default
// sms:SendSms). Other rights (the campaign bucket) are attached by their own constructs.
import { Construct } from "constructs";
import { CamPolicy } from "../.gen/providers/tencentcloud/cam-policy";
import { CamRole } from "../.gen/providers/tencentcloud/cam-role";
import { CamRolePolicyAttachment } from "../.gen/providers/tencentcloud/cam-role-policy-attachment";
import { CamRolePolicyAttachmentByName } from "../.gen/providers/tencentcloud/cam-role-policy-attachment-by-name";
import { ResourceNames } from "./resource-names";

export interface FunctionRoleProps {
  names: ResourceNames;
  leastPrivilege: boolean;
  tags: Record<string, string>;
  /** Name part of the role: `<app>-<env>-<roleNamePart>`; default "function" (the verification function). */
  roleNamePart?: string;
  description?: string;
  /** The SMS actions the leastPrivilege policy allows; default sms:SendSms. */
  smsActions?: string[];
  /** Name part of the leastPrivilege policy; default "send-sms". */
  smsPolicyNamePart?: string;
}

export const SCF_SERVICE_PRINCIPAL = "scf.qcloud.com";
export const SMS_FULL_ACCESS_POLICY = "QcloudSMSFullAccess";

// CAM documents must use arrays where a string or an array is allowed (provider note).
const TRUST_POLICY = {
  version: "2.0",
  statement: [{ action: ["name/sts:AssumeRole"], effect: "allow", principal: { service: [SCF_SERVICE_PRINCIPAL] } }],
};

const DEFAULT_SMS_ACTIONS = ["sms:SendSms"];

// SMS actions have no resource-level scoping: "*" is the only resource CAM accepts for them.
function smsOnlyPolicy(actions: string[]) {
  return { version: "2.0", statement: [{ action: actions, effect: "allow", resource: ["*"] }] };
}

export class FunctionRole extends Construct {
  readonly role: CamRole;
  /** The role name, which is what tencentcloud_scf_function.role expects. */
  readonly roleName: string;

  constructor(scope: Construct, id: string, props: FunctionRoleProps) {
    super(scope, id);
    const { names } = props;
    this.role = new CamRole(this, "role", {
      name: names.of(props.roleNamePart ?? "function"),
      document: JSON.stringify(TRUST_POLICY),
      description: props.description ?? "Assumed by the verification function to send SMS",
      consoleLogin: false,
      tags: props.tags,
    });
    this.roleName = this.role.name;

    if (props.leastPrivilege) {
      const actions = props.smsActions ?? DEFAULT_SMS_ACTIONS;
      const policy = new CamPolicy(this, "send-sms-policy", {
        name: names.of(props.smsPolicyNamePart ?? "send-sms"),
        document: JSON.stringify(smsOnlyPolicy(actions)),
        description: `${actions.join(", ")} only`,
        tags: props.tags,
      });
      new CamRolePolicyAttachment(this, "send-sms-attachment", {
        roleId: this.role.id,
        policyId: policy.id,
      });
    } else {
      new CamRolePolicyAttachmentByName(this, "sms-full-access", {
        roleName: this.role.name,
        policyName: SMS_FULL_ACCESS_POLICY,
      });
    }
  }
}
