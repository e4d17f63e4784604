// The CI identities' CAM policies in the bootstrap stack: the planner may only read what the
// stacks manage (and write the Terraform state), the deployer may change every service the
// environment stacks create resources in — derived here from the synthesized stacks, so a
// resource of a new service fails this test until the policy grants it. The real provider
// validates and plans the stack with them (test/infra/terraform/validate-and-plan.test.ts).
import { ENVIRONMENTS } from "../../../infra/config/environments";
import { validateEnvironments } from "../../../infra/config/validate-environment";
import { type CamStatement, deployerPolicy, MANAGED_SERVICES, plannerPolicy } from "../../../infra/constructs/ci-access";
import { StateBucketStack, stateBucketsOf } from "../../../infra/stacks/state-bucket-stack";
import { VerificationStack } from "../../../infra/stacks/verification-stack";
import { newTestApp, Template } from "../support/template";

const configs = validateEnvironments(ENVIRONMENTS);
const template = Template.synth(new StateBucketStack(newTestApp(), configs));
const policies = template.resources("tencentcloud_cam_policy");
const documentOf = (name: string) =>
  JSON.parse(String(policies.find((p) => p.name === name)!.document)) as { version: string; statement: CamStatement[] };
const planner = documentOf("smsverify-ci-plan");
const deployer = documentOf("smsverify-ci-apply");
const stateBucket = stateBucketsOf(configs)[0]!;
const stateResource = `qcs::cos:${stateBucket.region}:uid/1250000000:${stateBucket.bucket}`;

/** The CAM service of a tencentcloud resource type (security groups and subnets are VPC's). */
function camServiceOf(type: string): string {
  const name = type.replace(/^tencentcloud_/, "");
  if (/^(vpc|subnet|security_group)/.test(name)) return "vpc";
  return name.split("_")[0]!;
}

it("creates the planner and deployer policies in the bootstrap stack, as valid version 2.0 documents", () => {
  expect(policies.map((p) => p.name).sort()).toEqual(["smsverify-ci-apply", "smsverify-ci-plan"]);
  expect(planner.version).toBe("2.0");
  expect(deployer.version).toBe("2.0");
});

it("the planner reads everything the stacks manage and writes nothing but the state bucket's objects", () => {
  const [read, secrets, state] = planner.statement;
  for (const action of read!.action) expect(action).toMatch(/^[a-z]+:(Describe|Get|List|Head)\w*\*?$/);
  for (const service of MANAGED_SERVICES) expect(read!.action.some((a) => a.startsWith(`${service}:`))).toBe(true);
  expect(secrets).toEqual({
    effect: "allow",
    action: ["ssm:GetSecretValue"],
    resource: ["qcs::ssm:*:uin/*:secret/creatorUin/*/smsverify-*"],
  });
  expect(state!.resource).toEqual([stateResource, `${stateResource}/*`]);
  expect(state!.action).toContain("cos:PutObject");
});

it("the deployer can change every service the environment stacks create resources in, and no CAM users or keys", () => {
  const types = new Set<string>();
  for (const config of configs) {
    const stack = Template.synth(new VerificationStack(newTestApp(), config));
    for (const type of Object.keys(stack.document.resource ?? {})) if (type.startsWith("tencentcloud_")) types.add(type);
  }
  const granted = deployer.statement.flatMap((s) => s.action);
  for (const type of types) {
    const service = camServiceOf(type);
    expect({ type, granted: granted.some((a) => a.startsWith(`${service}:`)) }).toEqual({ type, granted: true });
  }
  expect(granted.filter((a) => a.startsWith("cam:"))).not.toEqual(
    expect.arrayContaining([expect.stringMatching(/User|Group|AccessKey|cam:\*/)]),
  );
  expect(deployer.statement.at(-1)!.resource).toEqual([stateResource, `${stateResource}/*`]);
});

it("keeps the policy text in step with the construct's functions", () => {
  const buckets = stateBucketsOf(configs);
  expect(planner).toEqual(plannerPolicy({ apps: ["smsverify"], buckets }));
  expect(deployer).toEqual(deployerPolicy({ apps: ["smsverify"], buckets }));
});
