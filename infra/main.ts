// The cdktf app: validates the environment table, then one VerificationStack per environment.
// Stack names are the environment names (cdktf.out/stacks/<env>/cdk.tf.json).
import { App } from "cdktf";
import { EnvironmentConfigError } from "./config/environment-config-error";
import { ENVIRONMENTS } from "./config/environments";
import { validateEnvironments } from "./config/validate-environment";
import { VerificationStack } from "./stacks/verification-stack";

function main(): void {
  const environments = validateEnvironments(ENVIRONMENTS);
  const app = new App();
  for (const config of environments) new VerificationStack(app, config);
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
