// The receipts timer through the real provider (test/support/terraform-test.ts): an environment
// without campaigns — dev's entry without them and with least privilege, as the only entry of a
// table (a non-dev name would have to page someone) — is validated, planned
// and dry-applied with the real tencentcloud provider. After apply the timer trigger names the
// verification function, carries a cron and a name, and the role holds sms:PullSmsSendStatus
// through the policy attached to it.
import { ENVIRONMENTS } from "../../../infra/config/environments";
import type { EnvironmentEntry } from "../../../infra/config/environment-settings";
import { synthesizeStacks, TerraformWorkspace } from "../../support/terraform-test";
import { PLAN_VARIABLES } from "./stack-variables";

const entry = JSON.parse(JSON.stringify(ENVIRONMENTS.find((e) => e.name === "dev"))) as EnvironmentEntry;
delete entry.campaigns;
delete entry.operations.capacity.bulkGreeting;
entry.role = { leastPrivilege: true };
const stack = synthesizeStacks([entry]).find((s) => s.name === "dev")!;
const workspace = TerraformWorkspace.of(stack);

it("validates and plans with the real provider", () => {
  expect(workspace.validate()).toEqual({ valid: true, errors: [] });
  expect(workspace.plan(PLAN_VARIABLES(stack.document))).toMatch(/Plan: \d+ to add, 0 to change, 0 to destroy\./);
});

it("after a dry apply, the timer invokes the verification function and its role may pull receipts", () => {
  const state = workspace.dryApply({ variables: PLAN_VARIABLES(stack.document) });
  const fn = state.named("tencentcloud_scf_function", "smsverify-dev-verification");
  const [timer] = state.resources("tencentcloud_scf_trigger");
  expect(timer.values).toMatchObject({
    function_name: fn.values.name,
    namespace: "default",
    type: "timer",
    trigger_name: "smsverify-dev-receipts",
    trigger_desc: "0 * * * * * *",
    enable: "OPEN",
  });
  const role = state.named("tencentcloud_cam_role", "smsverify-dev-function");
  expect(fn.values.role).toBe(role.values.name);
  const policy = state.named("tencentcloud_cam_policy", "smsverify-dev-pull-sms-receipts");
  expect(JSON.parse(String(policy.values.document)).statement).toEqual([
    { action: ["sms:PullSmsSendStatus"], effect: "allow", resource: ["*"] },
  ]);
  expect(
    state
      .resources("tencentcloud_cam_role_policy_attachment")
      .some((a) => a.values.role_id === role.values.id && a.values.policy_id === policy.values.id),
  ).toBe(true);
});
