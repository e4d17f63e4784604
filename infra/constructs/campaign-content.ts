// CampaignContent: marketing SMS content as code — an optional marketing signature and the
// marketing body templates (tencentcloud_sms_template with sms_type 1), each submitted for review
// on first apply. Campaigns name their template and signature per campaign (the bulk-greeting
// catalogue), so nothing here is wired into the function; the ids are stack outputs instead.
import { Construct } from "constructs";
import { readFileSync } from "node:fs";
import { resolve } from "node:path";
import { SmsSign } from "../.gen/providers/tencentcloud/sms-sign";
import { SmsTemplate } from "../.gen/providers/tencentcloud/sms-template";
import { CampaignConfig } from "../config/environment-settings";
import { sendableTemplateId } from "./sms-content";

/** tencentcloud_sms_template sms_type: 0 regular, 1 marketing. */
export const MARKETING_SMS_TYPE = 1;

export interface CampaignContentProps {
  sign?: CampaignConfig["sign"];
  templates: CampaignConfig["templates"];
  /** Where the sign's proofImagePath is resolved from (the repository root). */
  baseDir?: string;
}

export class CampaignContent extends Construct {
  readonly sign?: SmsSign;
  /** Managed templates by catalogue key. */
  readonly templates: Record<string, SmsTemplate> = {};

  constructor(scope: Construct, id: string, props: CampaignContentProps) {
    super(scope, id);
    const baseDir = props.baseDir ?? resolve(__dirname, "..", "..");
    if (props.sign) {
      this.sign = new SmsSign(this, "sign", {
        signName: props.sign.name,
        signType: props.sign.signType,
        documentType: props.sign.documentType,
        international: props.sign.international,
        signPurpose: props.sign.signPurpose,
        proofImage: readFileSync(resolve(baseDir, props.sign.proofImagePath)).toString("base64"),
        remark: "Marketing greetings (bulk campaigns)",
      });
    }
    for (const template of props.templates) {
      this.templates[template.key] = new SmsTemplate(this, `template-${template.key}`, {
        templateName: template.name,
        templateContent: template.content,
        international: template.international,
        smsType: MARKETING_SMS_TYPE,
        remark: template.remark,
      });
    }
  }

  /** Catalogue key → numeric template id (resolved at apply; SendSms takes it as is), for the stack output. */
  templateIds(): Record<string, string> {
    return Object.fromEntries(Object.entries(this.templates).map(([key, t]) => [key, sendableTemplateId(t)]));
  }
}
