// Parses `review` arguments once into a typed object, strictly; bad usage is a CliError and
// `--help` anywhere asks for the usage.
import { CommandLineError, parseCommandLine, usageError } from "../command-line";
import { isValidEnvironmentName } from "../../infra/plan-review/reviewed-environment";

export type ReviewFormat = "text" | "markdown";

export interface ReviewArgs {
  planJsonPath: string;
  format: ReviewFormat;
  allowReplace: string[];
  environment?: string;
}

export const REVIEW_USAGE =
  "usage: npm run --silent review -- <plan.json> [--format markdown|text] [--allow-replace ADDRESS]... [--env <env>]";

const OPTIONS = {
  format: { type: "string" },
  "allow-replace": { type: "string", multiple: true },
  env: { type: "string" },
} as const;

/** Parsed arguments, or undefined when `--help` was asked for. */
export function parseReviewArgs(argv: readonly string[]): ReviewArgs | undefined {
  let parsed;
  try {
    parsed = parseCommandLine(argv, { options: OPTIONS, positionals: { min: 1, max: 1, name: "<plan.json>" } });
  } catch (error) {
    if (error instanceof CommandLineError) throw usageError(error.message, REVIEW_USAGE);
    throw error;
  }
  if (parsed.help) return undefined;
  const { format = "text", env } = parsed.values;
  if (format !== "text" && format !== "markdown")
    throw usageError(`--format must be text or markdown, got "${format}"`, REVIEW_USAGE);
  if (env !== undefined && !isValidEnvironmentName(env))
    throw usageError(`--env "${env}" is not an environment name`, REVIEW_USAGE);
  const args: ReviewArgs = { planJsonPath: parsed.positionals[0]!, format, allowReplace: parsed.values["allow-replace"] ?? [] };
  if (env !== undefined) args.environment = env;
  return args;
}
