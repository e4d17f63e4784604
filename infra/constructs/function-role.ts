// FunctionRole: the CAM role SCF assumes to run the function, trusted only by scf.qcloud.com.
// It may send SMS and nothing else: either Tencent's preset QcloudSMSFullAccess (what the
// tutorial attaches) or, with leastPrivilege, a custom policy allowing only sms:SendSms.
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
}

export const SCF_SERVICE_PRINCIPAL = "scf.qcloud.com";
export const SMS_FULL_ACCESS_POLICY = "QcloudSMSFullAccess";

// CAM documents must use arrays where a string or an array is allowed (provider note).
const TRUST_POLICY = {
  version: "2.0",
  statement: [
    { action: ["name/sts:AssumeRole"], effect: "allow", principal: { service: [SCF_SERVICE_PRINCIPAL] } },
  ],
};

const SEND_SMS_ONLY_POLICY = {
  version: "2.0",
  statement: [{ action: ["sms:SendSms"], effect: "allow", resource: ["*"] }],
};

export class FunctionRole extends Construct {
  readonly role: CamRole;
  /** The role name, which is what tencentcloud_scf_function.role expects. */
  readonly roleName: string;

  constructor(scope: Construct, id: string, props: FunctionRoleProps) {
    super(scope, id);
    const { names } = props;
    this.role = new CamRole(this, "role", {
      name: names.of("function"),
      document: JSON.stringify(TRUST_POLICY),
      description: "Assumed by the verification function to send SMS",
      consoleLogin: false,
      tags: props.tags,
    });
    this.roleName = this.role.name;

    if (props.leastPrivilege) {
      const policy = new CamPolicy(this, "send-sms-policy", {
        name: names.of("send-sms"),
        document: JSON.stringify(SEND_SMS_ONLY_POLICY),
        description: "sms:SendSms only",
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
