// SmsContent: the SMS signatures and verification templates, each either managed as code
// (tencentcloud_sms_sign / tencentcloud_sms_template, submitted for Tencent's review on apply) or
// referenced by the name/id of ones already approved in the console. Tencent keeps mainland China
// (domestic) and international/HMT content apart, so an environment has a domestic pair
// (sms.sign + sms.template, more locales in sms.locales) and optionally an international one
// (sms.international). The function gets SMS_SIGN, SMS_INTERNATIONAL_SIGN, SMS_TEMPLATES and
// SMS_DEFAULT_LOCALE from here (functions/verification/service/sms-templates.ts picks per request).
import { Fn } from "../framework";
import { Construct } from "constructs";
import { readFileSync } from "node:fs";
import { resolve } from "node:path";
import { SmsSign } from "../.gen/providers/tencentcloud/sms-sign";
import { SmsTemplate } from "../.gen/providers/tencentcloud/sms-template";
import { SMS_TEMPLATE_ID_FORMAT } from "../../cloud/sms";
// The function's own default, so an entry without sms.defaultLocale means the same on both sides.
import { DEFAULT_SMS_LOCALE } from "../../functions/verification/settings";
import {
  ExistingSignSettings,
  ExistingTemplateSettings,
  ManagedSignSettings,
  ManagedTemplateSettings,
  SmsSettings,
} from "../config/environment-settings";

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

type Kind = "domestic" | "international";

export class SmsContent extends Construct {
  readonly sign?: SmsSign;
  readonly template?: SmsTemplate;
  /** Value for SMS_SIGN: the primary (domestic, or the only) signature text. */
  readonly signName: string;
  /** The primary template in the default locale: literal id or a reference to the managed template. */
  readonly templateId: string;
  /** Value for SMS_INTERNATIONAL_SIGN, when there is an international pair. */
  readonly internationalSignName?: string;
  /** Value for SMS_TEMPLATES: "<kind>:<locale>=<id>,…" (ids may be references). */
  readonly templateList: string;
  readonly defaultLocale: string;
  /** Every managed template, by "<kind>:<locale>". */
  readonly templates: Record<string, SmsTemplate> = {};

  constructor(scope: Construct, id: string, props: SmsContentProps) {
    super(scope, id);
    const settings = props.settings;
    const baseDir = props.baseDir ?? resolve(__dirname, "..", "..");
    this.defaultLocale = settings.defaultLocale ?? DEFAULT_SMS_LOCALE;

    const primary = this.signOf("sign", settings.sign, baseDir);
    this.sign = primary.resource;
    this.signName = primary.name;
    // The primary pair is domestic unless it alone serves regions outside mainland China.
    const primaryKind: Kind =
      settings.template.manage && settings.template.international === 1 && !settings.international
        ? "international"
        : (settings.allowedRegions ?? ["CN"]).includes("CN") || settings.international
          ? "domestic"
          : "international";

    const entries: string[] = [];
    const primaryTemplate = this.templateOf("template", settings.template);
    this.template = primaryTemplate.resource;
    this.templateId = primaryTemplate.id;
    if (primaryTemplate.resource) this.templates[`${primaryKind}:${this.defaultLocale}`] = primaryTemplate.resource;
    entries.push(`${primaryKind}:${this.defaultLocale}=${primaryTemplate.id}`);
    for (const [locale, template] of Object.entries(settings.locales ?? {})) {
      const made = this.templateOf(`template-${locale}`, template);
      if (made.resource) this.templates[`${primaryKind}:${locale}`] = made.resource;
      entries.push(`${primaryKind}:${locale}=${made.id}`);
    }

    const international = settings.international;
    if (international) {
      const sign = this.signOf("international-sign", international.sign, baseDir);
      this.internationalSignName = sign.name;
      for (const [locale, template] of Object.entries(international.templates)) {
        const made = this.templateOf(`international-template-${locale}`, template);
        if (made.resource) this.templates[`international:${locale}`] = made.resource;
        entries.push(`international:${locale}=${made.id}`);
      }
    }
    this.templateList = entries.join(",");
  }

  private signOf(id: string, sign: ManagedSignSettings | ExistingSignSettings, baseDir: string) {
    if (!sign.manage) return { name: sign.name, resource: undefined };
    const resource = new SmsSign(this, id, {
      signName: sign.name,
      signType: sign.signType,
      documentType: sign.documentType,
      international: sign.international,
      signPurpose: sign.signPurpose,
      proofImage: readFileSync(resolve(baseDir, sign.proofImagePath)).toString("base64"),
      remark: "Verification codes for login",
    });
    // The function sends the signature text; a reference orders the function after the sign.
    return { name: resource.signName, resource };
  }

  private templateOf(id: string, template: ManagedTemplateSettings | ExistingTemplateSettings) {
    if (!template.manage) return { id: template.id, resource: undefined };
    const resource = new SmsTemplate(this, id, {
      templateName: template.name,
      templateContent: template.content ?? VERIFICATION_TEMPLATE_CONTENT,
      international: template.international,
      smsType: 0,
      remark: template.remark,
    });
    return { id: sendableTemplateId(resource), resource };
  }
}
