// Bring your own network (existing VPC + subnet used by id) and adopting console-built resources
// into state (cdktf importFrom → Terraform import blocks), checked by assertions and against the
// provider schema (including the import blocks themselves).
import { EnvironmentConfigError } from "../../../infra/config/environment-config-error";
import { EnvironmentSettings } from "../../../infra/config/environment-settings";
import { checkSynthesizedStack, formatViolations } from "../../../infra/schema-check/check-synthesized-stack";
import { synthStack, variant } from "../support/environment-fixtures";
import { PROVIDER_SCHEMAS } from "../support/provider-schemas";
import { Template } from "../support/template";

const EXISTING = { vpcId: "vpc-2ari9m7h", subnetId: "subnet-8a1b2c3d" };

function violationsOf(template: Template): string {
  return formatViolations(checkSynthesizedStack(template.document, PROVIDER_SCHEMAS).violations);
}

function problemsOf(change: (s: EnvironmentSettings) => void): string {
  try {
    variant(change);
  } catch (error) {
    if (error instanceof EnvironmentConfigError) return error.message;
    throw error;
  }
  throw new Error("accepted");
}

describe("bring your own VPC and subnet", () => {
  const { template } = synthStack(
    variant((s) => {
      s.network = { existing: EXISTING, subnetCidr: "172.16.3.0/24" };
    }),
  );

  it("creates no VPC or subnet and places the function and Redis in the existing ones by id", () => {
    expect(template.resources("tencentcloud_vpc")).toEqual([]);
    expect(template.resources("tencentcloud_subnet")).toEqual([]);
    for (const fn of template.resources("tencentcloud_scf_function"))
      expect(fn).toMatchObject({ vpc_id: EXISTING.vpcId, subnet_id: EXISTING.subnetId });
    expect(template.resource("tencentcloud_redis_instance")).toMatchObject({
      vpc_id: EXISTING.vpcId,
      subnet_id: EXISTING.subnetId,
    });
  });

  it("admits the Redis port from the existing subnet's range only", () => {
    const rules = template.resource("tencentcloud_security_group_rule_set") as {
      ingress: Array<{ action: string; cidr_block: string; port: string }>;
    };
    expect(rules.ingress[0]).toMatchObject({ action: "ACCEPT", cidr_block: "172.16.3.0/24", port: "6379" });
    expect(rules.ingress[1]).toMatchObject({ action: "DROP", cidr_block: "0.0.0.0/0" });
  });

  it("passes the provider schema check", () => {
    expect(violationsOf(template)).toBe("");
  });

  it.each([
    [
      "both vpcCidr and existing",
      (s: EnvironmentSettings) => {
        s.network = { vpcCidr: "10.10.0.0/16", subnetCidr: "10.10.1.0/24", existing: EXISTING };
      },
      /network: give either vpcCidr .* or existing/,
    ],
    [
      "neither",
      (s: EnvironmentSettings) => {
        s.network = { subnetCidr: "10.10.1.0/24" };
      },
      /network: is missing vpcCidr/,
    ],
    [
      "a malformed VPC id",
      (s: EnvironmentSettings) => {
        s.network = { existing: { ...EXISTING, vpcId: "vpc_123" }, subnetCidr: "10.10.1.0/24" };
      },
      /network\.existing\.vpcId: must be an id of the form vpc-xxxxxxxx/,
    ],
    [
      "adopting a network it does not create",
      (s: EnvironmentSettings) => {
        s.network = { existing: EXISTING, subnetCidr: "10.10.1.0/24" };
        s.adopt = { vpcId: EXISTING.vpcId };
      },
      /adopt: adopt\.vpcId\/subnetId take over a network the stack creates/,
    ],
  ])("refuses %s, naming the field", (_label, change, message) => {
    expect(problemsOf(change)).toMatch(message);
  });
});

describe("adopting the tutorial's console-built resources (import blocks)", () => {
  const adopt = {
    vpcId: "vpc-2ari9m7h",
    subnetId: "subnet-8a1b2c3d",
    redisId: "crs-5kq7xz2m",
    redisSecurityGroupId: "sg-0pq9rs8t",
  };
  const { template } = synthStack(
    variant((s) => {
      s.adopt = adopt;
    }),
  );
  const imports = (template.document as unknown as { import: Array<{ to: string; id: string }> }).import;

  it("emits one import block per adopted resource, targeting the resource the stack declares", () => {
    expect(imports).toEqual(
      expect.arrayContaining([
        { to: template.referenceTo("tencentcloud_vpc", "x").slice(2, -3), id: adopt.vpcId },
        { to: template.referenceTo("tencentcloud_subnet", "x").slice(2, -3), id: adopt.subnetId },
        { to: template.referenceTo("tencentcloud_redis_instance", "x").slice(2, -3), id: adopt.redisId },
        { to: template.referenceTo("tencentcloud_security_group", "x").slice(2, -3), id: adopt.redisSecurityGroupId },
      ]),
    );
    expect(imports).toHaveLength(4);
  });

  it("still declares the adopted resources with the entry's settings (what the plan compares them to)", () => {
    expect(template.resource("tencentcloud_vpc")).toMatchObject({ cidr_block: "10.10.0.0/16" });
    expect(template.resource("tencentcloud_redis_instance")).toMatchObject({
      availability_zone: "ap-guangzhou-3",
      mem_size: 256,
    });
  });

  it("passes the provider schema check, import blocks included", () => {
    const result = checkSynthesizedStack(template.document, PROVIDER_SCHEMAS);
    expect(formatViolations(result.violations)).toBe("");
  });

  it("an environment without adopt has no import blocks", () => {
    expect((synthStack(variant(() => undefined)).template.document as Record<string, unknown>).import).toBeUndefined();
  });

  it("refuses malformed ids with the field named", () => {
    expect(
      problemsOf((s) => {
        s.adopt = { redisId: "redis-1" };
      }),
    ).toMatch(/adopt\.redisId: must be an id of the form crs-xxxxxxxx/);
    expect(
      problemsOf((s) => {
        s.adopt = { smsSignId: "1" } as never;
      }),
    ).toMatch(/adopt/);
  });
});

describe("the schema checker's import rules", () => {
  function withImports(imports: unknown[]): string {
    const document = {
      resource: {
        tencentcloud_vpc: { v: { name: "n", cidr_block: "10.0.0.0/16" } },
        tencentcloud_sms_sign: {
          s: { sign_name: "x", sign_type: 0, document_type: 0, international: 0, sign_purpose: 0, proof_image: "x" },
        },
      },
      import: imports,
    };
    return formatViolations(checkSynthesizedStack(document, PROVIDER_SCHEMAS).violations);
  }

  it("accepts a well-formed import of a declared, importable resource", () => {
    expect(withImports([{ to: "tencentcloud_vpc.v", id: "vpc-2ari9m7h" }])).toBe("");
  });

  it.each([
    [[{ to: "tencentcloud_vpc.missing", id: "vpc-2ari9m7h" }], /tencentcloud_vpc\.missing is not a resource of this stack/],
    [[{ to: "tencentcloud_vpc.v", id: "subnet-1" }], /"subnet-1" is not an id tencentcloud_vpc imports/],
    [[{ to: "tencentcloud_sms_sign.s", id: "12345" }], /cannot import tencentcloud_sms_sign/],
    [[{ to: "tencentcloud_vpc.v", id: "vpc-2ari9m7h", for_each: [] }], /for_each: is not an argument of an import block/],
    [
      [
        { to: "tencentcloud_vpc.v", id: "vpc-2ari9m7h" },
        { to: "tencentcloud_vpc.v", id: "vpc-2ari9m7h" },
      ],
      /imported twice/,
    ],
  ])("reports %j", (imports, message) => {
    expect(withImports(imports)).toMatch(message);
  });
});
