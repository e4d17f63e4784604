// Tencent Cloud SMS: the CAM actions the functions' roles get, the preset policy, and ids the
// provider composes and the SendSms API reads.
import { CloudName, PROVIDER_SOURCE, Source } from "./source";

const SMS_CAM_DOC =
  "https://www.tencentcloud.com/document/product/382/38454 (SMS: Authorizable Resources and Actions — resource-level authorization for console APIs only, not for server APIs such as SendSms)";
const CAM_ACTION_FORM =
  "action form `<service>:<Api>` as in https://www.tencentcloud.com/document/product/583/38177 (scf:ListFunctions)";

/** What the verification function calls. */
export const SMS_SEND_ACTION: CloudName = {
  name: "sms:SendSms",
  source: `the Action SendSms (2021-01-11) the functions call through tencentcloud-sdk-nodejs-sms; ${CAM_ACTION_FORM}; ${SMS_CAM_DOC}`,
  confirm: "with role.leastPrivilege: a getSms to a test phone answers Success (no UnauthorizedOperation in the function's log)",
};

/** What the environment's one receipts puller calls: the bulk-greeting tick, or else the verification function's receipts timer. */
export const SMS_PULL_STATUS_ACTION: CloudName = {
  name: "sms:PullSmsSendStatus",
  source: `https://www.tencentcloud.com/document/api/382/40519 (PullSmsSendStatus, 2021-01-11); ${CAM_ACTION_FORM}; ${SMS_CAM_DOC}`,
  confirm:
    "with role.leastPrivilege: the bulk-greeting tick's log shows receipts filed (without campaigns: the verification function's \"delivery receipts\" line says Success, not PullFailed), no UnauthorizedOperation",
};

/** SMS server APIs have no resource-level scoping: "*" is the only resource CAM matches for them. */
export const SMS_SERVER_API_RESOURCE: CloudName<"*"> = { name: "*", source: SMS_CAM_DOC };

/** Tencent's preset policy: what the tutorial attaches when least privilege is off. */
export const SMS_FULL_ACCESS_POLICY: CloudName = {
  name: "QcloudSMSFullAccess",
  source:
    "https://www.tencentcloud.com/document/product/382/38455 (SMS preset policies: QcloudSMSFullAccess, QcloudSMSReadonlyAccess)",
};

/**
 * tencentcloud_sms_template's id is `<templateId>#<international>` (the provider joins the two with
 * its FILED_SP "#"); SendSms's TemplateId wants the numeric template id alone. There is no
 * `template_id` attribute in 1.83.25's schema, so the stacks take the part before the "#".
 */
export const SMS_TEMPLATE_ID_FORMAT = {
  separator: "#",
  source: PROVIDER_SOURCE("sms/resource_tc_sms_template.go (d.SetId(templateId + FILED_SP + international))"),
  confirm: "after apply, the function's SMS_TEMPLATE_ID is the number the SMS console lists under Templates",
  example: (templateId: number, international: number) => `${templateId}#${international}`,
} as const satisfies Source & Record<string, unknown>;

/** tencentcloud_sms_sign's id, the same way: `<signId>#<international>`. */
export const SMS_SIGN_ID_FORMAT = {
  separator: "#",
  source: PROVIDER_SOURCE("sms/resource_tc_sms_sign.go (d.SetId(signId + FILED_SP + international))"),
} as const satisfies Source & Record<string, unknown>;
