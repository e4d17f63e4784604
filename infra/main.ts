// The cdktf app: validates the environment table, then one VerificationStack per environment
// (stack name = environment name, cdktf.out/stacks/<env>/cdk.tf.json) and, when any environment
// keeps its state in COS, the StateBucketStack that creates that bucket (cdktf.out/stacks/state-bucket).
import { App } from "cdktf";
import { EnvironmentConfigError } from "./config/environment-config-error";
import { ENVIRONMENTS } from "./config/environments";
import { validateEnvironments } from "./config/validate-environment";
import { StateBucketStack, stateBucketsOf } from "./stacks/state-bucket-stack";
import { VerificationStack } from "./stacks/verification-stack";

function main(): void {
  const environments = validateEnvironments(ENVIRONMENTS);
  const app = new App();
  for (const config of environments) new VerificationStack(app, config);
  if (stateBucketsOf(environments).length > 0) new StateBucketStack(app, environments);
  app.synth();
}

try {
  main();
} catch (error) {
  // A config mistake is the user's to fix: print the message, not a stack trace.
  if (error instanceof EnvironmentConfigError) {
    console.error(error.message);
    process.exit(1);
  }
  throw error;
}
