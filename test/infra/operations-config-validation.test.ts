// The operations block of the environment table: alarms may be off only in dev, alarms must reach
// someone, thresholds and retention in range, and reserved concurrency × Redis connections per
// container under the Redis instance's connection limit. Each mistake names its field.
import { EnvironmentConfigError } from "../../infra/config/environment-config-error";
import { EnvironmentSettings, CreatedRedisSettings } from "../../infra/config/environment-settings";
import { ENVIRONMENTS } from "../../infra/config/environments";
import { validateEnvironment } from "../../infra/config/validate-environment";
import { redisConnectionLimit, redisConnectionsPerContainer } from "../../infra/config/validate-operations";
import { baseSettings } from "./support/environment-fixtures";

function settingsOf(name: string): EnvironmentSettings {
  return JSON.parse(JSON.stringify(ENVIRONMENTS.find((e) => e.name === name)));
}

function messageOf(settings: EnvironmentSettings): string {
  try {
    validateEnvironment(settings);
  } catch (error) {
    if (error instanceof EnvironmentConfigError) return error.message;
    throw error;
  }
  throw new Error("validation accepted an invalid configuration");
}

function changed(base: EnvironmentSettings, change: (s: EnvironmentSettings) => void): EnvironmentSettings {
  change(base);
  return base;
}

describe("operations settings", () => {
  it("dev may turn alarms off", () => {
    expect(settingsOf("dev").operations.alarms.enabled).toBe(false);
    expect(() => validateEnvironment(settingsOf("dev"))).not.toThrow();
  });

  it.each(["staging", "prod"])("%s may not turn alarms off", (name) => {
    const message = messageOf(
      changed(settingsOf(name), (s) => {
        s.operations.alarms.enabled = false;
      }),
    );
    expect(message).toContain(`environment "${name}"`);
    expect(message).toContain(`${name}.operations.alarms.enabled`);
    expect(message).toMatch(/operations\.alarms\.enabled: only a dev environment may turn alarms off/);
  });

  it("alarms that reach nobody are refused; a webhook alone is enough", () => {
    const nobody = changed(settingsOf("staging"), (s) => {
      s.operations.alarms.contacts = { userIds: [], groupIds: [] };
    });
    expect(messageOf(nobody)).toMatch(/operations\.alarms\.contacts: alarms are on but reach nobody/);
    const webhook = changed(settingsOf("staging"), (s) => {
      s.operations.alarms.contacts = { webhookUrl: "https://hooks.example.com/x" };
    });
    expect(() => validateEnvironment(webhook)).not.toThrow();
  });

  it("rejects a plain-http webhook, unknown channels and non-integer ids", () => {
    const message = messageOf(
      changed(settingsOf("prod"), (s) => {
        s.operations.alarms.contacts = { userIds: [1.5], channels: ["pager" as never], webhookUrl: "http://hooks.example.com" };
      }),
    );
    expect(message).toMatch(
      /operations\.alarms\.contacts\.userIds\[0\]: must be a positive integer id \(CAM user UID or user group id\), got 1\.5/,
    );
    expect(message).toMatch(/operations\.alarms\.contacts\.channels\[0\]: must be one of email, sms, wechat, call, got "pager"/);
    expect(message).toMatch(/operations\.alarms\.contacts\.webhookUrl: must be an https:\/\/ URL/);
  });

  it("checks thresholds and retention ranges, and unknown threshold names", () => {
    const message = messageOf(
      changed(settingsOf("prod"), (s) => {
        s.operations.alarms.thresholds = { ...s.operations.alarms.thresholds, redisMemoryPercent: 120, budgetTrips: 0 };
        (s.operations.alarms.thresholds as unknown as Record<string, number>).errorsPerHour = 3;
        s.operations.logs.retentionDays = 0;
      }),
    );
    expect(message).toMatch(/operations\.alarms\.thresholds\.redisMemoryPercent: must be an integer from 1 to 100, got 120/);
    expect(message).toMatch(/operations\.alarms\.thresholds\.budgetTrips: must be an integer from 1/);
    expect(message).toMatch(
      /operations\.alarms\.thresholds\.errorsPerHour: unknown key; known keys here: functionErrorsPerMinute/,
    );
    expect(message).toMatch(/operations\.logs\.retentionDays: must be an integer from 1 to 3600, got 0/);
  });

  it("keeps reserved concurrency × Redis connections per container under the Redis connection limit", () => {
    // dev: standard Redis, one connection per container, limit 10,000.
    const standard = baseSettings().redis as CreatedRedisSettings;
    expect(redisConnectionsPerContainer(standard)).toBe(1);
    expect(redisConnectionLimit(standard)).toBe(10_000);
    const over = changed(baseSettings(), (s) => {
      s.operations.capacity.verification.reservedConcurrency = 9000;
      s.operations.capacity.bulkGreeting!.reservedConcurrency = 1000;
    });
    const under = changed(baseSettings(), (s) => {
      s.operations.capacity.verification.reservedConcurrency = 9000;
      s.operations.capacity.bulkGreeting!.reservedConcurrency = 999;
    });
    expect(() => validateEnvironment(under)).not.toThrow();
    expect(redisConnectionsPerContainer({ architecture: "cluster", shards: 3 })).toBe(4);
    // prod: a 3-shard cluster → 30,000; (500 + 4) containers × 4 connections fits, 7,500 would not.
    expect(() => validateEnvironment(settingsOf("prod"))).not.toThrow();
    const clusterOver = changed(settingsOf("prod"), (s) => {
      s.operations.capacity.verification.reservedConcurrency = 7500;
    });
    expect(messageOf(clusterOver)).toMatch(
      /reserved concurrency 7504 × 4 Redis connection\(s\) per container = 30016 reaches the Redis connection limit 30000/,
    );
    expect(messageOf(over)).toBe(
      'invalid configuration for environment "dev":\n' +
        "  - dev.operations.capacity: reserved concurrency 10000 × 1 Redis connection(s) per container = 10000 reaches the Redis connection limit 10000 (10000 per shard); lower reservedConcurrency or add shards",
    );
  });

  it("provisioned concurrency fits inside reserved concurrency and needs a Function URL ingress", () => {
    const message = messageOf(
      changed(settingsOf("prod"), (s) => {
        s.operations.capacity.verification = { reservedConcurrency: 4, provisionedConcurrency: 5 };
        s.ingress = { kind: "apiGateway" };
      }),
    );
    expect(message).toMatch(
      /operations\.capacity\.verification\.provisionedConcurrency: must not exceed verification\.reservedConcurrency \(4\)/,
    );
    expect(message).toMatch(/operations\.capacity\.verification\.provisionedConcurrency: needs ingress\.kind functionUrl/);
  });

  it("a missing operations block is reported, not crashed on", () => {
    const message = messageOf(
      changed(baseSettings(), (s) => {
        delete (s as Partial<EnvironmentSettings>).operations;
      }),
    );
    expect(message).toMatch(/dev\.operations: is required: must set logs, alarms and capacity/);
  });
});
