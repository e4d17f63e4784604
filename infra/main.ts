// The cdktf app: validates the environment table, then one VerificationStack per environment
// (stack name = environment name, <outdir>/stacks/<env>/cdk.tf.json) and, when any environment
// keeps its state in COS, the StateBucketStack that creates that bucket (<outdir>/stacks/state-bucket).
// Run by `cdktf synth` (cdktf.json "app"), or in-process by `npm run synth` (cli/synth.ts).
import { App } from "./framework";
import { EnvironmentConfigError } from "./config/environment-config-error";
import type { EnvironmentEntry } from "./config/environment-settings";
import { ENVIRONMENTS } from "./config/environments";
import { validateEnvironments } from "./config/validate-environment";
import { StateBucketStack, stateBucketsOf } from "./stacks/state-bucket-stack";
import { VerificationStack } from "./stacks/verification-stack";

export interface SynthesizeOptions {
  /** Where to write; default CDKTF_OUTDIR, else cdktf.out. */
  outdir?: string;
  /** The environment table; default the real one (tests add environments to it). */
  table?: readonly EnvironmentEntry[];
}

/** Synthesizes every stack of the table; throws EnvironmentConfigError. */
export function synthesizeApp(options: SynthesizeOptions = {}): void {
  const environments = validateEnvironments(options.table ?? ENVIRONMENTS);
  // No stack traces on annotations (our placeholder warnings): capturing one under tsx parses the
  // source maps of every module on the stack, cdktf's inline ones included (~0.1–0.2 s per synth),
  // and only manifest.json would carry them, never cdk.tf.json.
  const app = new App({ stackTraces: false, outdir: options.outdir });
  for (const config of environments) new VerificationStack(app, config);
  if (stateBucketsOf(environments).length > 0) new StateBucketStack(app, environments);
  app.synth();
}

/** Synthesizes; a config mistake is the user's to fix: its message is printed (no stack trace), exit 1. */
export function synthesizeOrExit(): void {
  try {
    synthesizeApp();
  } catch (error) {
    if (error instanceof EnvironmentConfigError) {
      console.error(error.message);
      process.exit(1);
    }
    throw error;
  }
}

if (require.main === module) synthesizeOrExit();
