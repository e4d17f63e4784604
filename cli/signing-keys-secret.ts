// The environment's `<app>-<env>-signing-keys` secret as the deployer reaches it: Secrets Manager
// with the deployer's credentials (TENCENTCLOUD_SECRET_ID / TENCENTCLOUD_SECRET_KEY, optional
// TENCENTCLOUD_SECURITY_TOKEN), or SSM_ENDPOINT's local double in tests. Used by `npm run apply`,
// which writes the first key of a new environment (first-signing-key.ts).
import { SecretsManager } from "../functions/shared/ssm/secrets-manager";
import type { EnvironmentConfig } from "../infra/config/environment-settings";
import { ResourceNames } from "../infra/constructs/resource-names";
import { requireDeployerCredential } from "../functions/shared/tencent/credential";

export interface SigningKeysSecret {
  ssm: SecretsManager;
  secretName: string;
}

export function signingKeysSecret(config: EnvironmentConfig, env: NodeJS.ProcessEnv): SigningKeysSecret {
  const secretName = new ResourceNames(config.app, config.name).of("signing-keys");
  const ssm = new SecretsManager(
    { region: config.region, endpoint: env.SSM_ENDPOINT?.trim() || undefined, timeoutSeconds: 10 },
    () => requireDeployerCredential(env),
  );
  return { ssm, secretName };
}
