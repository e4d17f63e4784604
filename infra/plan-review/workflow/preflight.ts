// What `npm run plan` and `npm run apply` check before anything slow runs (synth, then terraform):
// the environment is in the table (or is the state-bucket bootstrap stack), the table is valid,
// no value the environment needs is still a `yours(…)` placeholder (each one named), and a
// Tencent Cloud key pair is exported.
import { EnvironmentConfigError } from "../../config/environment-config-error";
import { EnvironmentConfig, EnvironmentEntry } from "../../config/environment-settings";
import { formatPlaceholders, PlaceholderUse } from "../../config/placeholder";
import { STATE_BUCKET_STACK, stateBucketPlaceholders } from "../../config/state-location";
import { validateEnvironments } from "../../config/validate-environment";
import { WorkflowError } from "./workflow-error";
import { requireCredentialVariables } from "./credentials";

export interface PreflightOptions {
  env: string;
  table: readonly EnvironmentEntry[];
  processEnv: NodeJS.ProcessEnv;
}

/** The placeholders that block `stack`: its own, or for the bootstrap stack the state buckets'. */
export function blockingPlaceholders(stack: string, configs: readonly EnvironmentConfig[]): PlaceholderUse[] {
  if (stack !== STATE_BUCKET_STACK) return configs.find((c) => c.name === stack)?.placeholders ?? [];
  return stateBucketPlaceholders(configs);
}

export function preflight(options: PreflightOptions): void {
  const { env, table } = options;
  const known = table.map((e) => e.name);
  if (env !== STATE_BUCKET_STACK && !known.includes(env)) {
    throw new WorkflowError(
      "ENVIRONMENT_UNKNOWN",
      `"${env}" is not in the environment table (infra/config/environments.ts); environments: ${known.join(", ")}; bootstrap stack: ${STATE_BUCKET_STACK}`,
    );
  }
  let configs: EnvironmentConfig[];
  try {
    configs = validateEnvironments(table);
  } catch (error) {
    if (error instanceof EnvironmentConfigError) throw new WorkflowError("CONFIG_INVALID", error.message);
    throw error;
  }
  const placeholders = blockingPlaceholders(env, configs);
  if (placeholders.length > 0) {
    throw new WorkflowError(
      "PLACEHOLDERS_LEFT",
      `${env} still has ${placeholders.length} placeholder value(s); replace each in infra/config/environments.ts (docs/deploying.md):\n${formatPlaceholders(placeholders)}`,
    );
  }
  requireCredentialVariables(options.processEnv);
}
