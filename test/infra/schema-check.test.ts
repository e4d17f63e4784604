// Every synthesized environment stack must fit the tencentcloud provider schema, and the checker
// itself must catch each kind of mistake (a checker that passes everything proves nothing).
import { checkSynthesizedStack, formatViolations } from "../../infra/schema-check/check-synthesized-stack";
import { Vpc } from "../../infra/.gen/providers/tencentcloud/vpc";
import { ScfFunction } from "../../infra/.gen/providers/tencentcloud/scf-function";
import { ENVIRONMENT_NAMES, environmentTemplate, synthStack, variant } from "./support/environment-fixtures";
import { PROVIDER_SCHEMAS } from "./support/provider-schemas";
import { Template } from "./support/template";

function violationsOf(template: Template): string {
  return formatViolations(checkSynthesizedStack(template.document, PROVIDER_SCHEMAS).violations);
}

describe("synthesized stacks against the tencentcloud 1.83.25 schema", () => {
  it.each(ENVIRONMENT_NAMES)("environment %s has no schema violations", (name) => {
    const { document } = environmentTemplate(name);
    const result = checkSynthesizedStack(document, PROVIDER_SCHEMAS);
    expect(formatViolations(result.violations)).toBe("");
    // Every tencentcloud resource plus the provider block was looked at.
    const tencentcloudResources = Object.entries(document.resource)
      .filter(([type]) => type.startsWith("tencentcloud_"))
      .reduce((sum, [, instances]) => sum + Object.keys(instances).length, 0);
    expect(tencentcloudResources).toBeGreaterThanOrEqual(8);
    expect(result.checked).toBe(tencentcloudResources + 1);
    // Only the random provider (no offline schema) is left unchecked.
    expect(result.unchecked.every((u) => u.includes("random"))).toBe(true);
  });

  it.each([
    [
      "apiGateway ingress with a created service",
      (s: Parameters<Parameters<typeof variant>[0]>[0]) => {
        s.ingress = { kind: "apiGateway" };
      },
    ],
    [
      "cluster Redis with least privilege",
      (s: Parameters<Parameters<typeof variant>[0]>[0]) => {
        s.redis = { architecture: "cluster", version: "6.2", memoryMb: 2048, replicas: 1, shards: 3 };
        s.role.leastPrivilege = true;
      },
    ],
  ])("the %s variant has no schema violations", (_label, change) => {
    expect(violationsOf(synthStack(variant(change)).template)).toBe("");
  });
});

describe("the schema checker catches broken resources", () => {
  function brokenTemplate(breakIt: (vpc: Vpc, fn: ScfFunction) => void): Template {
    return Template.fromConstructs((stack) => {
      const vpc = new Vpc(stack, "vpc", { name: "n", cidrBlock: "10.0.0.0/16" });
      const fn = new ScfFunction(stack, "fn", { name: "f" });
      breakIt(vpc, fn);
    });
  }

  it("accepts the unbroken resources", () => {
    expect(violationsOf(brokenTemplate(() => undefined))).toBe("");
  });

  it("reports an unknown attribute", () => {
    expect(violationsOf(brokenTemplate((vpc) => vpc.addOverride("cidr_blocks", "10.0.0.0/16")))).toMatch(
      /tencentcloud_vpc\.vpc\.cidr_blocks: is not an attribute or block/,
    );
  });

  it("reports a missing required attribute", () => {
    expect(violationsOf(brokenTemplate((vpc) => vpc.addOverride("cidr_block", null)))).toMatch(
      /tencentcloud_vpc\.vpc\.cidr_block: is required but missing/,
    );
  });

  it("reports an attribute of an incompatible type", () => {
    expect(violationsOf(brokenTemplate((_vpc, fn) => fn.addOverride("mem_size", "a lot")))).toMatch(
      /mem_size: type mismatch: expected number/,
    );
    expect(violationsOf(brokenTemplate((vpc) => vpc.addOverride("dns_servers", "1.1.1.1")))).toMatch(
      /dns_servers: type mismatch: expected set/,
    );
  });

  it("reports a computed-only attribute being set", () => {
    expect(violationsOf(brokenTemplate((vpc) => vpc.addOverride("create_time", "now")))).toMatch(
      /create_time: is computed by the provider/,
    );
  });

  it("reports nested blocks above the schema's max_items", () => {
    const twice = [{ ip_fixed: "ENABLE" }, { ip_fixed: "DISABLE" }];
    expect(violationsOf(brokenTemplate((_vpc, fn) => fn.addOverride("intranet_config", twice)))).toMatch(
      /intranet_config: has 2 block\(s\); the schema allows 0–1/,
    );
  });

  it("reports an unknown or incomplete nested block", () => {
    expect(
      violationsOf(brokenTemplate((_vpc, fn) => fn.addOverride("triggers", [{ name: "t", type: "http", trigger_descr: "{}" }]))),
    ).toMatch(/triggers\[0\]\.trigger_descr: is not an attribute.*\n.*triggers\[0\]\.trigger_desc: is required but missing/);
  });

  it("reports a resource type the provider does not have", () => {
    const result = checkSynthesizedStack({ resource: { tencentcloud_vpcx: { a: { name: "x" } } } }, PROVIDER_SCHEMAS);
    expect(formatViolations(result.violations)).toMatch(/no resource type "tencentcloud_vpcx"/);
  });

  it("tolerates interpolations for any attribute type", () => {
    const template = brokenTemplate((_vpc, fn) => fn.addOverride("mem_size", "${var.size}"));
    expect(violationsOf(template)).toBe("");
  });
});
