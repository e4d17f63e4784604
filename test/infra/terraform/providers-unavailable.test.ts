// Without the real providers (no mirror, no registry) the real-provider suites fail, each with the
// same message saying what to do; nothing is skipped.
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { ensureRealProviders } from "../../support/terraform-provider";

describe("real providers that cannot be installed", () => {
  const saved = process.env.TF_CLI_CONFIG_FILE;
  afterAll(() => {
    if (saved === undefined) delete process.env.TF_CLI_CONFIG_FILE;
    else process.env.TF_CLI_CONFIG_FILE = saved;
  });

  it("fail the suite with one message naming the providers, the source tried and both remedies", () => {
    // An empty mirror, and the registry excluded for both providers: what a machine with neither has.
    const dir = mkdtempSync(join(tmpdir(), "tf-no-providers-"));
    const only = '["registry.terraform.io/tencentcloudstack/tencentcloud", "registry.terraform.io/hashicorp/random"]';
    writeFileSync(
      join(dir, "terraformrc"),
      `provider_installation {\n  filesystem_mirror {\n    path = "${dir}/mirror"\n    include = ${only}\n  }\n  direct {\n    exclude = ${only}\n  }\n}\n`,
    );
    process.env.TF_CLI_CONFIG_FILE = join(dir, "terraformrc");
    const providers = [{ source: "tencentcloudstack/tencentcloud", version: "1.83.25" }];
    let message = "";
    try {
      ensureRealProviders(providers);
    } catch (error) {
      message = (error as Error).message;
    }
    expect(message).toContain(
      "The real providers (tencentcloudstack/tencentcloud 1.83.25) could not be installed from the CLI configuration",
    );
    expect(message).toContain("install-mirror.sh DIR");
    expect(message).toContain("registry.terraform.io");
    // The next suite of the process gets the same message (the failed install is not retried).
    expect(() => ensureRealProviders(providers)).toThrow(message);
  });
});
