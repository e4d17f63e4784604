// `npm run apply -- <env> [--allow-guarded]`: applies the saved, reviewed plan only
// (infra/plan-review/workflow). Exit statuses: the shared table in cli/command-line.ts.
import type { EnvironmentConfig, EnvironmentEntry } from "../infra/config/environment-settings";
import { validateEnvironment } from "../infra/config/validate-environment";
import { ensureFirstSigningKey } from "./first-signing-key";
import { applyEnvironment } from "../infra/plan-review/workflow/apply-environment";
import { terraformEnvironment } from "../infra/plan-review/workflow/credentials";
import { preflight } from "../infra/plan-review/workflow/preflight";
import { CliError, processIo, runAsEntryPoint, type CliIo } from "./command-line";
import { loadEnvironmentTable } from "./environment-table";
import { runEnvironmentCommand, terraformFor } from "./plan-review/environment-args";

export const APPLY_USAGE = "usage: npm run apply -- <env> [--allow-guarded]";
const APPLY_HELP = `Applies the plan saved and reviewed by \`npm run plan -- <env>\`, and nothing else.
  --allow-guarded  apply even though the review found a guarded change
exit: 0 applied; 1 refused (missing, stale or guarded plan) or terraform failed; 64 bad usage
`;

export async function applyCommand(
  argv: readonly string[],
  processEnv: NodeJS.ProcessEnv,
  io: CliIo = processIo,
  table?: readonly EnvironmentEntry[],
): Promise<number> {
  const text = { usage: APPLY_USAGE, help: APPLY_HELP, accepted: ["allow-guarded"] as const };
  return runEnvironmentCommand("apply", argv, io, text, async (args) => {
    const environments = table ?? loadEnvironmentTable();
    preflight({ env: args.env, table: environments, processEnv });
    const applied = await applyEnvironment({
      env: args.env,
      projectRoot: process.cwd(),
      terraform: terraformFor(processEnv, io),
      processEnv: terraformEnvironment(processEnv),
      allowGuarded: args.allowGuarded,
      requireRemoteState: processEnv.CI === "true",
      io,
    });
    if (applied !== 0) return applied;
    // A new environment's signing-keys secret is created empty: write its first key now, so the
    // environment logs users in without a manual step (cli/first-signing-key.ts).
    const entry = environments.find((e) => e.name === args.env);
    if (entry) await writeFirstSigningKey(validateEnvironment(entry), processEnv, io);
    return applied;
  });
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

export const main = (argv: readonly string[], env: NodeJS.ProcessEnv, io: CliIo) => applyCommand(argv, env, io);
runAsEntryPoint(module, main);
