// `npm run apply -- <env> [--allow-guarded]`: applies the saved, reviewed plan only
// (infra/plan-review/workflow). Exit statuses: the shared table in cli/command-line.ts.
import type { EnvironmentEntry } from "../infra/config/environment-settings";
import { applyEnvironment } from "../infra/plan-review/workflow/apply-environment";
import { terraformEnvironment } from "../infra/plan-review/workflow/credentials";
import { preflight } from "../infra/plan-review/workflow/preflight";
import { processIo, runAsEntryPoint, type CliIo } from "./command-line";
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
    preflight({ env: args.env, table: table ?? loadEnvironmentTable(), processEnv });
    return applyEnvironment({
      env: args.env,
      projectRoot: process.cwd(),
      terraform: terraformFor(processEnv, io),
      processEnv: terraformEnvironment(processEnv),
      allowGuarded: args.allowGuarded,
      requireRemoteState: processEnv.CI === "true",
      io,
    });
  });
}

export const main = (argv: readonly string[], env: NodeJS.ProcessEnv, io: CliIo) => applyCommand(argv, env, io);
runAsEntryPoint(module, main);
