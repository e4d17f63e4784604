// Every synthesized stack — each environment of the table and the state-bucket stack, discovered
// from the app's manifest — through the real tencentcloud and random providers: `terraform init
// -backend=false`, `terraform validate` (the provider's own checks, e.g. an alarm policy's remark
// ≤ 100 characters, and Terraform's, e.g. replace_triggered_by holding bare references) and
// `terraform plan -refresh=false` with dummy credentials. Harness: test/support/terraform-test.ts.
import { ENVIRONMENTS } from "../../../infra/config/environments";
import { STATE_BUCKET_STACK } from "../../../infra/config/state-location";
import { synthesizeStacks, TerraformWorkspace } from "../../support/terraform-test";
import { PLAN_VARIABLES } from "./stack-variables";

const stacks = synthesizeStacks();

describe("every synthesized stack with the real provider", () => {
  it("covers each environment of the table and the state-bucket stack", () => {
    expect(stacks.map((s) => s.name).sort()).toEqual([...ENVIRONMENTS.map((e) => e.name as string), STATE_BUCKET_STACK].sort());
  });

  it.each(stacks.map((s) => [s.name, s] as const))("%s: init, validate and plan -refresh=false succeed", (_name, stack) => {
    const workspace = TerraformWorkspace.of(stack);
    expect(workspace.validate()).toEqual({ valid: true, errors: [] });
    const plan = workspace.plan(PLAN_VARIABLES(stack.document));
    expect(plan).toMatch(/Plan: \d+ to add, 0 to change, 0 to destroy\./);
  });
});

describe("an environment added to the table", () => {
  it("is synthesized, validated and planned by the same checks without a test edit", () => {
    const staging = ENVIRONMENTS.find((e) => e.name === "staging")!;
    const qa = { ...JSON.parse(JSON.stringify(staging)), name: "qa" };
    const added = synthesizeStacks([...ENVIRONMENTS, qa]).find((s) => s.name === "qa");
    expect(added).toBeDefined();
    const workspace = TerraformWorkspace.of(added!);
    expect(workspace.validate()).toEqual({ valid: true, errors: [] });
    expect(workspace.plan(PLAN_VARIABLES(added!.document))).toMatch(/Plan: \d+ to add/);
  });
});
