// Records, at plan time, exactly what was reviewed — sha256 of the synthesized
// cdk.tf.json, of the saved plan file and of the provider lock file, plus the review verdict —
// and checks it again at apply time, so `apply` can only run the plan a human looked at,
// against the same code and with the same provider builds.
import { createHash } from "node:crypto";
import { existsSync, readFileSync, writeFileSync } from "node:fs";
import { WorkflowError } from "./workflow-error";
import type { StackFiles } from "./stack-files";

export interface PlanFingerprint {
  env: string;
  synthesizedSha256: string;
  planSha256: string;
  /**
   * sha256 of .terraform.lock.hcl as `terraform init` left it for the plan (null: the stack needs
   * no provider). Apply refuses another lock file and initializes with -lockfile=readonly, so
   * terraform installs exactly the provider builds (hashes) the plan was made with.
   */
  lockFileSha256: string | null;
  /** True when the review found a guarded change that was not allowed by address. */
  guarded: boolean;
  allowReplace: string[];
  plannedAt: string;
  appliedAt?: string;
}

export function sha256File(path: string): string {
  return createHash("sha256").update(readFileSync(path)).digest("hex");
}

export function writeFingerprint(
  files: StackFiles,
  verdict: { guarded: boolean; allowReplace: string[] },
  now: Date,
): PlanFingerprint {
  const fingerprint: PlanFingerprint = {
    env: files.env,
    synthesizedSha256: sha256File(files.synthesized),
    planSha256: sha256File(files.planFile),
    lockFileSha256: existsSync(files.lockFile) ? sha256File(files.lockFile) : null,
    guarded: verdict.guarded,
    allowReplace: verdict.allowReplace,
    plannedAt: now.toISOString(),
  };
  writeFileSync(files.fingerprint, `${JSON.stringify(fingerprint, null, 2)}\n`);
  return fingerprint;
}

export function markApplied(files: StackFiles, fingerprint: PlanFingerprint, now: Date): void {
  writeFileSync(files.fingerprint, `${JSON.stringify({ ...fingerprint, appliedAt: now.toISOString() }, null, 2)}\n`);
}

function rePlan(env: string): string {
  return `run \`npm run plan -- ${env}\` and review the new plan`;
}

/**
 * Refuses (WorkflowError PLAN_MISSING / PLAN_STALE / PLAN_GUARDED) unless the saved plan is the
 * one reviewed for the configuration synthesized right now.
 */
export function verifyFingerprint(files: StackFiles, options: { allowGuarded: boolean }): PlanFingerprint {
  if (!existsSync(files.planFile)) {
    throw new WorkflowError("PLAN_MISSING", `no saved plan for ${files.env} at ${files.planFile}; ${rePlan(files.env)}`);
  }
  if (!existsSync(files.fingerprint)) {
    throw new WorkflowError(
      "PLAN_MISSING",
      `the saved plan ${files.planFile} has no review record (${files.fingerprint}); ${rePlan(files.env)}`,
    );
  }
  let fingerprint: PlanFingerprint;
  try {
    fingerprint = JSON.parse(readFileSync(files.fingerprint, "utf8")) as PlanFingerprint;
  } catch {
    throw new WorkflowError("PLAN_MISSING", `the review record ${files.fingerprint} is unreadable; ${rePlan(files.env)}`);
  }
  if (fingerprint.env !== files.env) {
    throw new WorkflowError(
      "PLAN_STALE",
      `the saved plan was made for ${fingerprint.env}, not ${files.env}; ${rePlan(files.env)}`,
    );
  }
  if (fingerprint.appliedAt) {
    throw new WorkflowError(
      "PLAN_STALE",
      `the saved plan for ${files.env} was already applied at ${fingerprint.appliedAt}; ${rePlan(files.env)}`,
    );
  }
  if (!existsSync(files.synthesized)) {
    throw new WorkflowError(
      "PLAN_STALE",
      `no synthesized configuration at ${files.synthesized} to compare with the plan; run \`npx cdktf synth\` first`,
    );
  }
  if (sha256File(files.synthesized) !== fingerprint.synthesizedSha256) {
    throw new WorkflowError(
      "PLAN_STALE",
      `the synthesized configuration for ${files.env} changed since the plan was made (cdk.tf.json no longer matches the reviewed one); ${rePlan(files.env)}`,
    );
  }
  if (sha256File(files.planFile) !== fingerprint.planSha256) {
    throw new WorkflowError(
      "PLAN_STALE",
      `${files.planFile} is not the plan that was reviewed (its sha256 changed); ${rePlan(files.env)}`,
    );
  }
  const lockFileSha256 = existsSync(files.lockFile) ? sha256File(files.lockFile) : null;
  if ((fingerprint.lockFileSha256 ?? null) !== lockFileSha256) {
    throw new WorkflowError(
      "PLAN_STALE",
      lockFileSha256 === null
        ? `the provider lock file recorded with the plan is missing (${files.lockFile}); restore it from the plan artifact or ${rePlan(files.env)}`
        : `${files.lockFile} is not the provider lock file recorded with the plan (apply would install other provider builds); ${rePlan(files.env)}`,
    );
  }
  if (fingerprint.guarded && !options.allowGuarded) {
    throw new WorkflowError(
      "PLAN_GUARDED",
      `the reviewed plan for ${files.env} contains a guarded change that was not allowed; re-plan with --allow-replace <address> for each, or pass --allow-guarded after an explicit approval`,
    );
  }
  return fingerprint;
}
