// The environment table is validated before any construct runs: each mistake fails synth with
// the environment and the field named.
import { EnvironmentConfigError } from "../../infra/config/environment-config-error";
import { CreatedRedisSettings, EnvironmentSettings } from "../../infra/config/environment-settings";
import { ENVIRONMENTS } from "../../infra/config/environments";
import { validateEnvironment, validateEnvironments } from "../../infra/config/validate-environment";
import { baseSettings } from "./support/environment-fixtures";

type Change = (s: EnvironmentSettings) => void;

function problemsOf(change: Change): EnvironmentConfigError {
  const settings = baseSettings();
  change(settings);
  try {
    validateEnvironment(settings);
  } catch (error) {
    if (error instanceof EnvironmentConfigError) return error;
    throw error;
  }
  throw new Error("validation accepted an invalid configuration");
}

describe("environment table", () => {
  it("the shipped dev, staging and prod entries are valid", () => {
    expect(validateEnvironments(ENVIRONMENTS).map((e) => e.name)).toEqual(["dev", "staging", "prod"]);
  });

  it("fills in defaults: runtime Nodejs20.19 (the newest SCF documents) built for node20, Redis port 6379, type id, tags", () => {
    const settings = baseSettings();
    delete settings.function.runtime;
    const config = validateEnvironment(settings);
    expect(config.function.runtime).toBe("Nodejs20.19");
    expect(config.function.bundleTarget).toBe("node20");
    expect(config.redis).toMatchObject({ port: 6379, typeId: 17, shards: 1 });
    expect(config.tags).toMatchObject({ env: "dev", app: "smsverify", "managed-by": "cdktf" });
    expect(config.sms.allowedRegions).toEqual(["CN"]);
  });

  it("maps version and architecture to the Redis type id", () => {
    const cluster = baseSettings();
    cluster.redis = { architecture: "cluster", version: "6.2", memoryMb: 1024, replicas: 1, shards: 3 };
    expect(validateEnvironment(cluster).redis).toMatchObject({ typeId: 16 });
  });

  it("rejects two environments with the same name", () => {
    expect(() => validateEnvironments([baseSettings(), baseSettings()])).toThrow(
      /environment "dev"[\s\S]*name: is used by another/,
    );
  });
});

const INVALID_CASES: Array<[string, string, Change]> = [
  [
    "bad VPC CIDR",
    "network.vpcCidr",
    (s) => {
      s.network.vpcCidr = "10.10.0.0/33";
    },
  ],
  [
    "VPC CIDR with host bits",
    "network.vpcCidr",
    (s) => {
      s.network.vpcCidr = "10.10.0.1/16";
    },
  ],
  [
    "public VPC range",
    "network.vpcCidr",
    (s) => {
      s.network.vpcCidr = "8.8.0.0/16";
      s.network.subnetCidr = "8.8.1.0/24";
    },
  ],
  [
    "malformed subnet CIDR",
    "network.subnetCidr",
    (s) => {
      s.network.subnetCidr = "10.10.1/24";
    },
  ],
  [
    "subnet outside the VPC",
    "network.subnetCidr",
    (s) => {
      s.network.subnetCidr = "10.11.1.0/24";
    },
  ],
  [
    "unknown region",
    "region",
    (s) => {
      s.region = "ap-atlantis";
    },
  ],
  [
    "zone not in region",
    "availabilityZone",
    (s) => {
      s.availabilityZone = "ap-shanghai-2";
    },
  ],
  [
    "zone number the region does not have",
    "availabilityZone",
    (s) => {
      s.availabilityZone = "ap-guangzhou-5";
    },
  ],
  [
    "unknown top-level key",
    "redisMemoryMb",
    (s) => {
      (s as unknown as Record<string, unknown>).redisMemoryMb = 256;
    },
  ],
  [
    "misspelled nested key",
    "redis.memroyMb",
    (s) => {
      (s.redis as unknown as Record<string, unknown>).memroyMb = 256;
    },
  ],
  [
    "unknown key in a union variant",
    "sms.sign.nmae",
    (s) => {
      (s.sms.sign as unknown as Record<string, unknown>).nmae = "x";
    },
  ],
  [
    "unknown key in the backend",
    "backend.bucket",
    (s) => {
      (s.backend as unknown as Record<string, unknown>).bucket = "b-1250000000";
    },
  ],
  [
    "sign without manage",
    "sms.sign.manage",
    (s) => {
      delete (s.sms.sign as { manage?: boolean }).manage;
    },
  ],
  [
    "unknown backend kind",
    "backend.kind",
    (s) => {
      (s.backend as { kind: string }).kind = "s3";
    },
  ],
  [
    "number given as a string",
    "limits.maxAttempts",
    (s) => {
      (s.limits as unknown as Record<string, unknown>).maxAttempts = "3";
    },
  ],
  [
    "required field missing",
    "sessions.issuer",
    (s) => {
      delete (s.sessions as Partial<typeof s.sessions>).issuer;
    },
  ],
  [
    "tag value not a string",
    "tags.owner",
    (s) => {
      (s.tags as Record<string, unknown>).owner = 42;
    },
  ],
  [
    "unknown runtime",
    "function.runtime",
    (s) => {
      s.function.runtime = "Nodejs20.x";
    },
  ],
  [
    "function memory not a multiple of 128",
    "function.memoryMb",
    (s) => {
      s.function.memoryMb = 200;
    },
  ],
  [
    "function timeout above 900 s",
    "function.timeoutSeconds",
    (s) => {
      s.function.timeoutSeconds = 901;
    },
  ],
  [
    "SMS timeout not below the function timeout",
    "sms.timeoutSeconds",
    (s) => {
      s.sms.timeoutSeconds = 10;
      s.function.timeoutSeconds = 10;
    },
  ],
  [
    "negative SMS budget",
    "limits.smsBudgets.hourly",
    (s) => {
      s.limits.smsBudgets = { hourly: -1 };
    },
  ],
  [
    "prefix of no digits",
    "limits.smsBudgets.prefixDigits",
    (s) => {
      s.limits.smsBudgets = { prefixDigits: 0 };
    },
  ],
  [
    "misspelled budget key",
    "limits.smsBudgets.hourlyy",
    (s) => {
      s.limits.smsBudgets = { hourlyy: 5 } as never;
    },
  ],
  [
    "zero wrong-code budget per address",
    "limits.loginIpHourlyWrongLimit",
    (s) => {
      s.limits.loginIpHourlyWrongLimit = 0;
    },
  ],
  [
    "SMS timeout not below the resend cooldown",
    "sms.timeoutSeconds",
    (s) => {
      s.sms.timeoutSeconds = 5;
      s.limits.resendCooldownSeconds = 5;
    },
  ],
  [
    "SMS timeout above the resend cooldown",
    "sms.timeoutSeconds",
    (s) => {
      s.sms.timeoutSeconds = 8;
      s.function.timeoutSeconds = 30;
      s.limits.resendCooldownSeconds = 6;
    },
  ],
  [
    "SMS app id malformed",
    "sms.sdkAppId",
    (s) => {
      s.sms.sdkAppId = "abc";
    },
  ],
  [
    "SMS API region",
    "sms.region",
    (s) => {
      s.sms.region = "ap-shanghai";
    },
  ],
  [
    "template id missing",
    "sms.template.id",
    (s) => {
      s.sms.template = { manage: false, id: "" };
    },
  ],
  [
    "managed template without placeholders",
    "sms.template.content",
    (s) => {
      s.sms.template = { manage: true, name: "t", content: "your code", international: 0, remark: "r" };
    },
  ],
  [
    "managed sign without proof image",
    "sms.sign.proofImagePath",
    (s) => {
      s.sms.sign = {
        manage: true,
        name: "S",
        signType: 0,
        documentType: 0,
        international: 0,
        signPurpose: 0,
        proofImagePath: "",
      };
    },
  ],
  [
    "served region not an ISO code",
    "sms.allowedRegions",
    (s) => {
      s.sms.allowedRegions = ["CHN"];
    },
  ],
  [
    "served region unknown",
    "sms.allowedRegions",
    (s) => {
      s.sms.allowedRegions = ["XX"];
    },
  ],
  [
    "no served region",
    "sms.allowedRegions",
    (s) => {
      s.sms.allowedRegions = [];
    },
  ],
  [
    "served region twice",
    "sms.allowedRegions",
    (s) => {
      s.sms.allowedRegions = ["CN", "CN"];
    },
  ],
  [
    "domestic template serving Hong Kong",
    "sms.allowedRegions",
    (s) => {
      s.sms.template = { manage: true, name: "t", international: 0, remark: "r" };
      s.sms.allowedRegions = ["CN", "HK"];
    },
  ],
  [
    "international template serving mainland China",
    "sms.allowedRegions",
    (s) => {
      s.sms.template = { manage: true, name: "t", international: 1, remark: "r" };
      s.sms.allowedRegions = ["CN"];
    },
  ],
  [
    "Redis memory not sold",
    "redis.memoryMb",
    (s) => {
      (s.redis as CreatedRedisSettings).memoryMb = 300;
    },
  ],
  [
    "Redis replicas above 5",
    "redis.replicas",
    (s) => {
      (s.redis as CreatedRedisSettings).replicas = 6;
    },
  ],
  [
    "Redis unknown version",
    "redis.version",
    (s) => {
      (s.redis as { version: string }).version = "5.0";
    },
  ],
  [
    "Redis unknown architecture",
    "redis.architecture",
    (s) => {
      (s.redis as { architecture: string }).architecture = "sentinel";
    },
  ],
  [
    "cluster without shard count",
    "redis.shards",
    (s) => {
      s.redis = { architecture: "cluster", version: "7.0", memoryMb: 1024, replicas: 1 };
    },
  ],
  [
    "standard with shards",
    "redis.shards",
    (s) => {
      (s.redis as CreatedRedisSettings).shards = 3;
    },
  ],
  [
    "unknown ingress",
    "ingress.kind",
    (s) => {
      (s.ingress as { kind: string }).kind = "loadBalancer";
    },
  ],
  [
    "service id on functionUrl",
    "ingress.existingServiceId",
    (s) => {
      s.ingress = { kind: "functionUrl", existingServiceId: "service-abc" };
    },
  ],
  [
    "code TTL not whole minutes",
    "limits.codeTtlSeconds",
    (s) => {
      s.limits = { ...s.limits, codeTtlSeconds: 90 };
    },
  ],
  [
    "zero attempts",
    "limits.maxAttempts",
    (s) => {
      s.limits = { ...s.limits, maxAttempts: 0 };
    },
  ],
  [
    "COS bucket without app id",
    "backend.bucket",
    (s) => {
      s.backend = { kind: "cos", bucket: "state", region: "ap-guangzhou", encrypt: true };
    },
  ],
  [
    "reserved tag key",
    "tags.env",
    (s) => {
      s.tags = { env: "x" };
    },
  ],
  [
    "upper-case environment name",
    "name",
    (s) => {
      s.name = "Dev";
    },
  ],
  [
    "leastPrivilege not boolean",
    "role.leastPrivilege",
    (s) => {
      (s.role as { leastPrivilege: unknown }).leastPrivilege = "yes";
    },
  ],
];

describe("invalid configuration fails with environment and field named", () => {
  it.each(INVALID_CASES)("%s → %s", (_label, field, change) => {
    const error = problemsOf(change);
    expect(error.code).toBe("InvalidEnvironmentConfig");
    expect(error.problems.map((p) => p.field)).toContain(field);
    expect(error.message).toContain(`environment "${error.environment}"`);
    expect(error.message).toContain(`${field}:`);
  });

  it("names the environment the entry belongs to", () => {
    const error = problemsOf((s) => {
      s.name = "qa";
      s.network.subnetCidr = "192.168.0.0/24";
    });
    expect(error.environment).toBe("qa");
    expect(error.message).toMatch(
      /environment "qa"[\s\S]*network\.subnetCidr: 192\.168\.0\.0\/24 is outside the VPC 10\.10\.0\.0\/16/,
    );
  });

  it("reports every problem of an entry at once", () => {
    const error = problemsOf((s) => {
      s.region = "nowhere";
      s.function.memoryMb = 100;
    });
    expect(error.problems.map((p) => p.field)).toEqual(
      expect.arrayContaining(["region", "availabilityZone", "function.memoryMb"]),
    );
  });
});

describe("strict schema: unknown keys and wrong types", () => {
  it("names an unknown key by its path and suggests the key that was meant", () => {
    const error = problemsOf((s) => {
      const redis = s.redis as unknown as Record<string, unknown>;
      redis.memroyMb = redis.memoryMb;
      delete redis.memoryMb;
    });
    expect(error.problems).toEqual(
      expect.arrayContaining([
        { field: "redis.memroyMb", message: 'unknown key; did you mean "memoryMb"?' },
        { field: "redis.memoryMb", message: expect.stringMatching(/^is required/) },
      ]),
    );
    expect(error.message).toContain('dev.redis.memroyMb: unknown key; did you mean "memoryMb"?');
  });

  it("lists the known keys when no key is close, with array indexes in the path", () => {
    const error = problemsOf((s) => {
      s.campaigns!.templates = [{ key: "spring-festival", name: "sf", international: 0, remark: "r", colour: "red" } as never];
    });
    expect(error.problems).toEqual([
      {
        field: "campaigns.templates[0].colour",
        message: "unknown key; known keys here: key, name, content, international, remark",
      },
    ]);
  });

  it("shows the value it got and what it expected", () => {
    const error = problemsOf((s) => {
      (s.redis as unknown as Record<string, unknown>).replicas = "two";
    });
    expect(error.problems).toEqual([{ field: "redis.replicas", message: 'must be an integer from 1 to 5, got "two"' }]);
  });

  it("says which region a zone belongs to when it is another region's", () => {
    const error = problemsOf((s) => {
      s.availabilityZone = "ap-shanghai-5";
    });
    expect(error.problems).toEqual([
      {
        field: "availabilityZone",
        message: expect.stringMatching(
          /^"ap-shanghai-5" is a zone of ap-shanghai, not of region ap-guangzhou; zones of ap-guangzhou: ap-guangzhou-1, .*ap-guangzhou-3/,
        ),
      },
    ]);
  });

  it("accepts every zone of the region it is checked against", () => {
    for (const zone of ["ap-guangzhou-3", "ap-guangzhou-4", "ap-guangzhou-6", "ap-guangzhou-7"]) {
      expect(validateEnvironment({ ...baseSettings(), availabilityZone: zone }).availabilityZone).toBe(zone);
    }
  });

  it("reports a schema problem and a cross-field problem of one entry together", () => {
    const error = problemsOf((s) => {
      (s.function as unknown as Record<string, unknown>).memorySize = 128;
      s.network.subnetCidr = "10.11.1.0/24";
    });
    expect(error.problems.map((p) => p.field)).toEqual(["function.memorySize", "network.subnetCidr"]);
  });

  it("collects the problems of every environment of the table in one error", () => {
    const dev = baseSettings();
    (dev.redis as unknown as Record<string, unknown>).memroyMb = 256;
    const prod = JSON.parse(JSON.stringify(ENVIRONMENTS.find((e) => e.name === "prod"))) as EnvironmentSettings;
    prod.availabilityZone = "ap-guangzhou-3";
    let error: unknown;
    try {
      validateEnvironments([dev, prod]);
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(EnvironmentConfigError);
    const tableError = error as EnvironmentConfigError;
    expect(tableError.problems.map((p) => `${p.environment}.${p.field}`)).toEqual([
      "dev.redis.memroyMb",
      "prod.availabilityZone",
    ]);
    expect(tableError.message).toMatch(
      /^invalid configuration for environments "dev", "prod":\n {2}- dev\.redis\.memroyMb: unknown key/,
    );
    expect(tableError.message).toContain(
      '  - prod.availabilityZone: "ap-guangzhou-3" is a zone of ap-guangzhou, not of region ap-shanghai',
    );
  });
});
