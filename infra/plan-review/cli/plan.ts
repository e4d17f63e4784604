// `npm run plan -- <env> [--allow-replace ADDRESS]… [--format markdown|text] [--skip-synth]`
// Exit 0: planned, nothing guarded; 2: planned, guarded change; 1: could not plan; 64: bad usage.
import { EnvironmentEntry } from "../../config/environment-settings";
import { ENVIRONMENTS } from "../../config/environments";
import { terraformEnvironment } from "../workflow/credentials";
import { preflight } from "../workflow/preflight";
import { CliError, processIo, runCli, type CliIo } from "./cli-error";
import { parseEnvironmentArgs } from "./environment-args";
import { planEnvironment } from "../workflow/plan-environment";
import { runProcess, Terraform } from "../workflow/terraform-process";
import { smsContentWarnings } from "../../sms-status/plan-warnings";

export const PLAN_USAGE = "usage: npm run plan -- <env> [--allow-replace ADDRESS]... [--format markdown|text] [--skip-synth]";
const PLAN_HELP = `Synthesizes, runs terraform plan for <env>, saves the plan and prints its review.
  --allow-replace ADDRESS  accept the replacement of this resource address (repeatable)
  --format markdown|text   review format (default text)
  --skip-synth             reuse cdktf.out from an earlier synth
exit: 0 planned, nothing guarded; 2 planned with a guarded change; 1 could not plan; 64 bad usage
`;

/** What `npm run synth` runs (scripts/synth.ts: the cdktf app in one process, same output as `cdktf synth`). */
async function cdktfSynth(projectRoot: string, env: NodeJS.ProcessEnv, io: CliIo): Promise<void> {
  const result = await runProcess(process.execPath, ["--disable-warning=DEP0044", "--require", "tsx/cjs", "scripts/synth.ts"], {
    cwd: projectRoot,
    env: { ...env, CHECKPOINT_DISABLE: "1" },
  });
  if (result.exitCode !== 0) {
    io.stderr(`${`${result.stdout}\n${result.stderr}`.trim().split("\n").slice(-20).join("\n")}\n`);
    throw new CliError("SYNTH_FAILED", "synth (`npm run synth`) failed (its last output is above)");
  }
}

export async function planCommand(
  argv: readonly string[],
  processEnv: NodeJS.ProcessEnv,
  io: CliIo = processIo,
  table: readonly EnvironmentEntry[] = ENVIRONMENTS,
): Promise<number> {
  return runCli(
    "plan",
    async () => {
      const args = parseEnvironmentArgs(argv, PLAN_USAGE, ["allow-replace", "format", "skip-synth"]);
      if (!args) {
        io.stdout(`${PLAN_USAGE}\n${PLAN_HELP}`);
        return 0;
      }
      // Name, placeholders and credentials are checked before the ~20 s synth, not after it.
      preflight({ env: args.env, table, processEnv });
      const projectRoot = process.cwd();
      const code = await planEnvironment({
        env: args.env,
        projectRoot,
        synth: args.skipSynth ? null : () => cdktfSynth(projectRoot, processEnv, io),
        terraform: new Terraform(
          processEnv.TERRAFORM_BIN || "terraform",
          { ...terraformEnvironment(processEnv), TF_IN_AUTOMATION: "1", CHECKPOINT_DISABLE: "1" },
          io.stderr,
        ),
        processEnv: terraformEnvironment(processEnv),
        allowReplace: args.allowReplace,
        format: args.format,
        io,
      });
      // With credentials present: a warning row per unapproved signature/template (exit unchanged).
      for (const row of await smsContentWarnings(args.env, processEnv)) io.stdout(`${row}\n`);
      return code;
    },
    io,
  );
}

if (require.main === module) {
  void planCommand(process.argv.slice(2), process.env).then((code) => {
    process.exitCode = code;
  });
}
