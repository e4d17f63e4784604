// Parses `plan` / `apply` arguments (one environment name plus flags) into typed options.
import { isValidEnvironmentName } from "../environment";
import { CliError } from "./cli-error";

export interface EnvironmentArgs {
  env: string;
  allowReplace: string[];
  allowGuarded: boolean;
  skipSynth: boolean;
  format: "text" | "markdown";
}

export function parseEnvironmentArgs(argv: readonly string[], usage: string, accepted: readonly string[]): EnvironmentArgs {
  const args: EnvironmentArgs = { env: "", allowReplace: [], allowGuarded: false, skipSynth: false, format: "text" };
  const bad = (message: string): CliError => new CliError("USAGE", `${message}\n${usage}`);
  const positional: string[] = [];
  for (let i = 0; i < argv.length; i += 1) {
    const arg = argv[i] as string;
    if (arg.startsWith("--") && !accepted.includes(arg.split("=")[0] as string)) throw bad(`unknown option ${arg}`);
    const value = (): string => {
      const v = arg.includes("=") ? arg.slice(arg.indexOf("=") + 1) : argv[++i];
      if (!v) throw bad(`${arg.split("=")[0]} needs a value`);
      return v;
    };
    switch (arg.split("=")[0]) {
      case "--allow-replace":
        args.allowReplace.push(value());
        break;
      case "--allow-guarded":
        args.allowGuarded = true;
        break;
      case "--skip-synth":
        args.skipSynth = true;
        break;
      case "--format": {
        const v = value();
        if (v !== "text" && v !== "markdown") throw bad(`--format must be text or markdown`);
        args.format = v;
        break;
      }
      default:
        positional.push(arg);
    }
  }
  if (positional.length !== 1) throw bad(positional.length === 0 ? "missing <env>" : `expected one environment, got ${positional.join(" ")}`);
  const env = positional[0] as string;
  if (!isValidEnvironmentName(env)) throw bad(`"${env}" is not an environment name`);
  args.env = env;
  return args;
}
