// CampaignContent: marketing signature and marketing body templates (sms_type 1) as code, with
// the text taken from the bulk-greeting catalogue unless overridden; nothing when not configured.
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { campaignTemplates } from "../../../functions/bulk-greeting/content/campaign-templates";
import { SmsSign } from "../../../infra/.gen/providers/tencentcloud/sms-sign";
import { SmsTemplate } from "../../../infra/.gen/providers/tencentcloud/sms-template";
import { CampaignContent } from "../../../infra/constructs/campaign-content";
import { environmentTemplate, synthStack, variant } from "../support/environment-fixtures";
import { Template } from "../support/template";

const springFestival = campaignTemplates.find((t) => t.key === "spring-festival")!;

describe("CampaignContent", () => {
  it("prod submits the tutorial's Spring Festival greeting as a marketing template, text from the catalogue", () => {
    const prod = environmentTemplate("prod");
    expect(springFestival.text).toMatch(/^Dear \{1\}, thank you for your support.*Happy Spring Festival/);
    expect(prod.json).toHaveResourceWithProperties(SmsTemplate, {
      template_name: "smsverify-spring-festival",
      template_content: springFestival.text,
      sms_type: 1,
      international: 0,
    });
    // The verification template stays a regular (sms_type 0) template.
    expect(prod.named("tencentcloud_sms_template", "smsverify-login-code").sms_type).toBe(0);
    const id = prod.referenceToNamed("tencentcloud_sms_template", "smsverify-spring-festival", "id").slice(2, -1);
    expect(prod.outputs().campaign_template_ids.value).toEqual({ "spring-festival": `\${element(split("#", ${id}), 0)}` });
  });

  it("dev manages no marketing content and has no template-id output", () => {
    const dev = environmentTemplate("dev");
    expect(dev.resources("tencentcloud_sms_template")).toEqual([]);
    expect(dev.resources("tencentcloud_sms_sign")).toEqual([]);
    expect(dev.outputs()).not.toHaveProperty("campaign_template_ids");
  });

  it("manages a marketing signature with its proof image and templates with their own text", () => {
    const dir = mkdtempSync(join(tmpdir(), "campaign-proof-"));
    writeFileSync(join(dir, "licence.png"), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d]));
    const template = Template.fromConstructs((stack) => {
      new CampaignContent(stack, "content", {
        baseDir: dir,
        sign: {
          manage: true,
          name: "Example Tech",
          signType: 0,
          documentType: 0,
          international: 0,
          signPurpose: 0,
          proofImagePath: "licence.png",
        },
        templates: [
          {
            key: "birthday",
            name: "birthday-greeting",
            content: "Happy birthday, {1}! Reply TD to unsubscribe.",
            international: 0,
            remark: "birthdays",
          },
          {
            key: "weather",
            name: "weather-care",
            content: "Dear {1}, {2} is coming; stay warm. Reply TD to unsubscribe.",
            international: 1,
            remark: "weather",
          },
        ],
      });
    });
    expect(template.json).toHaveResourceWithProperties(SmsSign, {
      sign_name: "Example Tech",
      proof_image: Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d]).toString("base64"),
    });
    expect(template.resources("tencentcloud_sms_template").map((t) => [t.template_name, t.sms_type, t.international])).toEqual([
      ["birthday-greeting", 1, 0],
      ["weather-care", 1, 1],
    ]);
  });

  it("a stack with a managed marketing sign passes it through from config", () => {
    const dir = mkdtempSync(join(tmpdir(), "campaign-proof-"));
    writeFileSync(join(dir, "proof.png"), Buffer.from([1, 2, 3]));
    const { template } = synthStack(
      variant((s) => {
        s.campaigns!.sign = {
          manage: true,
          name: "Example Tech",
          signType: 0,
          documentType: 0,
          international: 0,
          signPurpose: 0,
          proofImagePath: "proof.png",
        };
      }),
      { smsBaseDir: dir },
    );
    expect(template.json).toHaveResourceWithProperties(SmsSign, {
      sign_name: "Example Tech",
      proof_image: Buffer.from([1, 2, 3]).toString("base64"),
    });
  });
});
