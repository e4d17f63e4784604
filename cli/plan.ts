// `npm run plan -- <env> [--allow-replace ADDRESS]… [--format markdown|text] [--skip-synth]`:
// synthesizes, plans <env> with terraform, saves the plan and prints its review
// (infra/plan-review/workflow). Exit statuses: the shared table in cli/command-line.ts.
import type { EnvironmentEntry } from "../infra/config/environment-settings";
import { terraformEnvironment } from "../infra/plan-review/workflow/credentials";
import { planEnvironment } from "../infra/plan-review/workflow/plan-environment";
import { TENCENTCLOUD_PROVIDER } from "../infra/bindings/provider-types";
import { validateEnvironment } from "../infra/config/validate-environment";
import { ACCOUNT_UIN_VARIABLE } from "../infra/constructs/account-uin";
import { checkAgainstCatalogue, readCloudCatalogue } from "../infra/plan-review/catalogue/cloud-catalogue";
import { preflight } from "../infra/plan-review/workflow/preflight";
import { runProcess } from "../infra/plan-review/workflow/terraform-process";
import { smsContentWarnings } from "./sms-status/plan-warnings";
import { CliError, processIo, runAsEntryPoint, type CliIo } from "./command-line";
import { loadEnvironmentTable } from "./environment-table";
import {
  runEnvironmentCommand,
  terraformAutomationEnvironment,
  terraformBinary,
  terraformFor,
} from "./plan-review/environment-args";

export const PLAN_USAGE = "usage: npm run plan -- <env> [--allow-replace ADDRESS]... [--format markdown|text] [--skip-synth]";
const PLAN_HELP = `Synthesizes, runs terraform plan for <env>, saves the plan and prints its review.
  --allow-replace ADDRESS  accept the replacement of this resource address (repeatable)
  --format markdown|text   review format (default text)
  --skip-synth             reuse cdktf.out from an earlier synth
exit: 0 planned, nothing guarded; 2 planned with a guarded change; 1 could not plan; 64 bad usage
`;

/** What `npm run synth` runs (cli/synth.ts: the cdktf app in one process, same output as `cdktf synth`). */
async function cdktfSynth(projectRoot: string, env: NodeJS.ProcessEnv, io: CliIo): Promise<void> {
  const result = await runProcess(process.execPath, ["--disable-warning=DEP0044", "--require", "tsx/cjs", "cli/synth.ts"], {
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
  table?: readonly EnvironmentEntry[],
): Promise<number> {
  const text = { usage: PLAN_USAGE, help: PLAN_HELP, accepted: ["allow-replace", "format", "skip-synth"] as const };
  return runEnvironmentCommand("plan", argv, io, text, async (args) => {
    // Name, placeholders and credentials are checked before the synth, not after it.
    const entries = table ?? loadEnvironmentTable();
    preflight({ env: args.env, table: entries, processEnv });
    const projectRoot = process.cwd();
    const terraformEnv = terraformAutomationEnvironment(processEnv);
    const entry = entries.find((e) => e.name === args.env);
    const code = await planEnvironment({
      env: args.env,
      projectRoot,
      synth: args.skipSynth ? null : () => cdktfSynth(projectRoot, processEnv, io),
      terraform: terraformFor(processEnv, io, terraformEnv),
      // An environment stack: its alarm names checked against the account's catalogue, and the
      // account's uin for its CAM resource strings (infra/plan-review/catalogue/cloud-catalogue.ts).
      beforePlan: entry
        ? async () => {
            const config = validateEnvironment(entry);
            io.stderr("plan: checking alarm names against the account's Cloud Monitor catalogue\n");
            const catalogue = await readCloudCatalogue(
              config.region,
              TENCENTCLOUD_PROVIDER.version,
              terraformBinary(processEnv),
              terraformEnv,
            );
            const problems = checkAgainstCatalogue(catalogue);
            if (problems.length > 0)
              throw new CliError(
                "CLOUD_NAMES_UNKNOWN",
                `cloud/monitor.ts names the cloud does not know:\n${problems.join("\n")}`,
              );
            terraformEnv[`TF_VAR_${ACCOUNT_UIN_VARIABLE}`] = catalogue.accountUin;
          }
        : undefined,
      processEnv: terraformEnvironment(processEnv),
      allowReplace: args.allowReplace,
      format: args.format,
      io,
    });
    // With credentials present: a warning row per unapproved signature/template (exit unchanged).
    for (const row of await smsContentWarnings(args.env, processEnv, entries)) io.stdout(`${row}\n`);
    return code;
  });
}

export const main = (argv: readonly string[], env: NodeJS.ProcessEnv, io: CliIo) => planCommand(argv, env, io);
runAsEntryPoint(module, main);
