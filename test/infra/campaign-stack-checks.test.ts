// Campaign variants beyond the shipped table still fit the provider schema and leak no secret:
// a managed marketing sign and templates, no versioning, cluster Redis with least privilege.
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { EnvironmentSettings } from "../../infra/config/environment-settings";
import { checkSynthesizedStack, formatViolations } from "../../infra/schema-check/check-synthesized-stack";
import { ENVIRONMENT_NAMES, environmentTemplate, synthStack, variant } from "./support/environment-fixtures";
import { PROVIDER_SCHEMAS } from "./support/provider-schemas";
import { scanForSecrets } from "./support/secret-scan";
import { Template } from "./support/template";

const proofDir = mkdtempSync(join(tmpdir(), "campaign-proof-"));
writeFileSync(join(proofDir, "proof.png"), Buffer.from([0x89, 0x50, 0x4e, 0x47]));

const VARIANTS: Array<[string, (s: EnvironmentSettings) => void]> = [
  [
    "managed marketing sign and two templates",
    (s) => {
      s.campaigns!.sign = {
        manage: true,
        name: "Example Tech",
        signType: 0,
        documentType: 0,
        international: 0,
        signPurpose: 0,
        proofImagePath: "proof.png",
      };
      s.campaigns!.templates = [
        { key: "spring-festival", name: "sf", international: 0, remark: "r" },
        {
          key: "weather",
          name: "weather",
          content: "Dear {1}, a cold wave is coming. Reply TD to unsubscribe.",
          international: 0,
          remark: "r",
        },
      ];
    },
  ],
  [
    "bucket without versioning",
    (s) => {
      s.campaigns!.bucket = { versioning: false, retentionDays: 40 };
    },
  ],
  [
    "cluster Redis with least privilege",
    (s) => {
      s.redis = { architecture: "cluster", version: "7.0", memoryMb: 1024, replicas: 1, shards: 3 };
      s.role.leastPrivilege = true;
    },
  ],
];

describe("campaign stacks", () => {
  it.each(ENVIRONMENT_NAMES)("environment %s: the campaign resources are among those schema-checked", (env) => {
    const { document } = environmentTemplate(env);
    const result = checkSynthesizedStack(document, PROVIDER_SCHEMAS);
    expect(formatViolations(result.violations)).toBe("");
    expect(Object.keys(document.resource.tencentcloud_cos_bucket)).toHaveLength(1);
    expect(Object.keys(document.resource.tencentcloud_scf_function)).toHaveLength(2);
    expect(scanForSecrets(document)).toEqual([]);
  });

  it.each(VARIANTS)("%s: no schema violations, no secrets", (_label, change) => {
    const { template } = synthStack(variant(change), { smsBaseDir: proofDir });
    expect(formatViolations(checkSynthesizedStack(template.document, PROVIDER_SCHEMAS).violations)).toBe("");
    expect(scanForSecrets(template.document)).toEqual([]);
  });

  it("the schema check catches a broken campaign bucket (so the passes above mean something)", () => {
    const { stack } = synthStack(variant(() => undefined));
    stack.campaigns!.bucket.bucket.addOverride("acl_grants", "public-read");
    stack.campaigns!.bucket.bucket.addOverride("lifecycle_rules.0.expiration", [{ days: 1 }, { days: 2 }]);
    const violations = formatViolations(checkSynthesizedStack(Template.synth(stack).document, PROVIDER_SCHEMAS).violations);
    expect(violations).toMatch(/tencentcloud_cos_bucket\..+\.acl_grants: is not an attribute or block/);
    expect(violations).toMatch(/expiration: has 2 block\(s\); the schema allows 0–1/);
  });

  it("the secret scan catches a literal Redis password in the bulk-greeting environment", () => {
    const { stack, template } = synthStack(variant(() => undefined));
    const fnId = Object.entries(template.document.resource.tencentcloud_scf_function).find(
      ([, f]) => f.name === "smsverify-dev-bulk-greeting",
    )![0];
    stack.campaigns!.bulkGreeting.function.addOverride("environment.REDIS_PASSWORD", "hunter2hunter2");
    const findings = scanForSecrets(Template.synth(stack).document);
    expect(findings.map((f) => f.path)).toContain(`$.resource.tencentcloud_scf_function.${fnId}.environment.REDIS_PASSWORD`);
  });
});
