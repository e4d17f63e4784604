// `npm run campaign -- <command> [positional…] [--option value] [--switch]`: which options and
// positionals each command takes, parsed strictly (cli/command-line.ts) so a typo is an error,
// `--help` works on every command, and `--allow-skips` never swallows the file name after it.
import { CommandLineError, parseCommandLine, type CommandLineSpec } from "../command-line";
import { CliError, EXIT } from "../command-line";

export interface ParsedArguments {
  command: string;
  positional: string[];
  values: Record<string, string | boolean | undefined>;
}

interface CommandSpec extends CommandLineSpec<Record<string, { type: "string" | "boolean" }>> {
  usage: string;
}

const TEMPLATE_ENV = { template: { type: "string" }, env: { type: "string" } } as const;

export const COMMANDS: Readonly<Record<string, CommandSpec>> = {
  validate: {
    usage: "validate <file> --template <id|name> --env <env>",
    options: TEMPLATE_ENV,
    positionals: { min: 1, max: 1, name: "<file> (the recipients CSV or XLSX)" },
  },
  schedule: {
    usage: "schedule <file> --template <id|name> --env <env> --at <ISO time|now> [--id <id>] [--allow-skips]",
    options: { ...TEMPLATE_ENV, at: { type: "string" }, id: { type: "string" }, "allow-skips": { type: "boolean" } },
    positionals: { min: 1, max: 1, name: "<file> (the recipients CSV or XLSX)" },
  },
  status: { usage: "status [<id>]", options: {}, positionals: { min: 0, max: 1, name: "<id>" } },
  cancel: { usage: "cancel <id>", options: {}, positionals: { min: 1, max: 1, name: "<id> (the campaign to cancel)" } },
  report: {
    usage: "report <id> [--format table|csv|svg] [--out <file>]",
    options: { format: { type: "string" }, out: { type: "string" } },
    positionals: { min: 1, max: 1, name: "<id> (the campaign to report on)" },
  },
};

export const USAGE = `usage: npm run campaign -- <command> …
${Object.values(COMMANDS)
  .map((c) => `  ${c.usage}`)
  .join("\n")}
storage: CAMPAIGN_BUCKET + CAMPAIGN_BUCKET_REGION (COS) or CAMPAIGN_STORAGE_DIR (local directory)
every command takes --help
exit: 0 done; 3 validate: usable, but some rows will be skipped; 1 failed or unusable file; 64 bad usage
`;

export function commandUsage(command: string): string {
  return `usage: npm run campaign -- ${COMMANDS[command]!.usage}\n`;
}

/** Parses one command's arguments; undefined means `--help` was asked for. */
export function parseCommandArguments(command: string, argv: readonly string[]): ParsedArguments | undefined {
  const spec = COMMANDS[command]!;
  try {
    const parsed = parseCommandLine(argv, spec);
    if (parsed.help) return undefined;
    return { command, positional: parsed.positionals, values: parsed.values as ParsedArguments["values"] };
  } catch (error) {
    if (error instanceof CommandLineError)
      throw new CliError("USAGE", `${error.message}\n${commandUsage(command).trimEnd()}`, EXIT.USAGE);
    throw error;
  }
}

export function requiredFlag(args: ParsedArguments, name: string, hint: string): string {
  const value = args.values[name];
  if (typeof value !== "string" || value.trim() === "")
    throw new CliError("USAGE", `--${name} is required (${hint})`, EXIT.USAGE);
  return value.trim();
}

export function optionalFlag(args: ParsedArguments, name: string): string | undefined {
  const value = args.values[name];
  return typeof value === "string" ? value : undefined;
}

export function flagSet(args: ParsedArguments, name: string): boolean {
  return args.values[name] === true;
}
