// `npm run apply -- <env>`: applies the saved, reviewed <env>.tfplan and nothing else.
// Never plans: it refuses when the plan file is missing, when the configuration or plan
// changed since review (fingerprint), when the review was guarded and not allowed, and
// maps terraform's own "saved plan is stale" refusal to the same clear PLAN_STALE error.
import { existsSync } from "node:fs";
import { join } from "node:path";
import { WorkflowError, type WorkflowIo } from "./workflow-error";
import { requireCredentials } from "./credentials";
import { markApplied, verifyFingerprint } from "./plan-fingerprint";
import { stackFiles } from "./stack-files";
import { requireRemoteState } from "./state-backend";
import { errorExcerpt, isStalePlanRefusal, Terraform } from "./terraform-process";

export interface ApplyEnvironmentOptions {
  env: string;
  projectRoot: string;
  terraform: Terraform;
  processEnv: NodeJS.ProcessEnv;
  /** Apply even though the review found a guarded change (an explicit human approval). */
  allowGuarded: boolean;
  /** On a CI runner (CI=true): refuse stacks whose state would be a local file. */
  requireRemoteState: boolean;
  io: WorkflowIo;
  now?: () => Date;
}

export async function applyEnvironment(options: ApplyEnvironmentOptions): Promise<number> {
  const { env, io, terraform } = options;
  const files = stackFiles(env, options.projectRoot);
  const say = (text: string): void => io.stderr(`apply: ${text}\n`);

  const fingerprint = verifyFingerprint(files, { allowGuarded: options.allowGuarded });
  requireCredentials(files.synthesized, options.processEnv);
  if (options.requireRemoteState) requireRemoteState(files.synthesized, env);

  // A fresh checkout (CI) has the plan but no provider plugins yet. The lock file restored next
  // to the plan (checked against the fingerprint above) pins the provider builds; read-only, so
  // init installs exactly those or fails instead of picking newer ones.
  if (!existsSync(join(files.stackDir, ".terraform"))) {
    say(`terraform init -lockfile=readonly in ${files.stackDir}`);
    await terraform.init(files.stackDir, { readonlyLockFile: true });
  }

  say(`terraform apply ${env}.tfplan (reviewed plan, planned at ${fingerprint.plannedAt})`);
  const result = await terraform.run(
    files.stackDir,
    ["apply", "-input=false", "-no-color", "-lock-timeout=60s", `${env}.tfplan`],
    true,
  );
  if (result.exitCode !== 0) {
    if (isStalePlanRefusal(result)) {
      throw new WorkflowError(
        "PLAN_STALE",
        `terraform refused ${env}.tfplan: the state changed since it was planned (another apply ran?); run \`npm run plan -- ${env}\` and review the new plan`,
      );
    }
    throw new WorkflowError("TERRAFORM_APPLY_FAILED", `terraform apply failed for ${env}:\n${errorExcerpt(result)}`);
  }
  markApplied(files, fingerprint, (options.now ?? (() => new Date()))());
  io.stdout(`applied the reviewed plan for ${env}\n`);
  return 0;
}
