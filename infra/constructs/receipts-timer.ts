// ReceiptsTimer: a timer trigger on the verification function, so the delivery receipts of
// verification SMS are pulled every minute (functions/verification/receipts/receipts-timer.ts) in
// an environment whose SMS app has no other puller. PullSmsSendStatus hands each receipt out once
// per SMS app: where the environment has campaigns, the bulk-greeting tick pulls them (and passes
// the verification ones to the insights), and the stack adds no receipts timer. A standalone
// tencentcloud_scf_trigger rather than a block in the function's `triggers`: changing that set makes
// the provider delete and recreate every trigger in it, Function URL included. With least privilege
// the role gets sms:PullSmsSendStatus for it (QcloudSMSFullAccess has it already).
import { Construct } from "constructs";
import { CamPolicy } from "../.gen/providers/tencentcloud/cam-policy";
import { CamRolePolicyAttachment } from "../.gen/providers/tencentcloud/cam-role-policy-attachment";
import { ScfFunction } from "../.gen/providers/tencentcloud/scf-function";
import { ScfTrigger } from "../.gen/providers/tencentcloud/scf-trigger";
import { allowStatement, policyDocument } from "../../cloud/cam";
import { SCF_NAMESPACE, SCF_TRIGGER_ENABLED, SCF_TRIGGER_TYPES } from "../../cloud/scf";
import { SMS_PULL_STATUS_ACTION, SMS_SERVER_API_RESOURCE } from "../../cloud/sms";
import { ResourceNames } from "./resource-names";

/** Every minute at second 0 (SCF's seven-field cron), like the bulk-greeting tick's default. */
export const RECEIPTS_TIMER_CRON = "0 * * * * * *";

export interface ReceiptsTimerProps {
  names: ResourceNames;
  /** The verification function; its $LATEST version runs the tick. */
  function: ScfFunction;
  roleId: string;
  leastPrivilege: boolean;
  tags: Record<string, string>;
}

export class ReceiptsTimer extends Construct {
  readonly trigger: ScfTrigger;
  /** The least-privilege grant of PullSmsSendStatus (absent with QcloudSMSFullAccess). */
  readonly policy?: CamPolicy;

  constructor(scope: Construct, id: string, props: ReceiptsTimerProps) {
    super(scope, id);
    const { names } = props;
    let grant: CamRolePolicyAttachment | undefined;
    if (props.leastPrivilege) {
      this.policy = new CamPolicy(this, "policy", {
        name: names.of("pull-sms-receipts"),
        document: JSON.stringify(policyDocument([allowStatement([SMS_PULL_STATUS_ACTION], [SMS_SERVER_API_RESOURCE.name])])),
        description: "sms:PullSmsSendStatus only: delivery receipts of verification SMS for the insights",
        tags: props.tags,
      });
      grant = new CamRolePolicyAttachment(this, "attachment", { roleId: props.roleId, policyId: this.policy.id });
    }
    this.trigger = new ScfTrigger(this, "trigger", {
      functionName: props.function.name,
      namespace: SCF_NAMESPACE.name,
      type: SCF_TRIGGER_TYPES.timer.name,
      // SCF: 1-60 of a-z A-Z 0-9 - _, starting with a letter; the provider requires one for a timer.
      triggerName: names.of("receipts"),
      triggerDesc: RECEIPTS_TIMER_CRON,
      description: "Pulls delivery receipts of verification SMS into the insights",
      enable: SCF_TRIGGER_ENABLED.name,
      // The first tick must not meet a role that may not pull yet.
      dependsOn: grant ? [grant] : undefined,
    });
  }
}
