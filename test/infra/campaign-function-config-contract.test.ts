// Contract between the stack and the bulk-greeting function: the environment each stack gives it,
// with Terraform references replaced by plausible resolved values, is accepted by the function's
// own parser (functions/bulk-greeting/function-config.ts) and means what the stack intended.
import { fromEnvironment } from "../../functions/bulk-greeting/settings";
import { redisPasswordSecret } from "../../functions/bulk-greeting/redis-password";
import { ENVIRONMENT_NAMES, environmentTemplate } from "./support/environment-fixtures";

function resolveReference(reference: string): string {
  if (/random_password\..+\.result/.test(reference)) return "Rk9-resolved_password-value-0123456789";
  if (/redis_instance\..+\.ip/.test(reference)) return "10.0.1.15";
  if (/redis_instance\..+\.port/.test(reference)) return "6379";
  const bucket = /cos_bucket\.(.+)\.bucket/.exec(reference);
  if (bucket) return "resolved-campaigns-1250000000";
  throw new Error(`unexpected reference in the bulk-greeting environment: ${reference}`);
}

describe.each(ENVIRONMENT_NAMES)("environment %s", (env) => {
  it("gives the bulk-greeting function an environment its config parser accepts, with COS storage and the stack's sizing", () => {
    const template = environmentTemplate(env);
    const fn = template.named("tencentcloud_scf_function", `smsverify-${env}-bulk-greeting`);
    const environment = fn.environment as Record<string, string>;
    const resolved = Object.fromEntries(
      Object.entries(environment).map(([key, value]) => [key, value.startsWith("${") ? resolveReference(value) : value]),
    );
    const config = fromEnvironment(resolved);
    expect(config.storage).toEqual({
      kind: "cos",
      bucket: "resolved-campaigns-1250000000",
      region: env === "prod" ? "ap-shanghai" : "ap-guangzhou",
    });
    expect(config.redis).toMatchObject({
      host: "10.0.1.15",
      port: 6379,
      cluster: env === "prod",
      // The password is read from Secrets Manager at run time, never from the environment.
      passwordSecretName: `smsverify-${env}-bulk-greeting-secrets`,
      passwordSecretField: "redisPassword",
      ssmRegion: env === "prod" ? "ap-shanghai" : "ap-guangzhou",
    });
    expect(config.redis.password).toBeUndefined();
    expect(redisPasswordSecret(config)).toEqual({
      name: `smsverify-${env}-bulk-greeting-secrets`,
      versionId: "current",
      field: "redisPassword",
      region: env === "prod" ? "ap-shanghai" : "ap-guangzhou",
    });
    expect(config.functionTimeoutSeconds).toBe(fn.timeout as number);
    expect(config.requestsPerSecond).toBe(Number(environment.SEND_RATE_PER_SECOND));
    expect(config.sms).toMatchObject({ sdkAppId: "1400000000", region: "ap-guangzhou", timeoutSeconds: 5 });
    expect(config.sms).not.toHaveProperty("endpoint");
  });
});
