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
import { allowStatement, policyDocument, SCF_SERVICE_PRINCIPAL, serviceTrustDocument } from "../../cloud/cam";
import { SMS_FULL_ACCESS_POLICY, SMS_SEND_ACTION, SMS_SERVER_API_RESOURCE } from "../../cloud/sms";
import type { CloudName } from "../../cloud/source";

export interface FunctionRoleProps {
  names: ResourceNames;
  leastPrivilege: boolean;
  tags: Record<string, string>;
  /** Name part of the role: `<app>-<env>-<roleNamePart>`; default "function" (the verification function). */
  roleNamePart?: string;
  description?: string;
  /** The SMS actions the leastPrivilege policy allows (cloud/sms.ts); default sms:SendSms. */
  smsActions?: CloudName[];
  /** Name part of the leastPrivilege policy; default "send-sms". */
  smsPolicyNamePart?: string;
}

// Only SCF may assume the role (cloud/cam.ts).
const TRUST_POLICY = serviceTrustDocument(SCF_SERVICE_PRINCIPAL);

const DEFAULT_SMS_ACTIONS = [SMS_SEND_ACTION];

// SMS server APIs have no resource-level scoping: "*" is the only resource CAM accepts for them.
function smsOnlyPolicy(actions: CloudName[]) {
  return policyDocument([allowStatement(actions, [SMS_SERVER_API_RESOURCE.name])]);
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
        description: `${actions.map((a) => a.name).join(", ")} only`,
        tags: props.tags,
      });
      new CamRolePolicyAttachment(this, "send-sms-attachment", {
        roleId: this.role.id,
        policyId: policy.id,
      });
    } else {
      new CamRolePolicyAttachmentByName(this, "sms-full-access", {
        roleName: this.role.name,
        policyName: SMS_FULL_ACCESS_POLICY.name,
      });
    }
  }
}
