// Checks, before terraform runs, that the tencentcloud provider will find credentials. The
// provider (and the COS backend) read TENCENTCLOUD_SECRET_ID / TENCENTCLOUD_SECRET_KEY /
// TENCENTCLOUD_SECURITY_TOKEN; SCF and the function-side CLIs use TENCENTCLOUD_SECRETID /
// TENCENTCLOUD_SECRETKEY / TENCENTCLOUD_SESSIONTOKEN. Either spelling is accepted, as a whole
// pair, and handed to terraform under the provider's names.
import { readFileSync } from "node:fs";
import { WorkflowError } from "./workflow-error";

export const CREDENTIAL_VARIABLES = ["TENCENTCLOUD_SECRET_ID", "TENCENTCLOUD_SECRET_KEY"] as const;
export const SCF_CREDENTIAL_VARIABLES = ["TENCENTCLOUD_SECRETID", "TENCENTCLOUD_SECRETKEY"] as const;

export function usesTencentcloudProvider(synthesizedPath: string): boolean {
  const document = JSON.parse(readFileSync(synthesizedPath, "utf8")) as { provider?: Record<string, unknown> };
  return document.provider !== undefined && "tencentcloud" in document.provider;
}

const set = (env: NodeJS.ProcessEnv, name: string): boolean => Boolean(env[name]?.trim());

/** The environment terraform gets: SCF's spelling copied to the provider's names when those are unset. */
export function terraformEnvironment(env: NodeJS.ProcessEnv): NodeJS.ProcessEnv {
  if (CREDENTIAL_VARIABLES.some((name) => set(env, name))) return { ...env };
  if (!SCF_CREDENTIAL_VARIABLES.some((name) => set(env, name))) return { ...env };
  const copy: NodeJS.ProcessEnv = {
    ...env,
    TENCENTCLOUD_SECRET_ID: env.TENCENTCLOUD_SECRETID,
    TENCENTCLOUD_SECRET_KEY: env.TENCENTCLOUD_SECRETKEY,
  };
  if (set(env, "TENCENTCLOUD_SESSIONTOKEN") && !set(env, "TENCENTCLOUD_SECURITY_TOKEN"))
    copy.TENCENTCLOUD_SECURITY_TOKEN = env.TENCENTCLOUD_SESSIONTOKEN;
  return copy;
}

/** Throws CREDENTIALS_MISSING unless one spelling supplies both id and key. */
export function requireCredentialVariables(env: NodeJS.ProcessEnv): void {
  const normalized = terraformEnvironment(env);
  const missing = CREDENTIAL_VARIABLES.filter((name) => !set(normalized, name));
  if (missing.length > 0) {
    const scfMissing = SCF_CREDENTIAL_VARIABLES.filter((name) => !set(env, name));
    throw new WorkflowError(
      "CREDENTIALS_MISSING",
      `${missing.join(" and ")} ${missing.length > 1 ? "are" : "is"} not set (nor ${scfMissing.join(" and ")}); export the Tencent Cloud API key pair (CAM → API keys) before planning or applying`,
    );
  }
}

export function requireCredentials(synthesizedPath: string, env: NodeJS.ProcessEnv): void {
  if (!usesTencentcloudProvider(synthesizedPath)) return;
  requireCredentialVariables(env);
}
