// Who pulls the SMS app's delivery receipts. PullSmsSendStatus hands each receipt out once per SMS
// app, so an environment has exactly one puller: the bulk-greeting tick where it has campaigns (the
// tick passes the verification receipts on to the insights), otherwise the receipts timer on the
// verification function.
import { Construct } from "constructs";
import { EnvironmentConfig } from "../../config/environment-settings";
import type { Campaigns } from "../../constructs/campaigns";
import { FunctionRole } from "../../constructs/function-role";
import { ReceiptsTimer } from "../../constructs/receipts-timer";
import { ResourceNames } from "../../constructs/resource-names";
import { VerificationFunction } from "../../constructs/verification-function";

export function addReceiptsTimer(
  stack: Construct,
  config: EnvironmentConfig,
  names: ResourceNames,
  pullers: { role: FunctionRole; verification: VerificationFunction; campaigns?: Campaigns },
): ReceiptsTimer | undefined {
  if (pullers.campaigns) return undefined;
  return new ReceiptsTimer(stack, "receipts-timer", {
    names,
    function: pullers.verification.function,
    roleId: pullers.role.role.id,
    leastPrivilege: config.role.leastPrivilege,
    tags: config.tags,
  });
}
