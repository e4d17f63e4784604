// The bulk-greeting function's role: trusted only by SCF; SMS send + delivery receipts (or the
// tutorial's QcloudSMSFullAccess); COS rights limited to the objects of the campaign bucket, by a
// custom policy attached to this role only — the verification role gains nothing.
import { ENVIRONMENT_NAMES, environmentTemplate, synthStack, variant } from "../support/environment-fixtures";
import { Template } from "../support/template";

type Statement = { action: string[]; effect: string; resource: string[]; principal?: unknown };

function policyNamed(template: Template, name: string): { statement: Statement[] } {
  return JSON.parse(template.named("tencentcloud_cam_policy", name).document as string);
}

function attachmentsOf(template: Template, roleName: string): Array<Record<string, unknown>> {
  const roleId = template.referenceToNamed("tencentcloud_cam_role", roleName, "id");
  return template.resources("tencentcloud_cam_role_policy_attachment").filter((a) => a.role_id === roleId);
}

describe("bulk-greeting role", () => {
  const staging = environmentTemplate("staging"); // leastPrivilege: true
  const dev = environmentTemplate("dev"); // leastPrivilege: false (tutorial)

  it("is a separate role assumable only by scf.qcloud.com, and the bulk function runs as it", () => {
    const role = staging.named("tencentcloud_cam_role", "smsverify-staging-bulk-greeting");
    expect(JSON.parse(role.document as string).statement).toEqual([
      { action: ["name/sts:AssumeRole"], effect: "allow", principal: { service: ["scf.qcloud.com"] } },
    ]);
    expect(staging.named("tencentcloud_scf_function", "smsverify-staging-bulk-greeting").role).toBe(
      staging.referenceToNamed("tencentcloud_cam_role", "smsverify-staging-bulk-greeting", "name"),
    );
  });

  it("with leastPrivilege may call only SendSms and PullSmsSendStatus on SMS", () => {
    expect(policyNamed(staging, "smsverify-staging-bulk-greeting-sms").statement).toEqual([
      { action: ["sms:SendSms", "sms:PullSmsSendStatus"], effect: "allow", resource: ["*"] },
    ]);
    const attached = attachmentsOf(staging, "smsverify-staging-bulk-greeting").map((a) => a.policy_id);
    expect(attached).toContain(staging.referenceToNamed("tencentcloud_cam_policy", "smsverify-staging-bulk-greeting-sms", "id"));
  });

  it("without leastPrivilege gets QcloudSMSFullAccess by name, as the verification role does", () => {
    const byName = dev.resources("tencentcloud_cam_role_policy_attachment_by_name");
    expect(byName).toEqual(
      expect.arrayContaining([
        {
          policy_name: "QcloudSMSFullAccess",
          role_name: dev.referenceToNamed("tencentcloud_cam_role", "smsverify-dev-bulk-greeting", "name"),
        },
      ]),
    );
  });

  it.each(ENVIRONMENT_NAMES)(
    "environment %s: COS access is scoped to the campaign bucket and attached to the bulk role only",
    (env) => {
      const template = environmentTemplate(env);
      const bucketName = template.resource("tencentcloud_cos_bucket").bucket as string;
      const region = env === "prod" ? "ap-shanghai" : "ap-guangzhou";
      const base = `qcs::cos:${region}:uid/1250000000:${bucketName}`;
      const policy = policyNamed(template, `smsverify-${env}-campaign-bucket`);
      expect(policy.statement).toEqual([
        {
          action: ["name/cos:GetObject", "name/cos:PutObject", "name/cos:HeadObject", "name/cos:DeleteObject"],
          effect: "allow",
          resource: [`${base}/*`],
        },
        { action: ["name/cos:GetBucket"], effect: "allow", resource: [`${base}/`] },
      ]);
      // No wildcard service actions, no other bucket, no allow-all resource.
      for (const statement of policy.statement) {
        expect(statement.action.every((a) => a.startsWith("name/cos:") && !a.includes("*"))).toBe(true);
        expect(statement.resource.every((r) => r.startsWith(`${base}/`))).toBe(true);
      }
      const policyId = template.referenceToNamed("tencentcloud_cam_policy", `smsverify-${env}-campaign-bucket`, "id");
      const holders = template.resources("tencentcloud_cam_role_policy_attachment").filter((a) => a.policy_id === policyId);
      expect(holders).toEqual([
        {
          policy_id: policyId,
          role_id: template.referenceToNamed("tencentcloud_cam_role", `smsverify-${env}-bulk-greeting`, "id"),
        },
      ]);
      expect(attachmentsOf(template, `smsverify-${env}-function`).map((a) => a.policy_id)).not.toContain(policyId);
    },
  );

  it("the bulk function is created only after the role may use the bucket and read its secret", () => {
    const fn = dev.named("tencentcloud_scf_function", "smsverify-dev-bulk-greeting");
    const dependsOn = (fn.depends_on ?? []) as string[];
    const attachmentId = Object.entries(dev.document.resource.tencentcloud_cam_role_policy_attachment).find(
      ([, body]) => body.policy_id === dev.referenceToNamed("tencentcloud_cam_policy", "smsverify-dev-campaign-bucket", "id"),
    )?.[0];
    expect(attachmentId).toBeDefined();
    // Terraform wants a bare address here (an interpolation is rejected by `terraform validate`).
    expect(dependsOn).toContain(`tencentcloud_cam_role_policy_attachment.${attachmentId}`);
    const secretRead = Object.entries(dev.document.resource.tencentcloud_cam_role_policy_attachment).find(
      ([, body]) =>
        body.policy_id === dev.referenceToNamed("tencentcloud_cam_policy", "smsverify-dev-read-bulk-greeting-secrets", "id"),
    )?.[0];
    expect(dependsOn).toContain(`tencentcloud_cam_role_policy_attachment.${secretRead}`);
  });

  it("an environment without campaigns has no bulk role, bucket or COS policy", () => {
    const { template } = synthStack(
      variant((s) => {
        delete s.campaigns;
      }),
    );
    expect(template.resources("tencentcloud_cam_role").map((r) => r.name)).toEqual(["smsverify-dev-function"]);
    expect(template.resources("tencentcloud_cos_bucket")).toEqual([]);
    // Only the verification function's secret-read policy remains.
    expect(template.resources("tencentcloud_cam_policy").map((p) => p.name)).toEqual(["smsverify-dev-read-function-secrets"]);
    expect(template.outputs()).not.toHaveProperty("campaign_bucket");
  });
});
