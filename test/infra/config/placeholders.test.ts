// Account-specific values are typed `yours(…)` markers: synth substitutes the example and warns,
// listing each; the validated config records them for plan/apply to refuse.
import { EnvironmentEntry } from "../../../infra/config/environment-settings";
import { ENVIRONMENTS } from "../../../infra/config/environments";
import { isPlaceholder, resolvePlaceholders, yours } from "../../../infra/config/placeholder";
import { validateEnvironment, validateEnvironments } from "../../../infra/config/validate-environment";
import { VerificationStack } from "../../../infra/stacks/verification-stack";
import { newTestApp } from "../support/template";

function warningsOf(stack: VerificationStack): string[] {
  return stack.node.metadata.filter((m) => m.type === "@cdktf/warn").map((m) => String(m.data));
}

describe("placeholders in the environment table", () => {
  it("the shipped table marks SDKAppID, signature, template id, APPID and state bucket as yours", () => {
    const fields = validateEnvironments(ENVIRONMENTS).flatMap((c) => c.placeholders.map((p) => `${c.name}.${p.field}`));
    for (const field of [
      "dev.sms.sdkAppId",
      "dev.sms.sign.name",
      "dev.sms.template.id",
      "dev.campaigns.appId",
      "staging.backend.bucket",
      "prod.backend.bucket",
    ]) {
      expect(fields).toContain(field);
    }
  });

  it("the marker survives a JSON deep copy of an entry and is never a plain string", () => {
    const marker = yours("1400000000", "hint");
    expect(isPlaceholder(JSON.parse(JSON.stringify(marker)))).toBe(true);
    expect(isPlaceholder("1400000000")).toBe(false);
    expect(isPlaceholder({ placeholder: "yours" })).toBe(false);
  });

  it("synth uses the example, records the field and the hint", () => {
    const config = validateEnvironment(ENVIRONMENTS.find((e) => e.name === "dev") as EnvironmentEntry);
    expect(config.sms.sdkAppId).toBe("1400000000");
    expect(config.placeholders).toContainEqual({
      field: "sms.sdkAppId",
      example: "1400000000",
      hint: "SMS console → Applications → SDKAppID",
    });
  });

  it("a placeholder's example is validated like a real value", () => {
    const entry = JSON.parse(JSON.stringify(ENVIRONMENTS[0])) as EnvironmentEntry;
    entry.sms.sdkAppId = yours("12345", "SMS console");
    expect(() => validateEnvironment(entry)).toThrow(/sms\.sdkAppId: must be a 10-digit SmsSdkAppId/);
  });

  it("the stack warns at synth and lists every placeholder; a filled-in entry synthesizes without warning", () => {
    const dev = ENVIRONMENTS.find((e) => e.name === "dev") as EnvironmentEntry;
    const config = validateEnvironment(dev);
    const [warning] = warningsOf(new VerificationStack(newTestApp(), config));
    expect(warning).toContain(`environment dev still has ${config.placeholders.length} placeholder value(s)`);
    for (const field of [
      "sms.sdkAppId",
      "sms.sign.name",
      "sms.template.id",
      "campaigns.appId",
      "campaigns.templateBindings.spring-festival.templateId",
    ]) {
      expect(warning).toContain(`  - ${field}: `);
    }

    const filled = resolvePlaceholders<EnvironmentEntry>(dev).value;
    expect(warningsOf(new VerificationStack(newTestApp(), validateEnvironment(filled)))).toEqual([]);
  });
});
