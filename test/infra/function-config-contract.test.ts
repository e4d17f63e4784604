// Contract between the stack and the function: the environment each stack gives the function,
// with Terraform references replaced by plausible resolved values, is accepted by the function's
// own config parser (so a renamed or out-of-range variable fails here, not after a deploy).
import { fromEnvironment } from "../../functions/verification/settings";
import { ENVIRONMENT_NAMES, environmentTemplate } from "./support/environment-fixtures";

// What the references resolve to after apply (shapes, not real values).
function resolveReference(reference: string): string {
  if (/random_password\..+\.result/.test(reference)) return "Rk9-resolved_password-value-0123456789";
  if (/redis_instance\..+\.ip/.test(reference)) return "10.0.1.15";
  if (/redis_instance\..+\.port/.test(reference)) return "6379";
  if (/sms_template\..+\.id/.test(reference)) return "2000001";
  throw new Error(`unexpected reference in the function environment: ${reference}`);
}

describe.each(ENVIRONMENT_NAMES)("environment %s", (env) => {
  it("gives the function an environment its config parser accepts", () => {
    const template = environmentTemplate(env);
    const environment = template.named("tencentcloud_scf_function", `smsverify-${env}-verification`).environment as Record<
      string,
      string
    >;
    const resolved = Object.fromEntries(
      Object.entries(environment).map(([key, value]) => [key, value.startsWith("${") ? resolveReference(value) : value]),
    );
    // The SCF entry point's parse: no local secrets source.
    const result = fromEnvironment(resolved, { allowLocalSecrets: false });
    expect(result).toEqual(expect.objectContaining({ ok: true }));
    if (result.ok) {
      expect(result.settings.redis.cluster).toBe(env === "prod");
      expect(result.settings.secrets).toMatchObject({ source: "ssm", runtimeSecretName: `smsverify-${env}-function-secrets` });
      expect(result.settings.sessions.audience).toBe(`smsverify-${env}`);
      expect(result.settings.sessions.legacyRequests).toBe(env === "dev");
    }
  });
});
