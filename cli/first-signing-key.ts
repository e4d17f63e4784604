// The first signing key of a new environment, written by `npm run apply` right after the apply that
// created the (empty) `<app>-<env>-signing-keys` secret, so a fresh environment logs users in with
// no manual step. The key is generated here, in the deployer's process, and goes straight to
// Secrets Manager: never into the synthesized JSON, the plan, Terraform's state (the stack ignores
// the secret's value after creating it), an environment variable or a log line (docs/security.md).
// A key set that already has keys is left alone: rotation stays `npm run keys -- rotate <env>`.
import { secretVersionId } from "../functions/verification/secrets/secret-layout";
import { nextRotationStep } from "../functions/verification/tokens/key-rotation";
import { parseKeySetDocument } from "../functions/verification/tokens/key-set";
import type { EnvironmentConfig } from "../infra/config/environment-settings";
import { timingsFor } from "../infra/keys/rotation-timings";
import { signingKeysSecret } from "./signing-keys-secret";

export type FirstSigningKeyResult =
  { kind: "created"; kid: string; secretName: string } | { kind: "present"; secretName: string };

export async function ensureFirstSigningKey(
  config: EnvironmentConfig,
  env: NodeJS.ProcessEnv,
  clock: () => Date = () => new Date(),
): Promise<FirstSigningKeyResult> {
  const { ssm, secretName } = signingKeysSecret(config, env);
  const parsed = parseKeySetDocument(await ssm.getSecretString(secretName, secretVersionId), secretName);
  if (!parsed.ok) throw new Error(parsed.problems.join("; "));
  if (parsed.value.keys.length > 0) return { kind: "present", secretName };
  const step = nextRotationStep(parsed.value, clock(), timingsFor(config.sessions.accessTokenTtlSeconds));
  if (step.kind !== "changed") throw new Error(`no first key to add: ${step.reason}`);
  await ssm.updateSecretString(secretName, secretVersionId, JSON.stringify(step.next));
  return { kind: "created", kid: step.next.keys[0].kid, secretName };
}
