// Parses `plan` / `apply` arguments (one environment name plus flags) into typed options, strictly:
// an option the command does not take is a usage error, `--help` anywhere asks for the usage.
import { CommandLineError, parseCommandLine, usageError } from "../command-line";
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
