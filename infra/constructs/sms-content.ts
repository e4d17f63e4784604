// SmsContent: the SMS signature and the verification body template, either managed as code
// (tencentcloud_sms_sign / tencentcloud_sms_template, submitted for Tencent's review on apply) or
// referenced by the name/id of ones already approved in the console. Either way the function
// gets SMS_SIGN and SMS_TEMPLATE_ID from here.
import { Fn } from "../framework";
import { Construct } from "constructs";
import { readFileSync } from "node:fs";
import { resolve } from "node:path";
import { SmsSign } from "../.gen/providers/tencentcloud/sms-sign";
import { SmsTemplate } from "../.gen/providers/tencentcloud/sms-template";
import { SMS_TEMPLATE_ID_FORMAT } from "../../cloud/sms";
import { SmsSettings } from "../config/environment-settings";

/**
 * The numeric template id SendSms wants, from a managed template: the provider's id is
 * `<templateId>#<international>` (cloud/sms.ts) and the schema has no template_id attribute.
 */
export function sendableTemplateId(template: SmsTemplate): string {
  return Fn.element(Fn.split(SMS_TEMPLATE_ID_FORMAT.separator, template.id), 0);
}

/** The tutorial's verification body: {1} is the code, {2} the minutes it stays valid. */
export const VERIFICATION_TEMPLATE_CONTENT = "您的验证码为：{1}，请于{2}分钟内填写。如非本人操作，请忽略本短信。";

export interface SmsContentProps {
  settings: SmsSettings;
  /** Where proofImagePath is resolved from (the repository root). */
  baseDir?: string;
}

export class SmsContent extends Construct {
  readonly sign?: SmsSign;
  readonly template?: SmsTemplate;
  /** Value for SMS_SIGN: the signature text. */
  readonly signName: string;
  /** Value for SMS_TEMPLATE_ID: literal id, or the numeric part of the managed template's id. */
  readonly templateId: string;

  constructor(scope: Construct, id: string, props: SmsContentProps) {
    super(scope, id);
    const { sign, template } = props.settings;
    const baseDir = props.baseDir ?? resolve(__dirname, "..", "..");

    if (sign.manage) {
      this.sign = new SmsSign(this, "sign", {
        signName: sign.name,
        signType: sign.signType,
        documentType: sign.documentType,
        international: sign.international,
        signPurpose: sign.signPurpose,
        proofImage: readFileSync(resolve(baseDir, sign.proofImagePath)).toString("base64"),
        remark: "Verification codes for login",
      });
      // The function sends the signature text; a reference orders the function after the sign.
      this.signName = this.sign.signName;
    } else {
      this.signName = sign.name;
    }

    if (template.manage) {
      this.template = new SmsTemplate(this, "template", {
        templateName: template.name,
        templateContent: template.content ?? VERIFICATION_TEMPLATE_CONTENT,
        international: template.international,
        smsType: 0,
        remark: template.remark,
      });
      this.templateId = sendableTemplateId(this.template);
    } else {
      this.templateId = template.id;
    }
  }
}
