// `npm run apply -- <env> [--allow-guarded]`: applies the saved, reviewed plan only.
// Exit 0 applied; 1 refused (missing/stale/guarded plan) or terraform failed; 64 bad usage.
import { EnvironmentConfig, EnvironmentEntry } from "../../config/environment-settings";
import { validateEnvironment } from "../../config/validate-environment";
import { ensureFirstSigningKey } from "../../keys/first-signing-key";
import { ENVIRONMENTS } from "../../config/environments";
import { terraformEnvironment } from "../workflow/credentials";
import { preflight } from "../workflow/preflight";
import { CliError, processIo, runCli, type CliIo } from "./cli-error";
import { parseEnvironmentArgs } from "./environment-args";
import { applyEnvironment } from "../workflow/apply-environment";
import { Terraform } from "../workflow/terraform-process";

export const APPLY_USAGE = "usage: npm run apply -- <env> [--allow-guarded]";
const APPLY_HELP = `Applies the plan saved and reviewed by \`npm run plan -- <env>\`, and nothing else.
  --allow-guarded  apply even though the review found a guarded change
exit: 0 applied; 1 refused (missing, stale or guarded plan) or terraform failed; 64 bad usage
`;

export async function applyCommand(
  argv: readonly string[],
  processEnv: NodeJS.ProcessEnv,
  io: CliIo = processIo,
  table: readonly EnvironmentEntry[] = ENVIRONMENTS,
): Promise<number> {
  return runCli(
    "apply",
    async () => {
      const args = parseEnvironmentArgs(argv, APPLY_USAGE, ["allow-guarded"]);
      if (!args) {
        io.stdout(`${APPLY_USAGE}\n${APPLY_HELP}`);
        return 0;
      }
      preflight({ env: args.env, table, processEnv });
      const applied = await applyEnvironment({
        env: args.env,
        projectRoot: process.cwd(),
        terraform: new Terraform(
          processEnv.TERRAFORM_BIN || "terraform",
          { ...terraformEnvironment(processEnv), TF_IN_AUTOMATION: "1", CHECKPOINT_DISABLE: "1" },
          io.stderr,
        ),
        processEnv: terraformEnvironment(processEnv),
        allowGuarded: args.allowGuarded,
        requireRemoteState: processEnv.CI === "true",
        io,
      });
      if (applied !== 0) return applied;
      // A new environment's signing-keys secret is created empty: write its first key now, so the
      // environment logs users in without a manual step (infra/keys/first-signing-key.ts).
      const entry = table.find((e) => e.name === args.env);
      if (entry) await writeFirstSigningKey(validateEnvironment(entry), processEnv, io);
      return 0;
    },
    io,
  );
}

async function writeFirstSigningKey(config: EnvironmentConfig, processEnv: NodeJS.ProcessEnv, io: CliIo): Promise<void> {
  try {
    const result = await ensureFirstSigningKey(config, processEnv);
    if (result.kind === "created") io.stdout(`${result.secretName}: added ${result.kid} as the first signing key\n`);
  } catch (error) {
    throw new CliError(
      "FIRST_SIGNING_KEY_FAILED",
      `applied, but the first signing key could not be written (${error instanceof Error ? error.message : String(error)}); login answers ServiceMisconfigured until it is: run \`npm run keys -- rotate ${config.name}\``,
    );
  }
}

if (require.main === module) {
  void applyCommand(process.argv.slice(2), process.env).then((code) => {
    process.exitCode = code;
  });
}
