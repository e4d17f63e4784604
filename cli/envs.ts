// `npm run --silent envs -- [--json | --markdown]`: the environment table as CI and people see it —
// every environment in table order, its state backend, and whether the apply workflow applies it.
// The workflows read `--json` to build their job matrices, so the table is the only list.
import { ciPlanOf } from "../infra/config/ci-environments";
import { EnvironmentConfigError } from "../infra/config/environment-config-error";
import { renderEnvsMarkdown, renderEnvsText } from "../infra/config/environment-listing";
import type { EnvironmentEntry } from "../infra/config/environment-settings";
import { validateEnvironments } from "../infra/config/validate-environment";
import { CliError, parseCommandLine, processIo, runAsEntryPoint, runCliSync, usageError, type CliIo } from "./command-line";
import { loadEnvironmentTable } from "./environment-table";

export const ENVS_USAGE = `usage: npm run --silent envs -- [--json | --markdown]

Lists the environments of infra/config/environments.ts in table order.
  (no flag)   a table for people
  --json      one line of JSON: {"environments":[…],"plan":[names],"apply":[names]}
              (plan: every environment; apply: the apply chain, never a local-state environment)
  --markdown  the table docs/environments.md embeds
  --help      this text
exit: 0 listed; 1 the table is invalid; 64 bad usage
`;

export function envsCommand(argv: readonly string[], io: CliIo = processIo, table?: readonly EnvironmentEntry[]): number {
  return runCliSync(
    "envs",
    () => {
      const parsed = parseCommandLine(argv, {
        options: { json: { type: "boolean" }, markdown: { type: "boolean" } },
        positionals: { min: 0, max: 0, name: "arguments" },
      });
      if (parsed.help) {
        io.stdout(ENVS_USAGE);
        return 0;
      }
      const { json, markdown } = parsed.values;
      if (json && markdown) throw usageError("--json and --markdown exclude each other", ENVS_USAGE);
      let plan;
      try {
        plan = ciPlanOf(validateEnvironments(table ?? loadEnvironmentTable()));
      } catch (error) {
        if (error instanceof EnvironmentConfigError) throw new CliError("CONFIG_INVALID", error.message);
        throw error;
      }
      if (json) io.stdout(`${JSON.stringify(plan)}\n`);
      else if (markdown) io.stdout(renderEnvsMarkdown(plan));
      else io.stdout(renderEnvsText(plan));
      return 0;
    },
    io,
    ENVS_USAGE,
  );
}

export const main = async (argv: readonly string[], _env: NodeJS.ProcessEnv, io: CliIo) => envsCommand(argv, io);
runAsEntryPoint(module, main);
