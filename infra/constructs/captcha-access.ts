// CaptchaAccess: what an environment with Tencent Captcha needs besides the function's settings —
// the AppSecretKey as a sensitive Terraform variable (it goes into the function's Secrets Manager
// secret, never into source or the synthesized JSON) and a CAM grant of the one action the
// function calls, captcha:DescribeCaptchaResult.
import { TerraformVariable } from "../framework";
import { Construct } from "constructs";
import { CamPolicy } from "../.gen/providers/tencentcloud/cam-policy";
import { CamRolePolicyAttachment } from "../.gen/providers/tencentcloud/cam-role-policy-attachment";
import { ResourceNames } from "./resource-names";
import { allowStatement, CAM_ANY_RESOURCE, policyDocument } from "../../cloud/cam";
import { CAPTCHA_VERIFY_ACTION } from "../../cloud/captcha";

/** The only Captcha action the function's role may call. */
export const CAPTCHA_ACTIONS = [CAPTCHA_VERIFY_ACTION];

export interface CaptchaAccessProps {
  names: ResourceNames;
  roleId: string;
  tags: Record<string, string>;
}

export class CaptchaAccess extends Construct {
  /** Reference to the AppSecretKey (TF_VAR_captcha_app_secret_key at plan/apply). */
  readonly appSecretKey: string;

  constructor(scope: Construct, id: string, props: CaptchaAccessProps) {
    super(scope, id);
    const variable = new TerraformVariable(scope, "captcha_app_secret_key", {
      type: "string",
      sensitive: true,
      description: "Tencent Captcha AppSecretKey (Captcha console → app → AppSecretKey); stored in Secrets Manager",
    });
    this.appSecretKey = variable.stringValue;
    const policy = new CamPolicy(this, "policy", {
      name: props.names.of("captcha-verify"),
      document: JSON.stringify(policyDocument([allowStatement(CAPTCHA_ACTIONS, [CAM_ANY_RESOURCE.name])])),
      description: "captcha:DescribeCaptchaResult only: server-side ticket checks",
      tags: props.tags,
    });
    new CamRolePolicyAttachment(this, "attachment", { roleId: props.roleId, policyId: policy.id });
  }
}
