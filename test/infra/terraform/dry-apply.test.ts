// A dry apply of every environment's stack: `terraform test` with the real provider's schema,
// mock_provider for both providers, and override_resource giving computed attributes the formats
// the provider really reports (template id `1234567#0`, the Function URL inside the trigger
// description, Redis ip/port, numeric CAM ids; test/support/tencentcloud-computed-values.ts). The
// assertions are on what only exists after apply: values built from ids and computed attributes.
import { ENVIRONMENTS } from "../../../infra/config/environments";
import { AppliedResource, AppliedState, synthesizeStacks, TerraformWorkspace } from "../../support/terraform-test";
import { PLAN_VARIABLES } from "./stack-variables";

const environments = ENVIRONMENTS.map((e) => e.name as string);
const stacks = synthesizeStacks().filter((s) => environments.includes(s.name));
const applied = new Map<string, AppliedState>();

/** The dry apply of one environment, run once per file. */
function stateOf(env: string): AppliedState {
  let state = applied.get(env);
  if (!state) {
    const stack = stacks.find((s) => s.name === env)!;
    state = TerraformWorkspace.of(stack).dryApply({ variables: PLAN_VARIABLES(stack.document) });
    applied.set(env, state);
  }
  return state;
}

const environmentOf = (fn: AppliedResource) => fn.values.environment as Record<string, string>;
/** The verification function: the one whose environment names the signing keys. */
const verificationOf = (state: AppliedState) =>
  state.resources("tencentcloud_scf_function").find((fn) => "SIGNING_KEYS_SECRET_NAME" in environmentOf(fn))!;
const bulkGreetingOf = (state: AppliedState) =>
  state.resources("tencentcloud_scf_function").find((fn) => "CAMPAIGN_BUCKET" in environmentOf(fn));
const documentOf = (policy: AppliedResource) =>
  JSON.parse(String(policy.values.document)) as { statement: Array<{ action: string[]; resource: string[] }> };

describe.each(environments)("dry apply of %s with the real provider", (env) => {
  it("applies", () => {
    expect(stateOf(env).resourcesList.length).toBeGreaterThan(10);
  });

  it("gives the verification function a numeric SMS template id, the Redis address and its secret names", () => {
    const state = stateOf(env);
    const vars = environmentOf(verificationOf(state));
    expect(vars.SMS_TEMPLATE_ID).toMatch(/^\d+$/);
    const redis = state.resources("tencentcloud_redis_instance")[0];
    if (redis) {
      expect(vars.REDIS_HOST).toBe(redis.values.ip);
      expect(vars.REDIS_PORT).toBe(String(redis.values.port));
    }
    const secrets = state.resources("tencentcloud_ssm_secret").map((s) => s.values.secret_name);
    expect(secrets).toContain(vars.SECRET_NAME);
    expect(secrets).toContain(vars.SIGNING_KEYS_SECRET_NAME);
  });

  it("puts no password in any function's environment; the bulk-greeting function reads the Redis one from its secret", () => {
    const state = stateOf(env);
    for (const fn of state.resources("tencentcloud_scf_function")) expect(environmentOf(fn)).not.toHaveProperty("REDIS_PASSWORD");
    const bulk = bulkGreetingOf(state);
    if (!bulk) return;
    const vars = environmentOf(bulk);
    const version = state
      .resources("tencentcloud_ssm_secret_version")
      .find((v) => v.values.secret_name === vars.REDIS_PASSWORD_SECRET_NAME)!;
    const redis = state.resources("tencentcloud_redis_instance")[0];
    expect(JSON.parse(String(version.values.secret_string))[vars.REDIS_PASSWORD_SECRET_FIELD]).toBe(redis.values.password);
    const role = state.resources("tencentcloud_cam_role").find((r) => r.values.name === bulk.values.role)!;
    const reads = state
      .resources("tencentcloud_cam_policy")
      .filter((p) =>
        documentOf(p).statement.some((s) => s.resource.some((r) => r.endsWith(`/${vars.REDIS_PASSWORD_SECRET_NAME}`))),
      );
    expect(reads).toHaveLength(1);
    const attachments = state.resources("tencentcloud_cam_role_policy_attachment");
    expect(attachments.some((a) => a.values.role_id === role.values.id && a.values.policy_id === reads[0].values.id)).toBe(true);
  });

  it("reports an https Function URL (or API Gateway URL) as the endpoint output", () => {
    expect(stateOf(env).output("endpoint")).toMatch(/^https:\/\/[0-9A-Za-z.-]+\.[a-z]+(\/\S*)?$/);
  });

  it("outputs numeric campaign template ids", () => {
    const state = stateOf(env);
    if (!("campaign_template_ids" in state.outputs)) return;
    for (const id of Object.values(state.output("campaign_template_ids") as Record<string, string>)) expect(id).toMatch(/^\d+$/);
  });

  it("binds every alarm policy to the objects it watches: the functions and the Redis instance of this stack", () => {
    const state = stateOf(env);
    const policyIds = state.resources("tencentcloud_monitor_alarm_policy").map((p) => p.values.id);
    const functionNames = state.resources("tencentcloud_scf_function").map((f) => f.values.name);
    const redisIds = state.resources("tencentcloud_redis_instance").map((r) => r.values.id);
    const bindings = state.resources("tencentcloud_monitor_policy_binding_object");
    expect(bindings.map((b) => b.values.policy_id).sort()).toEqual([...policyIds].sort());
    for (const binding of bindings) {
      for (const dimension of binding.values.dimensions as Array<{ dimensions_json: string }>) {
        const object = JSON.parse(dimension.dimensions_json) as Record<string, string>;
        if ("functionName" in object) expect(functionNames).toContain(object.functionName);
        else expect(redisIds).toContain(object.instanceid);
      }
    }
    const topicIds = state.resources("tencentcloud_cls_topic").map((t) => t.values.id);
    for (const alarm of state.resources("tencentcloud_cls_alarm")) {
      for (const target of alarm.values.alarm_targets as Array<{ topic_id: string }>) expect(topicIds).toContain(target.topic_id);
    }
  });

  it("grants the function roles exactly the secrets and bucket of this stack", () => {
    const state = stateOf(env);
    const verification = verificationOf(state);
    const vars = environmentOf(verification);
    const policies = state.resources("tencentcloud_cam_policy");
    const secretRead = policies.find((p) =>
      documentOf(p).statement.some(
        (s) => s.action.includes("name/ssm:GetSecretValue") && s.resource.some((r) => r.endsWith(`/${vars.SECRET_NAME}`)),
      ),
    )!;
    const resources = documentOf(secretRead).statement.flatMap((s) => s.resource);
    expect(resources.some((r) => r.endsWith(`/${vars.SECRET_NAME}`))).toBe(true);
    // The documented form, with the account's uin (variable account_uin, from tencentcloud_user_info at plan time).
    for (const resource of resources)
      expect(resource).toMatch(/^qcs::ssm:ap-[a-z]+:uin\/100012345678:secret\/creatorUin\/\*\/[\w-]+$/);
    expect(resources.some((r) => r.endsWith(`/${vars.SIGNING_KEYS_SECRET_NAME}`))).toBe(true);
    // Attached to the role the verification function runs as.
    const role = state.resources("tencentcloud_cam_role").find((r) => r.values.name === verification.values.role)!;
    const attachments = state.resources("tencentcloud_cam_role_policy_attachment");
    expect(attachments.some((a) => a.values.role_id === role.values.id && a.values.policy_id === secretRead.values.id)).toBe(
      true,
    );
    const bulk = bulkGreetingOf(state);
    if (bulk) {
      const bucket = environmentOf(bulk).CAMPAIGN_BUCKET;
      const bucketPolicy = policies.find((p) => documentOf(p).statement.some((s) => s.action.includes("name/cos:GetObject")))!;
      expect(
        documentOf(bucketPolicy)
          .statement.flatMap((s) => s.resource)
          .every((r) => r.includes(`:${bucket}/`)),
      ).toBe(true);
    }
  });
});
