// No secret value may appear in any synthesized stack: generated secrets reach their consumers
// only as references to random_password results, and no output exposes them.
import { Testing } from "cdktf";
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { ENVIRONMENT_NAMES, environmentTemplate, synthStack, variant } from "./support/environment-fixtures";
import { scanForSecrets } from "./support/secret-scan";

describe("no secrets in synthesized stacks", () => {
  it.each(ENVIRONMENT_NAMES)("environment %s: secrets only by reference, none in outputs", (name) => {
    const template = environmentTemplate(name);
    expect(scanForSecrets(template.document)).toEqual([]);
    // Both generated secrets exist and feed the function.
    expect(Object.keys(template.document.resource.random_password)).toHaveLength(2);
  });

  it("the written cdk.tf.json (with metadata) is clean too", () => {
    const { stack } = synthStack(variant(() => undefined));
    const outdir = Testing.fullSynth(stack);
    const file = join(outdir, "stacks", "dev", "cdk.tf.json");
    expect(readdirSync(join(outdir, "stacks"))).toEqual(["dev"]);
    expect(scanForSecrets(JSON.parse(readFileSync(file, "utf8")))).toEqual([]);
  });

  it("the scan catches a literal password, a literal pepper, a leaking output and a key id", () => {
    const findings = scanForSecrets({
      resource: {
        tencentcloud_redis_instance: { r: { password: "hunter2hunter2" } },
        tencentcloud_scf_function: {
          f: { environment: { REDIS_PASSWORD: "${random_password.p.result}", CODE_PEPPER: "abc", NOTE: "AKIDabcdefghijklmnopqrstuvwxyz012345" } },
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
