// The bulk-greeting function's Redis password, read once per container from its Secrets Manager
// secret with the function role's rotating credential (never from an environment variable the SCF
// console shows). The value never enters a message or a log line.
import { credentialFromScfEnvironment } from "../shared/tencent/credential";
import { SecretsManager } from "../shared/ssm/secrets-manager";
import { ConfigError, type BulkGreetingSettings } from "./settings";

/** Where the Redis password is kept: a JSON field of a Secrets Manager secret the function's role reads. */
export interface RedisPasswordSecret {
  name: string;
  versionId: string;
  field: string;
  region: string;
  endpoint?: string;
}

/** The secret named by the settings, with its defaults; undefined when the password is given directly (local runs). */
export function redisPasswordSecret(settings: BulkGreetingSettings): RedisPasswordSecret | undefined {
  const { redis } = settings;
  if (!redis.passwordSecretName) return undefined;
  if (redis.password) throw new ConfigError(["set REDIS_PASSWORD_SECRET_NAME or REDIS_PASSWORD, not both"]);
  return {
    name: redis.passwordSecretName,
    versionId: redis.passwordSecretVersion || "current",
    field: redis.passwordSecretField || "redisPassword",
    region: redis.ssmRegion || settings.sms.region,
    ...(redis.ssmEndpoint ? { endpoint: redis.ssmEndpoint } : {}),
  };
}

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
