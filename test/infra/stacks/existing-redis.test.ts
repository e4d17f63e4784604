// Bring your own Redis: an environment with redis.existing creates no TencentDB for Redis instance,
// no Redis password and no Redis security group; the function (in the created or brought network)
// connects to host:port, and its role may read the operator's password secret — that one, by name,
// besides the stack's two — so no Redis password ever enters Terraform. Checked by assertions, the
// secret scan, the provider schema and the function's own config parser.
import { fromEnvironment } from "../../../functions/verification/settings";
import { EnvironmentConfigError } from "../../../infra/config/environment-config-error";
import { EnvironmentSettings } from "../../../infra/config/environment-settings";
import { ENVIRONMENTS } from "../../../infra/config/environments";
import { validateEnvironment } from "../../../infra/config/validate-environment";
import { checkSynthesizedStack, formatViolations } from "../../../infra/schema-check/check-synthesized-stack";
import { synthStack, variant } from "../support/environment-fixtures";
import { PROVIDER_SCHEMAS } from "../support/provider-schemas";
import { scanForSecrets } from "../support/secret-scan";
import { Template } from "../support/template";

const EXISTING_REDIS = {
  host: "10.10.1.40",
  port: 6380,
  passwordSecret: { name: "ops-shared-redis", field: "password" },
};
const EXISTING_NETWORK = { vpcId: "vpc-2ari9m7h", subnetId: "subnet-8a1b2c3d" };

function bringRedis(s: EnvironmentSettings): void {
  s.redis = { existing: EXISTING_REDIS };
  delete s.campaigns;
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

function functionEnvironment(template: Template, env = "dev"): Record<string, string> {
  return template.named("tencentcloud_scf_function", `smsverify-${env}-verification`).environment as Record<string, string>;
}

function violationsOf(template: Template): string {
  return formatViolations(checkSynthesizedStack(template.document, PROVIDER_SCHEMAS).violations);
}

describe("bring your own Redis (created network)", () => {
  const { template } = synthStack(variant(bringRedis));

  it("creates no Redis instance, no Redis password and no Redis security group", () => {
    expect(template.resources("tencentcloud_redis_instance")).toEqual([]);
    expect(template.resources("tencentcloud_security_group")).toEqual([]);
    expect(template.resources("tencentcloud_security_group_rule_set")).toEqual([]);
    // Only the code pepper is generated.
    expect(Object.keys(template.document.resource.random_password)).toEqual([expect.stringContaining("code-pepper")]);
  });

  it("places the function in the created subnet and points it at host:port, with no password in its environment", () => {
    const fn = template.named("tencentcloud_scf_function", "smsverify-dev-verification");
    expect(fn.vpc_id).toBe(template.referenceTo("tencentcloud_vpc", "id"));
    expect(fn.subnet_id).toBe(template.referenceTo("tencentcloud_subnet", "id"));
    const environment = functionEnvironment(template);
    expect(environment).toMatchObject({
      REDIS_HOST: "10.10.1.40",
      REDIS_PORT: "6380",
      REDIS_CLUSTER: "false",
      REDIS_PASSWORD_SECRET_NAME: "ops-shared-redis",
      REDIS_PASSWORD_SECRET_VERSION: "current",
      REDIS_PASSWORD_SECRET_FIELD: "password",
      SECRET_NAME: "smsverify-dev-function-secrets",
    });
    expect(environment).not.toHaveProperty("REDIS_PASSWORD");
  });

  it("writes no Redis password into the stack's runtime secret", () => {
    const runtime = template.resources("tencentcloud_ssm_secret_version").find((v) => !v.lifecycle)!;
    expect(runtime.secret_string).not.toMatch(/redisPassword/);
    expect(runtime.secret_string).toMatch(/"codePepper" = random_password\./);
    // The operator's secret is only read, never declared or written by the stack.
    expect(template.resources("tencentcloud_ssm_secret").map((s) => s.secret_name)).not.toContain("ops-shared-redis");
  });

  it("grants ssm:GetSecretValue on the stack's two secrets and exactly the operator's secret", () => {
    const policy = template.named("tencentcloud_cam_policy", "smsverify-dev-read-function-secrets");
    expect(JSON.parse(policy.document as string)).toEqual({
      version: "2.0",
      statement: [
        {
          action: ["name/ssm:GetSecretValue"],
          effect: "allow",
          resource: [
            "qcs::ssm:ap-guangzhou:uin/${var.account_uin}:secret/creatorUin/*/smsverify-dev-function-secrets",
            "qcs::ssm:ap-guangzhou:uin/${var.account_uin}:secret/creatorUin/*/smsverify-dev-signing-keys",
            "qcs::ssm:ap-guangzhou:uin/${var.account_uin}:secret/creatorUin/*/ops-shared-redis",
          ],
        },
      ],
    });
  });

  it("outputs the brought address, and the function's config parser accepts its environment", () => {
    expect(template.outputs().redis_private_address.value).toBe("10.10.1.40:6380");
    const resolved = Object.fromEntries(
      Object.entries(functionEnvironment(template)).map(([k, v]) => [k, v.startsWith("${") ? "2000001" : v]),
    );
    const parsed = fromEnvironment(resolved);
    expect(parsed.ok && parsed.settings.redis).toMatchObject({ host: "10.10.1.40", port: 6380, cluster: false });
    expect(parsed.ok && parsed.settings.secrets).toMatchObject({
      redisPasswordSecret: { name: "ops-shared-redis", versionId: "current", field: "password" },
    });
  });

  it("passes the secret scan and the provider schema check", () => {
    expect(scanForSecrets(template.document)).toEqual([]);
    expect(violationsOf(template)).toBe("");
  });
});

describe("bring your own network and Redis", () => {
  const { template } = synthStack(
    variant((s) => {
      bringRedis(s);
      s.redis = {
        existing: { ...EXISTING_REDIS, architecture: "cluster", passwordSecret: { name: "ops-redis", versionId: "v3" } },
      };
      s.network = { existing: EXISTING_NETWORK, subnetCidr: "172.16.3.0/24" };
    }),
  );

  it("creates no VPC, subnet, security group or Redis; the function runs in the brought subnet", () => {
    for (const type of [
      "tencentcloud_vpc",
      "tencentcloud_subnet",
      "tencentcloud_security_group",
      "tencentcloud_security_group_rule_set",
      "tencentcloud_redis_instance",
    ]) {
      expect(template.resources(type)).toEqual([]);
    }
    expect(template.named("tencentcloud_scf_function", "smsverify-dev-verification")).toMatchObject({
      vpc_id: EXISTING_NETWORK.vpcId,
      subnet_id: EXISTING_NETWORK.subnetId,
    });
  });

  it("tells the function the cluster architecture, the version and reads the whole secret (no field)", () => {
    const environment = functionEnvironment(template);
    expect(environment).toMatchObject({
      REDIS_CLUSTER: "true",
      REDIS_PASSWORD_SECRET_NAME: "ops-redis",
      REDIS_PASSWORD_SECRET_VERSION: "v3",
    });
    expect(environment).not.toHaveProperty("REDIS_PASSWORD_SECRET_FIELD");
  });

  it("passes the secret scan and the provider schema check", () => {
    expect(scanForSecrets(template.document)).toEqual([]);
    expect(violationsOf(template)).toBe("");
  });
});

describe("Redis alarms with a brought Redis", () => {
  const withAlarms = (instanceId?: string) =>
    synthStack(
      variant((s) => {
        bringRedis(s);
        s.redis = { existing: { ...EXISTING_REDIS, ...(instanceId ? { instanceId } : {}) } };
        s.name = "stage2";
        s.operations.alarms = { ...s.operations.alarms, enabled: true, contacts: { userIds: [11] } };
      }),
    ).template;
  const redisPolicies = (t: Template) =>
    t.resources("tencentcloud_monitor_alarm_policy").filter((p) => String(p.policy_name).endsWith("-redis"));

  it("watches the instance when its id is given", () => {
    const template = withAlarms("crs-5kq7xz2m");
    expect(redisPolicies(template)).toHaveLength(1);
    const bindings = JSON.stringify(template.resources("tencentcloud_monitor_policy_binding_object"));
    expect(bindings).toContain('{\\"instanceid\\":\\"crs-5kq7xz2m\\"}');
    expect(violationsOf(template)).toBe("");
  });

  it("has no Redis alarm without an id (the function and log alarms stay)", () => {
    const template = withAlarms();
    expect(redisPolicies(template)).toEqual([]);
    expect(template.resources("tencentcloud_monitor_alarm_policy").length).toBeGreaterThan(0);
  });
});

describe("the table's rules for a brought Redis", () => {
  it.each([
    [
      "both created settings and existing",
      (s: EnvironmentSettings) => {
        s.redis = { architecture: "standard", version: "7.0", memoryMb: 256, replicas: 1, existing: EXISTING_REDIS } as never;
        delete s.campaigns;
      },
      /dev\.redis: give either the settings of a Redis the stack creates \(architecture, version, memoryMb, replicas\) or existing/,
    ],
    [
      "neither",
      (s: EnvironmentSettings) => {
        s.redis = {} as never;
      },
      /redis\.architecture: is required for a Redis the stack creates \(or give redis\.existing/,
    ],
    [
      "campaigns with a brought Redis",
      (s: EnvironmentSettings) => {
        s.redis = { existing: EXISTING_REDIS };
      },
      /dev\.campaigns: bulk greeting campaigns need a Redis the stack creates/,
    ],
    [
      "adopting a Redis it does not create",
      (s: EnvironmentSettings) => {
        bringRedis(s);
        s.adopt = { redisId: "crs-5kq7xz2m" };
      },
      /dev\.adopt: adopt\.redisId\/redisSecurityGroupId take over a Redis the stack creates/,
    ],
    [
      "a malformed secret name",
      (s: EnvironmentSettings) => {
        bringRedis(s);
        s.redis = { existing: { ...EXISTING_REDIS, passwordSecret: { name: "ops/redis" } } };
      },
      /redis\.existing\.passwordSecret\.name: must be a Secrets Manager secret name/,
    ],
    [
      "a missing password secret",
      (s: EnvironmentSettings) => {
        bringRedis(s);
        s.redis = { existing: { host: "10.0.0.1" } as never };
      },
      /redis\.existing\.passwordSecret: is required/,
    ],
    [
      "an unknown key",
      (s: EnvironmentSettings) => {
        bringRedis(s);
        s.redis = { existing: { ...EXISTING_REDIS, password: "x" } as never };
      },
      /redis\.existing: unknown key "password"|redis\.existing\.password/,
    ],
    [
      "a malformed instance id",
      (s: EnvironmentSettings) => {
        bringRedis(s);
        s.redis = { existing: { ...EXISTING_REDIS, instanceId: "redis-1" } };
      },
      /redis\.existing\.instanceId: must be an id of the form crs-xxxxxxxx/,
    ],
  ])("refuses %s, naming the field", (_label, change, message) => {
    expect(problemsOf(change)).toMatch(message);
  });

  it("fills in the defaults: port 6379, standard architecture, version current", () => {
    const config = validateEnvironment({
      ...(JSON.parse(JSON.stringify(ENVIRONMENTS.find((e) => e.name === "dev"))) as EnvironmentSettings),
      redis: { existing: { host: "redis.internal", passwordSecret: { name: "ops-redis" } } },
      campaigns: undefined,
    });
    expect(config.redis).toEqual({
      existing: {
        host: "redis.internal",
        port: 6379,
        architecture: "standard",
        passwordSecret: { name: "ops-redis", versionId: "current" },
      },
    });
  });
});
