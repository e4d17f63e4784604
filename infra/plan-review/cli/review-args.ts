// Parses `review` arguments once into a typed object; bad usage is a CliError.
import { isValidEnvironmentName } from "../environment";
import { CliError } from "./cli-error";

export type ReviewFormat = "text" | "markdown";

export interface ReviewArgs {
  planJsonPath: string;
  format: ReviewFormat;
  allowReplace: string[];
  environment?: string;
}

export const REVIEW_USAGE =
  "usage: npm run --silent review -- <plan.json> [--format markdown|text] [--allow-replace ADDRESS]... [--env <env>]";

function usage(message: string): CliError {
  return new CliError("USAGE", `${message}\n${REVIEW_USAGE}`);
}

export function parseReviewArgs(argv: readonly string[]): ReviewArgs {
  const allowReplace: string[] = [];
  let format: ReviewFormat = "text";
  let environment: string | undefined;
  const positional: string[] = [];
  for (let i = 0; i < argv.length; i += 1) {
    const arg = argv[i] as string;
    const [flag, inline] = arg.startsWith("--") && arg.includes("=") ? [arg.slice(0, arg.indexOf("=")), arg.slice(arg.indexOf("=") + 1)] : [arg, undefined];
    const value = (): string => {
      const v = inline ?? argv[++i];
      if (v === undefined || v === "") throw usage(`${flag} needs a value`);
      return v;
    };
    switch (flag) {
      case "--format": {
        const v = value();
        if (v !== "text" && v !== "markdown") throw usage(`--format must be text or markdown, got "${v}"`);
        format = v;
        break;
      }
      case "--allow-replace":
        allowReplace.push(value());
        break;
      case "--env": {
        const v = value();
        if (!isValidEnvironmentName(v)) throw usage(`--env "${v}" is not an environment name`);
        environment = v;
        break;
      }
      default:
        if (flag.startsWith("-") && flag !== "-") throw usage(`unknown option ${flag}`);
        positional.push(arg);
    }
  }
  if (positional.length !== 1) throw usage(positional.length === 0 ? "missing <plan.json>" : `expected one plan file, got ${positional.length}`);
  const args: ReviewArgs = { planJsonPath: positional[0] as string, format, allowReplace };
  if (environment !== undefined) args.environment = environment;
  return args;
}
