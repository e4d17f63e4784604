// `npm run --silent envs -- [--json | --markdown]`: the environment table as CI and people see it —
// every environment in table order, its state backend, and whether the apply workflow applies it.
// The workflows read `--json` to build their job matrices, so the table is the only list.
// `npm run envs -- new <name> --like <env>`: adds an environment (infra/config/new-environment.ts).
import { execFileSync } from "node:child_process";
import { readFileSync, writeFileSync } from "node:fs";
import { relative, resolve } from "node:path";
import { insertEntry, newEnvironmentEntry, NewEnvironmentError, renderEntry } from "../infra/config/new-environment";
import { formatPlaceholders } from "../infra/config/placeholder";
import { isValidEnvironmentName } from "../infra/plan-review/reviewed-environment";
import { ciPlanOf } from "../infra/config/ci-environments";
import { EnvironmentConfigError } from "../infra/config/environment-config-error";
import { renderEnvsMarkdown, renderEnvsText } from "../infra/config/environment-listing";
import type { EnvironmentEntry } from "../infra/config/environment-settings";
import { validateEnvironments } from "../infra/config/validate-environment";
import {
  CliError,
  parseCommandLine,
  processIo,
  runAsEntryPoint,
  runCli,
  runCliSync,
  usageError,
  type CliIo,
} from "./command-line";
import { loadEnvironmentTable } from "./environment-table";

export const ENVS_USAGE = `usage: npm run --silent envs -- [--json | --markdown]
       npm run envs -- new <name> --like <env>

Lists the environments of infra/config/environments.ts in table order.
  (no flag)   a table for people
  --json      one line of JSON: {"environments":[…],"plan":[names],"apply":[names]}
              (plan: every environment; apply: the apply chain, never a local-state environment)
  --markdown  the table docs/environments.md embeds
  --help      this text
new <name> --like <env>
              adds <name> to the end of the table as a copy of <env>, with its own audience and VPC
              range, alarms on (unless <name> starts with dev), and placeholders for what only you
              know (token issuer, allowed origins, alarm recipients); lists what to fill
exit: 0 listed or added; 1 the table is invalid or the entry was refused; 64 bad usage
`;

/** The file `new` writes. */
export const ENVIRONMENTS_FILE = resolve(__dirname, "../infra/config/environments.ts");

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

/** `envs new <name> --like <env>`: writes the entry into `file`, formatted as the repo formats it. */
export async function envsNewCommand(
  argv: readonly string[],
  io: CliIo = processIo,
  options: { file?: string; table?: readonly EnvironmentEntry[] } = {},
): Promise<number> {
  return runCli(
    "envs",
    async () => {
      const parsed = parseCommandLine(argv, {
        options: { like: { type: "string" } },
        positionals: { min: 1, max: 1, name: "<name> (the new environment)" },
      });
      if (parsed.help) {
        io.stdout(ENVS_USAGE);
        return 0;
      }
      const name = parsed.positionals[0]!;
      const like = parsed.values.like;
      if (!like) throw usageError("--like <env> is required: the environment to copy", ENVS_USAGE);
      if (!isValidEnvironmentName(name))
        throw usageError(`"${name}" is not an environment name (lowercase letters, digits, -)`, ENVS_USAGE);
      const file = options.file ?? ENVIRONMENTS_FILE;
      const table = options.table ?? loadEnvironmentTable();
      let entry;
      let configs;
      try {
        entry = newEnvironmentEntry(table, name, like);
        configs = validateEnvironments([...table, entry]);
      } catch (error) {
        if (error instanceof NewEnvironmentError)
          throw new CliError("NEW_ENVIRONMENT_REFUSED", error.message, like === name ? 64 : 1);
        if (error instanceof EnvironmentConfigError) throw new CliError("CONFIG_INVALID", error.message);
        throw error;
      }
      const text = insertEntry(readFileSync(file, "utf8"), renderEntry(entry, "  "), name, like);
      writeFileSync(file, text);
      formatFile(file);
      const placeholders = configs.find((c) => c.name === name)!.placeholders;
      io.stdout(
        `envs: added ${name} (a copy of ${like}) to ${relative(process.cwd(), file)}\n` +
          `fill these ${placeholders.length} placeholder(s) before \`npm run plan -- ${name}\` (docs/deploying.md):\n` +
          `${formatPlaceholders(placeholders)}\n`,
      );
      return 0;
    },
    io,
    ENVS_USAGE,
  );
}

/**
 * Prettier's layout when prettier is installed (npm ci installs it), so `npm test`'s format check
 * passes. Run as its own process: prettier loads its plugins with import(), which jest's VM lacks.
 */
function formatFile(file: string): void {
  let bin: string;
  try {
    bin = require.resolve("prettier/bin/prettier.cjs");
  } catch {
    return;
  }
  execFileSync(process.execPath, [bin, "--write", "--log-level", "warn", file], { stdio: ["ignore", "ignore", "inherit"] });
}

export const main = async (argv: readonly string[], _env: NodeJS.ProcessEnv, io: CliIo) =>
  argv[0] === "new" ? envsNewCommand(argv.slice(1), io) : envsCommand(argv, io);
runAsEntryPoint(module, main);
