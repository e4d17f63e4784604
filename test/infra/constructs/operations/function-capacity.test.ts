// Capacity: reserved concurrency on both functions (as memory: instances × function memory), and
// prod's provisioned concurrency on a published version behind the alias the Function URL invokes.
import { ENVIRONMENTS } from "../../../../infra/config/environments";
import { environmentTemplate } from "../../support/environment-fixtures";

describe("FunctionCapacity", () => {
  it.each(["dev", "staging", "prod"])("%s: reserved concurrency on both functions", (env) => {
    const t = environmentTemplate(env);
    const settings = ENVIRONMENTS.find((e) => e.name === env)!;
    const reserved = t.resources("tencentcloud_scf_reserved_concurrency_config");
    const byFunction = Object.fromEntries(reserved.map((r) => [r.function_name, r.reserved_concurrency_mem]));
    expect(byFunction).toEqual({
      [t.referenceToNamed("tencentcloud_scf_function", `smsverify-${env}-verification`, "name")]:
        settings.operations.capacity.verification.reservedConcurrency * settings.function.memoryMb,
      [t.referenceToNamed("tencentcloud_scf_function", `smsverify-${env}-bulk-greeting`, "name")]:
        settings.operations.capacity.bulkGreeting!.reservedConcurrency * settings.campaigns!.function.memoryMb,
    });
  });

  it.each(["dev", "staging"])("%s: no provisioned concurrency; the Function URL is a block of the function", (env) => {
    const t = environmentTemplate(env);
    expect(t.resources("tencentcloud_scf_provisioned_concurrency_config")).toHaveLength(0);
    expect(t.resources("tencentcloud_scf_trigger")).toHaveLength(0);
    expect((t.named("tencentcloud_scf_function", `smsverify-${env}-verification`).triggers as unknown[]).length).toBe(1);
  });

  it("prod: version → alias → Function URL on the alias, instances provisioned on the version", () => {
    const t = environmentTemplate("prod");
    const fnName = t.referenceToNamed("tencentcloud_scf_function", "smsverify-prod-verification", "name");
    // A bare reference (`type.id`): Terraform refuses `${…}` in replace_triggered_by of JSON configuration.
    const fnResource = fnName.replace(/^\$\{/, "").replace(/\.name\}$/, "");
    const version = t.resource("tencentcloud_scf_function_version") as {
      function_name: string;
      lifecycle: { replace_triggered_by: string[] };
    };
    expect(version.function_name).toBe(fnName);
    // A changed function publishes a new version, so the alias never serves stale code.
    expect(version.lifecycle.replace_triggered_by).toEqual([fnResource]);
    const versionRef = t.referenceTo("tencentcloud_scf_function_version", "function_version");
    const alias = t.resource("tencentcloud_scf_function_alias");
    expect(alias).toMatchObject({ name: "smsverify-prod-live", function_name: fnName, function_version: versionRef });
    const provisioned = t.resource("tencentcloud_scf_provisioned_concurrency_config");
    expect(provisioned).toMatchObject({ function_name: fnName, qualifier: versionRef, version_provisioned_concurrency_num: 5 });
    const trigger = t.resource("tencentcloud_scf_trigger");
    expect(trigger).toMatchObject({
      function_name: fnName,
      type: "http",
      qualifier: t.referenceTo("tencentcloud_scf_function_alias", "name"),
    });
    expect(JSON.parse(String(trigger.trigger_desc))).toEqual({
      AuthType: "NONE",
      NetConfig: { EnableIntranet: false, EnableExtranet: true },
    });
    // The function itself no longer carries a trigger block (the two would conflict).
    expect(t.named("tencentcloud_scf_function", "smsverify-prod-verification").triggers).toBeUndefined();
    expect(String(t.outputs().endpoint.value)).toContain(
      `jsonencode(${t.referenceTo("tencentcloud_scf_trigger", "trigger_attribute").slice(2, -1)})`,
    );
  });
});
