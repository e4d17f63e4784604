// Where one environment's stack lives after `cdktf synth` and the names of the files the
// plan → review → apply workflow leaves next to it (all inside cdktf.out, never committed).
import { join } from "node:path";

export interface StackFiles {
  env: string;
  /** cdktf.out/stacks/<env>: where terraform init/plan/show/apply run. */
  stackDir: string;
  /** The synthesized configuration terraform reads. */
  synthesized: string;
  /** Saved binary plan (`terraform plan -out`); contains secrets in clear, never publish it unencrypted. */
  planFile: string;
  /** `terraform show -json` of the saved plan; also contains secrets (prior state). */
  planJson: string;
  /** Masked reviews, safe to publish. */
  reviewText: string;
  reviewMarkdown: string;
  /** What was reviewed: hashes of the synthesized config, the plan file and the lock file, and the verdict. */
  fingerprint: string;
  /** The provider lock file `terraform init` wrote at plan time; travels with the plan to apply. */
  lockFile: string;
}

export function stackFiles(env: string, projectRoot: string): StackFiles {
  const stackDir = join(projectRoot, "cdktf.out", "stacks", env);
  return {
    env,
    stackDir,
    synthesized: join(stackDir, "cdk.tf.json"),
    planFile: join(stackDir, `${env}.tfplan`),
    planJson: join(stackDir, `${env}.plan.json`),
    reviewText: join(stackDir, `${env}.review.txt`),
    reviewMarkdown: join(stackDir, `${env}.review.md`),
    fingerprint: join(stackDir, `${env}.plan.fingerprint.json`),
    lockFile: join(stackDir, ".terraform.lock.hcl"),
  };
}
