// The bulk-greeting function's Redis password, read once per container from its Secrets Manager
// secret with the function role's rotating credential (never from an environment variable the SCF
// console shows). The value never enters a message or a log line.
import { credentialFromScfEnvironment } from "../shared/sms";
import { SecretsManager } from "../shared/ssm/secrets-manager";
import { ConfigError, type RedisPasswordSecret } from "./function-config";

export async function readRedisPassword(secret: RedisPasswordSecret, env: NodeJS.ProcessEnv): Promise<string> {
  const ssm = new SecretsManager(
    { region: secret.region, endpoint: secret.endpoint, timeoutSeconds: 5 },
    credentialFromScfEnvironment(env),
  );
  const text = await ssm.getSecretString(secret.name, secret.versionId);
  let value: unknown;
  try {
    value = (JSON.parse(text) as Record<string, unknown>)[secret.field];
  } catch {
    throw new ConfigError([`secret ${secret.name} is not a JSON object`]);
  }
  if (typeof value !== "string" || value === "")
    throw new ConfigError([`secret ${secret.name} has no text field ${secret.field}`]);
  return value;
}
