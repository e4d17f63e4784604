// Tencent Cloud SMS: ids the provider composes and the SendSms API reads.
import { PROVIDER_SOURCE, Source } from "./source";

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
