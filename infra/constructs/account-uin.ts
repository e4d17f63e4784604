// The account's uin as a stack input (`account_uin`): CAM resource strings name it (cloud/ssm.ts).
// No default and no data source in the stack, so synth and offline plans never call the cloud;
// `npm run plan` reads it from tencentcloud_user_info with the deployer's credentials
// (infra/plan-review/catalogue/cloud-catalogue.ts) and hands it to terraform as TF_VAR_account_uin.
import { Construct } from "constructs";
import { TerraformStack, TerraformVariable } from "../framework";

export const ACCOUNT_UIN_VARIABLE = "account_uin";

/** `${var.account_uin}` of the scope's stack, declaring the variable once. */
export function accountUin(scope: Construct): string {
  const stack = TerraformStack.of(scope);
  let variable = stack.node.tryFindChild(ACCOUNT_UIN_VARIABLE) as TerraformVariable | undefined;
  if (!variable) {
    variable = new TerraformVariable(stack, ACCOUNT_UIN_VARIABLE, {
      type: "string",
      description: "The account's uin (owner_uin): `npm run plan` reads it from tencentcloud_user_info",
    });
    variable.overrideLogicalId(ACCOUNT_UIN_VARIABLE);
  }
  return variable.stringValue;
}
