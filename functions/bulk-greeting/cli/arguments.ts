// Minimal argv parsing for `npm run campaign -- <command> [positional…] [--flag value|--switch]`.
import { CliError } from "./cli-error";

export interface ParsedArguments {
  command: string;
  positional: string[];
  flags: Map<string, string | true>;
}

export function parseArguments(argv: string[]): ParsedArguments {
  const [command = "", ...rest] = argv;
  const positional: string[] = [];
  const flags = new Map<string, string | true>();
  for (let i = 0; i < rest.length; i++) {
    const arg = rest[i];
    if (arg.startsWith("--")) {
      const eq = arg.indexOf("=");
      if (eq > 0) flags.set(arg.slice(2, eq), arg.slice(eq + 1));
      else if (i + 1 < rest.length && !rest[i + 1].startsWith("--")) flags.set(arg.slice(2), rest[++i]);
      else flags.set(arg.slice(2), true);
    } else positional.push(arg);
  }
  return { command, positional, flags };
}

export function requiredFlag(args: ParsedArguments, name: string, hint: string): string {
  const value = args.flags.get(name);
  if (typeof value !== "string" || value.trim() === "") throw new CliError("MissingOption", `--${name} is required (${hint})`, 2);
  return value.trim();
}

export function optionalFlag(args: ParsedArguments, name: string): string | undefined {
  const value = args.flags.get(name);
  return typeof value === "string" ? value : undefined;
}
