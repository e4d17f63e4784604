// The bootstrap stack creating the COS state bucket(s) of the table: private, versioned,
// encrypted, replaced versions expiring, never destroyed by accident, local state of its own,
// valid against the provider schema.
import { EnvironmentEntry } from "../../../infra/config/environment-settings";
import { ENVIRONMENTS } from "../../../infra/config/environments";
import { validateEnvironments } from "../../../infra/config/validate-environment";
import { checkSynthesizedStack, formatViolations } from "../../../infra/schema-check/check-synthesized-stack";
import { STATE_VERSION_DAYS, StateBucketStack } from "../../../infra/stacks/state-bucket-stack";
import { PROVIDER_SCHEMAS } from "../support/provider-schemas";
import { newTestApp, Template } from "../support/template";

function synth(table: readonly EnvironmentEntry[]): { stack: StateBucketStack; template: Template } {
  const stack = new StateBucketStack(newTestApp(), validateEnvironments(table));
  return { stack, template: Template.synth(stack) };
}

describe("state bucket bootstrap stack", () => {
  const { stack, template } = synth(ENVIRONMENTS);
  const cosBuckets = [
    ...new Set(validateEnvironments(ENVIRONMENTS).flatMap((c) => (c.backend.kind === "cos" ? [c.backend.bucket] : []))),
  ];

  it("creates each state bucket of the table once, private, versioned and encrypted", () => {
    expect(template.resources("tencentcloud_cos_bucket").map((b) => b.bucket)).toEqual(cosBuckets);
    expect(template.resource("tencentcloud_cos_bucket")).toMatchObject({
      acl: "private",
      versioning_enable: true,
      encryption_algorithm: "AES256",
      force_clean: false,
      lifecycle: { prevent_destroy: true },
      lifecycle_rules: [
        {
          id: "expire-replaced-state-versions",
          non_current_expiration: { non_current_days: STATE_VERSION_DAYS },
          abort_incomplete_multipart_upload: { days_after_initiation: 1 },
        },
      ],
    });
  });

  it("keeps its own state in a local file (it cannot live in the bucket it creates)", () => {
    expect((template.document.terraform as unknown as { backend: unknown }).backend).toEqual({
      local: { path: "terraform.state-bucket.tfstate" },
    });
  });

  it("passes the provider schema check", () => {
    const result = checkSynthesizedStack(template.document, PROVIDER_SCHEMAS);
    expect(formatViolations(result.violations)).toBe("");
    // Buckets, the provider, and the two CI policies (ci-access.test.ts).
    expect(result.checked).toBe(cosBuckets.length + 1 + 2);
  });

  it("warns while the bucket name is a placeholder", () => {
    const warnings = stack.node.metadata.filter((m) => m.type === "@cdktf/warn").map((m) => String(m.data));
    expect(warnings.join("\n")).toMatch(/state bucket name is still a placeholder[^]*staging\.backend\.bucket/);
  });

  it("buckets in two regions get one provider each (the second aliased) and stay schema-valid", () => {
    const table = JSON.parse(JSON.stringify(ENVIRONMENTS)) as EnvironmentEntry[];
    const prod = table.find((e) => e.name === "prod")!;
    prod.backend = { kind: "cos", bucket: "smsverify-tfstate-sh-1250000000", region: "ap-shanghai", encrypt: true };
    const { template: twoRegions } = synth(table);
    const providers = (twoRegions.document.provider as unknown as { tencentcloud: Array<{ region: string; alias?: string }> })
      .tencentcloud;
    expect(providers).toEqual([{ region: "ap-guangzhou" }, { region: "ap-shanghai", alias: "ap-shanghai" }]);
    const shanghai = twoRegions.resources("tencentcloud_cos_bucket").find((b) => b.bucket === "smsverify-tfstate-sh-1250000000");
    expect(shanghai?.provider).toBe("tencentcloud.ap-shanghai");
    expect(formatViolations(checkSynthesizedStack(twoRegions.document, PROVIDER_SCHEMAS).violations)).toBe("");
  });
});
