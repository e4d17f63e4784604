// SmsContent: manage signature/template as code, or reference approved ones.
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { SmsSign } from "../../../infra/.gen/providers/tencentcloud/sms-sign";
import { SmsTemplate } from "../../../infra/.gen/providers/tencentcloud/sms-template";
import { SmsContent, VERIFICATION_TEMPLATE_CONTENT } from "../../../infra/constructs/sms-content";
import { SmsSettings } from "../../../infra/config/environment-settings";
import { Template } from "../support/template";

const BASE: Omit<SmsSettings, "sign" | "template"> = { sdkAppId: "1400000001", region: "ap-guangzhou", timeoutSeconds: 5 };

describe("SmsContent", () => {
  it("references an existing signature and template without creating resources", () => {
    let content: SmsContent | undefined;
    const template = Template.fromConstructs((stack) => {
      content = new SmsContent(stack, "sms", {
        settings: { ...BASE, sign: { manage: false, name: "Acme" }, template: { manage: false, id: "123456" } },
      });
    });
    expect(template.json).not.toHaveResource(SmsSign);
    expect(template.json).not.toHaveResource(SmsTemplate);
    expect(content?.signName).toBe("Acme");
    expect(content?.templateId).toBe("123456");
  });

  it("manages signature and the tutorial's template ({1} code, {2} minutes) as code", () => {
    const dir = mkdtempSync(join(tmpdir(), "sms-proof-"));
    writeFileSync(join(dir, "proof.png"), Buffer.from([0x89, 0x50, 0x4e, 0x47]));
    const template = Template.fromConstructs((stack) => {
      new SmsContent(stack, "sms", {
        baseDir: dir,
        settings: {
          ...BASE,
          sign: {
            manage: true,
            name: "Acme",
            signType: 1,
            documentType: 0,
            international: 0,
            signPurpose: 0,
            proofImagePath: "proof.png",
          },
          template: { manage: true, name: "login-code", international: 0, remark: "login" },
        },
      });
    });
    expect(template.json).toHaveResourceWithProperties(SmsSign, {
      sign_name: "Acme",
      sign_type: 1,
      proof_image: Buffer.from([0x89, 0x50, 0x4e, 0x47]).toString("base64"),
    });
    expect(template.json).toHaveResourceWithProperties(SmsTemplate, {
      template_name: "login-code",
      template_content: VERIFICATION_TEMPLATE_CONTENT,
      sms_type: 0,
      international: 0,
    });
    expect(VERIFICATION_TEMPLATE_CONTENT).toMatch(/\{1\}.*\{2\}/);
  });
});
