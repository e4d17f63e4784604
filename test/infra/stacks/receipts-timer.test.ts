// Delivery receipts are pulled in every environment, and by exactly one puller per SMS app
// (PullSmsSendStatus hands each receipt out once): the bulk-greeting tick where the environment has
// campaigns, otherwise the receipts timer on the verification function — a standalone timer trigger
// (the function's own `triggers` stay as they were: changing that set would recreate the Function
// URL) with a name and cron SCF accepts, and with least privilege a grant of sms:PullSmsSendStatus.
import { EnvironmentSettings } from "../../../infra/config/environment-settings";
import { scfTimerCronProblem } from "../../../infra/config/scf-timer-cron";
import { checkSynthesizedStack, formatViolations } from "../../../infra/schema-check/check-synthesized-stack";
import { ENVIRONMENT_NAMES, environmentTemplate, synthStack, variant } from "../support/environment-fixtures";
import { PROVIDER_SCHEMAS } from "../support/provider-schemas";
import { Template, type ResourceBody } from "../support/template";

type Trigger = { type: string; name?: string; trigger_desc?: string };

/** Who pulls receipts in a stack: timer triggers on their own, and functions with a timer block (the tick). */
function pullersOf(template: Template) {
  const timers = template.resources("tencentcloud_scf_trigger").filter((t) => t.type === "timer");
  const ticks = template
    .resources("tencentcloud_scf_function")
    .filter((fn) => ((fn.triggers as Trigger[] | undefined) ?? []).some((t) => t.type === "timer"));
  return { timers, ticks };
}

const noCampaigns = (s: EnvironmentSettings) => {
  delete s.campaigns;
  delete s.operations.capacity.bulkGreeting;
};

const verificationFunction = (template: Template) => template.named("tencentcloud_scf_function", "smsverify-dev-verification");

const policiesAllowing = (template: Template, action: string) =>
  template
    .resources("tencentcloud_cam_policy")
    .filter((p) =>
      (JSON.parse(String(p.document)) as { statement: { action: string[] }[] }).statement.some((s) => s.action.includes(action)),
    );

it.each(ENVIRONMENT_NAMES)("%s (campaigns): the bulk-greeting tick pulls, no receipts timer", (name) => {
  const { timers, ticks } = pullersOf(environmentTemplate(name));
  expect(ticks).toHaveLength(1);
  expect(timers).toEqual([]);
});

describe("an environment without campaigns", () => {
  const { template } = synthStack(variant(noCampaigns));

  it("gets a receipts timer on the verification function, and nothing else pulls", () => {
    const { timers, ticks } = pullersOf(template);
    expect(ticks).toEqual([]);
    expect(timers).toHaveLength(1);
    const timer = timers[0] as ResourceBody & Record<string, string>;
    const fnId = Object.entries(template.document.resource.tencentcloud_scf_function).find(
      ([, fn]) => fn.name === "smsverify-dev-verification",
    )![0];
    expect(timer).toMatchObject({
      function_name: `\${tencentcloud_scf_function.${fnId}.name}`,
      namespace: "default",
      type: "timer",
      trigger_name: "smsverify-dev-receipts",
      enable: "OPEN",
    });
    // $LATEST: no qualifier. SCF: a timer name is 1-60 of a-z A-Z 0-9 - _, starting with a letter.
    expect(timer.qualifier).toBeUndefined();
    expect(timer.trigger_name).toMatch(/^[A-Za-z][A-Za-z0-9_-]{0,59}$/);
    expect(scfTimerCronProblem(timer.trigger_desc)).toBeUndefined();
    expect(formatViolations(checkSynthesizedStack(template.document, PROVIDER_SCHEMAS).violations)).toBe("");
  });

  it("leaves the function's own triggers alone (only its Function URL)", () => {
    expect((verificationFunction(template).triggers as Trigger[]).map((t) => t.type)).toEqual(["http"]);
  });

  it("needs no grant with QcloudSMSFullAccess", () => {
    expect(policiesAllowing(template, "sms:PullSmsSendStatus")).toEqual([]);
  });
});

it("with least privilege, grants the verification role sms:PullSmsSendStatus before the first tick", () => {
  const { template } = synthStack(
    variant((s) => {
      noCampaigns(s);
      s.role.leastPrivilege = true;
    }),
  );
  const [policy] = policiesAllowing(template, "sms:PullSmsSendStatus");
  expect(JSON.parse(String(policy.document))).toEqual({
    version: "2.0",
    statement: [{ action: ["sms:PullSmsSendStatus"], effect: "allow", resource: ["*"] }],
  });
  const attachments = Object.entries(template.document.resource.tencentcloud_cam_role_policy_attachment);
  const [attachmentId, attachment] = attachments.find(([, a]) => String(a.policy_id).includes(".receipts-timer_policy"))!;
  const roleId = Object.entries(template.document.resource.tencentcloud_cam_role).find(
    ([, r]) => r.name === "smsverify-dev-function",
  )![0];
  expect(attachment.role_id).toBe(`\${tencentcloud_cam_role.${roleId}.id}`);
  const [timer] = pullersOf(template).timers;
  expect(timer.depends_on).toEqual([`tencentcloud_cam_role_policy_attachment.${attachmentId}`]);
});

it("with a brought Redis (no campaigns possible), the receipts timer pulls", () => {
  const { timers, ticks } = pullersOf(
    synthStack(
      variant((s) => {
        noCampaigns(s);
        s.redis = {
          existing: { host: "10.10.1.40", port: 6380, passwordSecret: { name: "ops-shared-redis", field: "password" } },
        };
      }),
    ).template,
  );
  expect([timers.length, ticks.length]).toEqual([1, 0]);
});
