// No secret value may appear in any synthesized stack: generated secrets reach their consumers
// only as references to random_password results, and no output exposes them.
import { Testing } from "../../infra/framework";
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { ENVIRONMENT_NAMES, environmentTemplate, synthStack, variant } from "./support/environment-fixtures";
import { scanForSecrets } from "./support/secret-scan";

describe("no secrets in synthesized stacks", () => {
  it.each(ENVIRONMENT_NAMES)("environment %s: secrets only by reference, none in outputs", (name) => {
    const template = environmentTemplate(name);
    expect(scanForSecrets(template.document)).toEqual([]);
    // Both generated secrets exist and reach the function only through Secrets Manager.
    expect(Object.keys(template.document.resource.random_password)).toHaveLength(2);
    const runtimeName = template.referenceToNamed("tencentcloud_ssm_secret", `smsverify-${name}-function-secrets`, "secret_name");
    const runtimeVersion = template.resources("tencentcloud_ssm_secret_version").find((v) => v.secret_name === runtimeName) as {
      secret_string: string;
    };
    for (const generated of Object.keys(template.document.resource.random_password)) {
      expect(runtimeVersion.secret_string).toContain(`random_password.${generated}.result`);
    }
  });

  it("the written cdk.tf.json (with metadata) is clean too", () => {
    const { stack } = synthStack(variant(() => undefined));
    const outdir = Testing.fullSynth(stack);
    const file = join(outdir, "stacks", "dev", "cdk.tf.json");
    expect(readdirSync(join(outdir, "stacks"))).toEqual(["dev"]);
    expect(scanForSecrets(JSON.parse(readFileSync(file, "utf8")))).toEqual([]);
  });

  it("every environment: the verification function's environment names its secrets and holds none", () => {
    for (const name of ENVIRONMENT_NAMES) {
      const template = environmentTemplate(name);
      const environment = template.named("tencentcloud_scf_function", `smsverify-${name}-verification`).environment as Record<
        string,
        string
      >;
      expect(environment).not.toHaveProperty("CODE_PEPPER");
      expect(environment).not.toHaveProperty("REDIS_PASSWORD");
      expect(environment).not.toHaveProperty("SECRETS_SOURCE");
      expect(environment).toMatchObject({
        SECRET_NAME: `smsverify-${name}-function-secrets`,
        SIGNING_KEYS_SECRET_NAME: `smsverify-${name}-signing-keys`,
      });
      expect(JSON.stringify(environment)).not.toMatch(/random_password/);
    }
  });

  it("the scan catches a literal Secrets Manager value, and accepts references and the empty key set", () => {
    const findings = scanForSecrets({
      resource: {
        tencentcloud_ssm_secret_version: {
          literal: { secret_name: "n", secret_string: '{"codePepper":"hunter2hunter2hunter2"}' },
          keys: { secret_name: "n", secret_string: '{"version":1,"keys":[{"kid":"abcd"}]}' },
          mixed: { secret_name: "n", secret_string: '${jsonencode({"codePepper" = "hunter2hunter2hunter2"})}' },
          references: { secret_name: "n", secret_string: '${jsonencode({"codePepper" = random_password.p.result})}' },
          empty: { secret_name: "n", secret_string: '{"version":1,"keys":[]}' },
        },
      },
    });
    expect(findings.map((f) => f.path)).toEqual([
      "$.resource.tencentcloud_ssm_secret_version.literal.secret_string",
      "$.resource.tencentcloud_ssm_secret_version.keys.secret_string",
      "$.resource.tencentcloud_ssm_secret_version.mixed.secret_string",
    ]);
  });

  it("the scan catches a literal password, a literal pepper, a leaking output and a key id", () => {
    const findings = scanForSecrets({
      resource: {
        tencentcloud_redis_instance: { r: { password: "hunter2hunter2" } },
        tencentcloud_scf_function: {
          f: {
            environment: {
              REDIS_PASSWORD: "${random_password.p.result}",
              CODE_PEPPER: "abc",
              NOTE: "AKIDabcdefghijklmnopqrstuvwxyz012345",
            },
          },
        },
      },
      output: { leak: { value: "${random_password.p.result}" } },
    });
    expect(findings.map((f) => f.path)).toEqual(
      expect.arrayContaining([
        "$.resource.tencentcloud_redis_instance.r.password",
        "$.resource.tencentcloud_scf_function.f.environment.CODE_PEPPER",
        "$.resource.tencentcloud_scf_function.f.environment.NOTE",
        "$.output.leak",
      ]),
    );
  });
});
