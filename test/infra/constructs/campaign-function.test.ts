// BulkGreetingFunction inside full stacks: handler/runtime/VPC/role, a timer trigger with the
// configured cron, and the environment functions/bulk-greeting/function-config.ts reads — Redis
// and the bucket by reference, the Redis password never (its secret's name instead), no pepper.
import { ScfFunction } from "../../../infra/.gen/providers/tencentcloud/scf-function";
import { environmentTemplate, synthStack, variant } from "../support/environment-fixtures";
import { Template } from "../support/template";

type Trigger = { name: string; type: string; trigger_desc: string };

const EXPECTED_VARIABLES = [
  "CAMPAIGN_BUCKET",
  "CAMPAIGN_BUCKET_REGION",
  "CAMPAIGN_STORAGE",
  "FUNCTION_TIMEOUT_SECONDS",
  "REDIS_CLUSTER",
  "REDIS_HOST",
  "REDIS_PASSWORD_SECRET_FIELD",
  "REDIS_PASSWORD_SECRET_NAME",
  "REDIS_PORT",
  "SEND_RATE_PER_SECOND",
  "SMS_REGION",
  "SMS_SDKAPPID",
  "SMS_TIMEOUT_SECONDS",
  "SSM_REGION",
];

function bulkFunction(template: Template, env: string) {
  return template.named("tencentcloud_scf_function", `smsverify-${env}-bulk-greeting`);
}

describe("BulkGreetingFunction", () => {
  const dev = environmentTemplate("dev");
  const fn = bulkFunction(dev, "dev");
  const environment = fn.environment as Record<string, string>;

  it("runs index.main_handler from its own bundled asset, in the VPC subnet, as the bulk-greeting role", () => {
    expect(dev.json).toHaveResourceWithProperties(ScfFunction, {
      name: "smsverify-dev-bulk-greeting",
      handler: "index.main_handler",
      runtime: "Nodejs20.19",
      mem_size: 256,
      timeout: 300,
      vpc_id: dev.referenceTo("tencentcloud_vpc", "id"),
      subnet_id: dev.referenceTo("tencentcloud_subnet", "id"),
      role: dev.referenceToNamed("tencentcloud_cam_role", "smsverify-dev-bulk-greeting", "name"),
      enable_public_net: true,
    });
    expect(fn.zip_file).toMatch(/^assets\/.+\/archive\.zip$/);
    expect(fn.zip_file).not.toBe(dev.named("tencentcloud_scf_function", "smsverify-dev-verification").zip_file);
  });

  it("is invoked by exactly one timer trigger carrying the configured cron", () => {
    expect(fn.triggers).toEqual([{ name: "smsverify-dev-campaign-tick", type: "timer", trigger_desc: "0 * * * * * *" }]);
    const { template } = synthStack(
      variant((s) => {
        s.campaigns!.timerCron = "30 */5 8-20 * * * *";
      }),
    );
    expect((bulkFunction(template, "dev").triggers as Trigger[])[0].trigger_desc).toBe("30 */5 8-20 * * * *");
  });

  it("sets exactly the variables the function's config parser reads", () => {
    expect(Object.keys(environment).sort()).toEqual(EXPECTED_VARIABLES);
  });

  it("wires Redis and the bucket by reference; the password only through its Secrets Manager secret, and no pepper", () => {
    expect(environment.REDIS_HOST).toBe(dev.referenceTo("tencentcloud_redis_instance", "ip"));
    expect(environment.REDIS_PORT).toBe(dev.referenceTo("tencentcloud_redis_instance", "port"));
    expect(environment).not.toHaveProperty("REDIS_PASSWORD");
    expect(JSON.stringify(environment)).not.toMatch(/random_password/);
    expect(environment).toMatchObject({
      REDIS_PASSWORD_SECRET_NAME: "smsverify-dev-bulk-greeting-secrets",
      REDIS_PASSWORD_SECRET_FIELD: "redisPassword",
      SSM_REGION: "ap-guangzhou",
    });
    // The secret holds the Redis instance's own random_password, by reference.
    const secretName = dev.referenceToNamed("tencentcloud_ssm_secret", "smsverify-dev-bulk-greeting-secrets", "secret_name");
    const version = dev.resources("tencentcloud_ssm_secret_version").find((v) => v.secret_name === secretName)!;
    expect(version.secret_string).toBe(
      `\${jsonencode({"redisPassword" = ${String(dev.resource("tencentcloud_redis_instance").password).slice(2, -1)}})}`,
    );
    expect(environment).not.toHaveProperty("CODE_PEPPER");
    expect(environment.CAMPAIGN_BUCKET).toBe(dev.referenceTo("tencentcloud_cos_bucket", "bucket"));
    expect(environment).toMatchObject({
      CAMPAIGN_STORAGE: "cos",
      CAMPAIGN_BUCKET_REGION: "ap-guangzhou",
      REDIS_CLUSTER: "false",
      SEND_RATE_PER_SECOND: "5",
      SMS_SDKAPPID: "1400000000",
      SMS_REGION: "ap-guangzhou",
      SMS_TIMEOUT_SECONDS: "5",
      FUNCTION_TIMEOUT_SECONDS: "300",
    });
  });

  it("prod: cluster Redis, the bucket in the stack's region (not the SMS API region), prod sizing and rate", () => {
    const prod = environmentTemplate("prod");
    const prodFn = bulkFunction(prod, "prod");
    expect(prodFn).toMatchObject({ mem_size: 512, timeout: 600 });
    expect(prodFn.environment).toMatchObject({
      REDIS_CLUSTER: "true",
      CAMPAIGN_BUCKET_REGION: "ap-shanghai",
      SMS_REGION: "ap-guangzhou",
      SEND_RATE_PER_SECOND: "50",
      FUNCTION_TIMEOUT_SECONDS: "600",
    });
  });

  it("names the function in the stack outputs", () => {
    expect(dev.outputs().bulk_greeting_function_name.value).toBe(
      dev.referenceToNamed("tencentcloud_scf_function", "smsverify-dev-bulk-greeting", "name"),
    );
  });
});
