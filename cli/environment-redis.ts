// How the operator tools that read an environment's Redis (`npm run guard`, `npm run insights`)
// reach it: the path `npm run keys` uses for the environment's secrets (the deployer's
// TENCENTCLOUD_SECRET_ID / _SECRET_KEY → Secrets Manager, `<app>-<env>-function-secrets`, field
// redisPassword), plus REDIS_HOST / REDIS_PORT for an address of the instance reachable from where
// it runs (the VPC, a VPN or a tunnel; the private address is not routed from the internet).
// REDIS_PASSWORD set (even empty) skips Secrets Manager: that is how they reach `npm run dev`'s
// private Redis, under the environment name `local`.
import { SecretsManager } from "../functions/shared/ssm/secrets-manager";
import { secretVersionId } from "../functions/verification/secrets/secret-layout";
import { closeRedis, connectRedis, whenRedisReady, type RedisConnection } from "../functions/verification/store/redis-connection";
import type { EnvironmentConfig } from "../infra/config/environment-settings";
import { validateEnvironment } from "../infra/config/validate-environment";
import { ResourceNames } from "../infra/constructs/resource-names";
import { deployerCredentialFrom } from "../functions/shared/tencent/credential";
import { CliError, EXIT } from "./command-line";
import { loadEnvironmentTable } from "./environment-table";

/** The help text's connection paragraph, the same for every tool using this path. */
export const environmentRedisHelp = `<env>: an environment of infra/config/environments.ts, or local (npm run dev's Redis).

connection: REDIS_HOST (required), REDIS_PORT (default 6379), REDIS_CLUSTER (default: the
environment's redis.architecture); the password from the environment's function secret with
TENCENTCLOUD_SECRET_ID / TENCENTCLOUD_SECRET_KEY (ssm:GetSecretValue), or REDIS_PASSWORD.`;

/** The validated table entry of `envName`, or undefined for local. */
export function environmentConfigOf(envName: string): EnvironmentConfig | undefined {
  if (envName === "local") return undefined;
  const table = loadEnvironmentTable();
  const settings = table.find((e) => e.name === envName);
  if (!settings) {
    throw new CliError(
      "ENVIRONMENT_UNKNOWN",
      `no environment ${JSON.stringify(envName)}; environments: local, ${table.map((e) => e.name).join(", ")}`,
    );
  }
  return validateEnvironment(settings);
}

/** A ready client for the environment's Redis; the caller closes it (closeRedis). */
export async function connectEnvironmentRedis(envName: string, env: NodeJS.ProcessEnv): Promise<RedisConnection> {
  const host = env.REDIS_HOST?.trim();
  if (!host) {
    throw new CliError(
      "REDIS_HOST_MISSING",
      "REDIS_HOST is not set (an address of the environment's Redis reachable from here)",
      EXIT.USAGE,
    );
  }
  const port = Number(env.REDIS_PORT?.trim() || "6379");
  let cluster = (env.REDIS_CLUSTER?.trim() || "").toLowerCase() === "true";
  let password = env.REDIS_PASSWORD;
  const config = environmentConfigOf(envName);
  if (config) {
    const redisSettings = config.redis.existing ?? config.redis;
    if (!env.REDIS_CLUSTER?.trim()) cluster = redisSettings.architecture === "cluster";
    if (password === undefined) {
      password = await redisPasswordOf(new ResourceNames(config.app, config.name).of("function-secrets"), config.region, env);
    }
  }
  const redis = connectRedis({ host, port, password: password || undefined, cluster, connectTimeoutMs: 5000 });
  try {
    await whenRedisReady(redis, 5000);
  } catch (error) {
    await closeRedis(redis);
    throw error;
  }
  return redis;
}

async function redisPasswordOf(secretName: string, region: string, env: NodeJS.ProcessEnv): Promise<string> {
  const credential = deployerCredentialFrom(env);
  if (!credential) {
    throw new CliError(
      "CREDENTIALS_MISSING",
      "set TENCENTCLOUD_SECRET_ID and TENCENTCLOUD_SECRET_KEY (to read the Redis password) or REDIS_PASSWORD",
    );
  }
  const ssm = new SecretsManager(
    { region, endpoint: env.SSM_ENDPOINT?.trim() || undefined, timeoutSeconds: 10 },
    () => credential,
  );
  const secret = JSON.parse(await ssm.getSecretString(secretName, secretVersionId)) as { redisPassword?: unknown };
  return typeof secret.redisPassword === "string" ? secret.redisPassword : "";
}
