// `npm run plan -- <env>`: synth → terraform init → plan -out=<env>.tfplan → show -json →
// review, then records the fingerprint that `apply` checks. Every step that can fail for a
// reason outside the code (no terraform, no credentials, no network/backend) fails with a
// stable code and a clear next step.
import { existsSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { WorkflowError, type WorkflowIo } from "./workflow-error";
import { parsePlan } from "../read-plan";
import { renderMarkdown } from "../render/markdown";
import { renderText } from "../render/text";
import { reviewPlan } from "../review";
import { requireCredentials } from "./credentials";
import { writeFingerprint } from "./plan-fingerprint";
import { stackFiles } from "./stack-files";
import { errorExcerpt, Terraform } from "./terraform-process";

export interface PlanEnvironmentOptions {
  env: string;
  projectRoot: string;
  /** Synthesizes all stacks into <projectRoot>/cdktf.out (normally `npx cdktf synth`); null with --skip-synth. */
  synth: (() => Promise<void>) | null;
  terraform: Terraform;
  processEnv: NodeJS.ProcessEnv;
  allowReplace: string[];
  format: "text" | "markdown";
  /** Runs once the stack exists and before terraform plans it (the cloud-names check). */
  beforePlan?: () => Promise<void>;
  io: WorkflowIo;
  now?: () => Date;
}

function availableStacks(projectRoot: string): string[] {
  const dir = join(projectRoot, "cdktf.out", "stacks");
  return existsSync(dir) ? readdirSync(dir) : [];
}

/** Returns the review's exit code: 0 nothing guarded, 2 guarded change. */
export async function planEnvironment(options: PlanEnvironmentOptions): Promise<number> {
  const { env, io, terraform } = options;
  const files = stackFiles(env, options.projectRoot);
  const say = (text: string): void => io.stderr(`plan: ${text}\n`);

  if (options.synth) {
    say(`synthesizing stacks`);
    await options.synth();
  } else {
    say(`using the stacks already in cdktf.out (--skip-synth)`);
  }
  if (!existsSync(files.synthesized)) {
    const known = availableStacks(options.projectRoot);
    throw new WorkflowError(
      "STACK_MISSING",
      `synth produced no stack "${env}" (${files.synthesized}); stacks: ${known.join(", ") || "none"}`,
    );
  }
  requireCredentials(files.synthesized, options.processEnv);
  if (options.beforePlan) await options.beforePlan();

  // A failed run must not leave an older plan that `apply` could pick up.
  for (const stale of [files.planFile, files.planJson, files.fingerprint, files.reviewText, files.reviewMarkdown]) {
    rmSync(stale, { force: true });
  }

  say(`terraform init in ${files.stackDir}`);
  await terraform.init(files.stackDir);

  say(`terraform plan -out=${env}.tfplan`);
  // The plan's own text output is not printed: the review below is the masked version of it.
  const plan = await terraform.run(files.stackDir, [
    "plan",
    "-input=false",
    "-no-color",
    "-lock-timeout=60s",
    `-out=${env}.tfplan`,
  ]);
  if (plan.exitCode !== 0) {
    throw new WorkflowError("TERRAFORM_PLAN_FAILED", `terraform plan failed for ${env}:\n${errorExcerpt(plan)}`);
  }
  const shown = await terraform.run(files.stackDir, ["show", "-json", `${env}.tfplan`]);
  if (shown.exitCode !== 0) {
    throw new WorkflowError("TERRAFORM_SHOW_FAILED", `terraform show -json failed for ${env}:\n${errorExcerpt(shown)}`);
  }
  writeFileSync(files.planJson, shown.stdout, { mode: 0o600 });

  const review = reviewPlan(parsePlan(shown.stdout, files.planJson), { environment: env, allowReplace: options.allowReplace });
  const text = renderText(review);
  const markdown = renderMarkdown(review);
  writeFileSync(files.reviewText, text);
  writeFileSync(files.reviewMarkdown, markdown);
  writeFingerprint(files, { guarded: review.guarded, allowReplace: options.allowReplace }, (options.now ?? (() => new Date()))());
  say(`saved ${files.planFile}, ${files.planJson}, reviews and fingerprint`);

  io.stdout(options.format === "markdown" ? markdown : text);
  return review.guarded ? 2 : 0;
}
