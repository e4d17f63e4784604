// Parses `plan` / `apply` arguments (one environment name plus flags) into typed options, strictly:
// an option the command does not take is a usage error, `--help` anywhere asks for the usage.
import { Terraform } from "../../infra/plan-review/workflow/terraform-process";
import { terraformEnvironment } from "../../infra/plan-review/workflow/credentials";
import { CommandLineError, parseCommandLine, runCli, usageError, type CliIo } from "../command-line";
import { isValidEnvironmentName } from "../../infra/plan-review/reviewed-environment";

export interface EnvironmentArgs {
  env: string;
  allowReplace: string[];
  allowGuarded: boolean;
  skipSynth: boolean;
  format: "text" | "markdown";
}

/** Every option plan and apply know; each command accepts a subset. */
const OPTIONS = {
  "allow-replace": { type: "string", multiple: true },
  "allow-guarded": { type: "boolean" },
  "skip-synth": { type: "boolean" },
  format: { type: "string" },
} as const;

type OptionName = keyof typeof OPTIONS;

/** Parsed arguments, or undefined when `--help` was asked for. */
export function parseEnvironmentArgs(
  argv: readonly string[],
  usage: string,
  accepted: readonly OptionName[],
): EnvironmentArgs | undefined {
  const options = Object.fromEntries(accepted.map((name) => [name, OPTIONS[name]])) as Partial<typeof OPTIONS>;
  let parsed;
  try {
    parsed = parseCommandLine(argv, { options, positionals: { min: 1, max: 1, name: "<env>" } });
  } catch (error) {
    if (error instanceof CommandLineError) throw usageError(error.message, usage);
    throw error;
  }
  if (parsed.help) return undefined;
  const values = parsed.values as {
    "allow-replace"?: string[];
    "allow-guarded"?: boolean;
    "skip-synth"?: boolean;
    format?: string;
  };
  const format = values.format ?? "text";
  if (format !== "text" && format !== "markdown") throw usageError(`--format must be text or markdown, got "${format}"`, usage);
  const env = parsed.positionals[0]!;
  if (!isValidEnvironmentName(env)) throw usageError(`"${env}" is not an environment name`, usage);
  return {
    env,
    allowReplace: values["allow-replace"] ?? [],
    allowGuarded: values["allow-guarded"] ?? false,
    skipSynth: values["skip-synth"] ?? false,
    format,
  };
}

/**
 * The shape plan and apply share: parse `<env>` and the accepted flags, print the help on
 * `--help`, else run `body` inside the shared error handling.
 */
export function runEnvironmentCommand(
  tool: "plan" | "apply",
  argv: readonly string[],
  io: CliIo,
  text: { usage: string; help: string; accepted: readonly OptionName[] },
  body: (args: EnvironmentArgs) => Promise<number>,
): Promise<number> {
  return runCli(
    tool,
    async () => {
      const args = parseEnvironmentArgs(argv, text.usage, text.accepted);
      if (!args) {
        io.stdout(`${text.usage}\n${text.help}`);
        return 0;
      }
      return body(args);
    },
    io,
    text.usage,
  );
}

/** The environment terraform runs in for plan and apply: the provider's credential names, automation mode. */
export function terraformAutomationEnvironment(processEnv: NodeJS.ProcessEnv): NodeJS.ProcessEnv {
  return { ...terraformEnvironment(processEnv), TF_IN_AUTOMATION: "1", CHECKPOINT_DISABLE: "1" };
}

/** The terraform binary plan and apply run: TERRAFORM_BIN, else the one on PATH. */
export function terraformBinary(processEnv: NodeJS.ProcessEnv): string {
  return processEnv.TERRAFORM_BIN || "terraform";
}

/**
 * terraform as plan and apply run it, its stderr to the operator. `env` is kept by reference, so a
 * step before the plan may add to it (plan adds the account's uin as a TF_VAR_).
 */
export function terraformFor(
  processEnv: NodeJS.ProcessEnv,
  io: CliIo,
  env: NodeJS.ProcessEnv = terraformAutomationEnvironment(processEnv),
): Terraform {
  return new Terraform(terraformBinary(processEnv), env, io.stderr);
}
