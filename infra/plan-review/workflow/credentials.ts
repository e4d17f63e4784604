// Checks, before terraform runs, that the tencentcloud provider will find credentials: it
// reads TENCENTCLOUD_SECRET_ID / TENCENTCLOUD_SECRET_KEY (documented provider env vars).
// Only stacks that configure the tencentcloud provider need them.
import { readFileSync } from "node:fs";
import { CliError } from "../cli/cli-error";

export const CREDENTIAL_VARIABLES = ["TENCENTCLOUD_SECRET_ID", "TENCENTCLOUD_SECRET_KEY"] as const;

export function usesTencentcloudProvider(synthesizedPath: string): boolean {
  const document = JSON.parse(readFileSync(synthesizedPath, "utf8")) as { provider?: Record<string, unknown> };
  return document.provider !== undefined && "tencentcloud" in document.provider;
}

export function requireCredentials(synthesizedPath: string, env: NodeJS.ProcessEnv): void {
  if (!usesTencentcloudProvider(synthesizedPath)) return;
  const missing = CREDENTIAL_VARIABLES.filter((name) => !env[name]);
  if (missing.length > 0) {
    throw new CliError(
      "CREDENTIALS_MISSING",
      `${missing.join(" and ")} ${missing.length > 1 ? "are" : "is"} not set; export the Tencent Cloud API key pair (CAM → API keys) before planning or applying`,
    );
  }
}
