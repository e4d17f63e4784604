// FunctionSecrets: two SSM secrets per environment, values only from references (or the empty key
// set that `npm run keys` fills), and a role grant of ssm:GetSecretValue on exactly those two.
import { environmentTemplate } from "../support/environment-fixtures";

describe.each(["dev", "staging", "prod"])("FunctionSecrets in %s", (env) => {
  const template = environmentTemplate(env);
  const region = env === "prod" ? "ap-shanghai" : "ap-guangzhou";

  it("creates the runtime and signing-key secrets, enabled and tagged", () => {
    // The bulk-greeting function's own secret (campaigns) is BulkGreetingSecret's, not these.
    const secrets = template.resources("tencentcloud_ssm_secret").filter((s) => !String(s.secret_name).includes("bulk-greeting"));
    expect(secrets.map((s) => s.secret_name).sort()).toEqual([
      `smsverify-${env}-function-secrets`,
      `smsverify-${env}-signing-keys`,
    ]);
    for (const secret of secrets) expect(secret).toMatchObject({ is_enabled: true, tags: expect.objectContaining({ env }) });
  });

  it("writes the runtime secret as JSON of the Redis password and pepper references, at version current", () => {
    const versions = template.resources("tencentcloud_ssm_secret_version");
    const runtimeName = template.referenceToNamed("tencentcloud_ssm_secret", `smsverify-${env}-function-secrets`, "secret_name");
    const runtime = versions.find((v) => v.secret_name === runtimeName)!;
    expect(runtime.version_id).toBe("current");
    expect(runtime.secret_name).toBe(
      template.referenceToNamed("tencentcloud_ssm_secret", `smsverify-${env}-function-secrets`, "secret_name"),
    );
    const redisPassword = template.resource("tencentcloud_redis_instance").password as string;
    expect(runtime.secret_string).toMatch(
      /^\$\{jsonencode\(\{"redisPassword" = random_password\.[^.]+\.result, "codePepper" = random_password\.code-pepper\.result\}\)\}$/,
    );
    expect(runtime.secret_string).toContain(redisPassword.slice(2, -1));
  });

  it("creates the signing-key version empty and leaves its value to npm run keys", () => {
    const keys = template.resources("tencentcloud_ssm_secret_version").find((v) => v.lifecycle)!;
    expect(keys).toMatchObject({
      version_id: "current",
      secret_string: '{"version":1,"keys":[]}',
      lifecycle: { ignore_changes: ["secret_string"] },
    });
    expect(keys.secret_name).toBe(
      template.referenceToNamed("tencentcloud_ssm_secret", `smsverify-${env}-signing-keys`, "secret_name"),
    );
  });

  it("lets the function role call ssm:GetSecretValue on exactly those two secrets and nothing else", () => {
    const policy = template.named("tencentcloud_cam_policy", `smsverify-${env}-read-function-secrets`);
    expect(JSON.parse(policy.document as string)).toEqual({
      version: "2.0",
      statement: [
        {
          action: ["name/ssm:GetSecretValue"],
          effect: "allow",
          resource: [
            `qcs::ssm:${region}:uin/\${var.account_uin}:secret/creatorUin/*/smsverify-${env}-function-secrets`,
            `qcs::ssm:${region}:uin/\${var.account_uin}:secret/creatorUin/*/smsverify-${env}-signing-keys`,
          ],
        },
      ],
    });
    const policyRef = template.referenceToNamed("tencentcloud_cam_policy", `smsverify-${env}-read-function-secrets`, "id");
    const attachments = template.resources("tencentcloud_cam_role_policy_attachment").filter((a) => a.policy_id === policyRef);
    expect(attachments).toEqual([
      { policy_id: policyRef, role_id: template.referenceToNamed("tencentcloud_cam_role", `smsverify-${env}-function`, "id") },
    ]);
    // No other policy in the stack reaches these secrets; the bulk-greeting role reads only its own.
    const others = template.resources("tencentcloud_cam_policy").filter((p) => p !== policy);
    for (const other of others) expect(other.document).not.toMatch(/function-secrets|signing-keys/);
    const ssmPolicies = others.filter((p) => /ssm/.test(String(p.document)));
    expect(ssmPolicies.map((p) => p.name)).toEqual(
      template.resources("tencentcloud_scf_function").length > 1 ? [`smsverify-${env}-read-bulk-greeting-secrets`] : [],
    );
  });
});
