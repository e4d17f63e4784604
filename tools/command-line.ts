// Command-line parsing shared by every CLI in the repo (campaign, plan, review, apply): a thin
// layer over node:util parseArgs in strict mode. It adds what each CLI would otherwise repeat:
// `--help`/`-h` anywhere wins over everything else, unknown options and wrong counts of
// positionals become one-line messages, and a boolean never takes the next word as its value.
import { parseArgs, type ParseArgsConfig } from "node:util";

type OptionsConfig = NonNullable<ParseArgsConfig["options"]>;

export interface CommandLineSpec<O extends OptionsConfig> {
  options: O;
  /** How many positionals the command takes, and what to call them in messages. */
  positionals: { min: number; max: number; name: string };
}

export type ParsedCommandLine<O extends OptionsConfig> =
  | { help: true }
  | {
      help: false;
      values: ReturnType<typeof parseArgs<{ options: O; strict: true; allowPositionals: true }>>["values"];
      positionals: string[];
    };

/** Bad usage: the message says what was wrong; the CLI adds its usage text and exit status. */
export class CommandLineError extends Error {
  readonly code = "USAGE";

  constructor(message: string) {
    super(message);
    this.name = "CommandLineError";
  }
}

/** True when `--help` or `-h` appears before a `--` terminator. */
export function asksForHelp(argv: readonly string[]): boolean {
  const end = argv.indexOf("--");
  return (end === -1 ? argv : argv.slice(0, end)).some((arg) => arg === "--help" || arg === "-h");
}

export function parseCommandLine<O extends OptionsConfig>(
  argv: readonly string[],
  spec: CommandLineSpec<O>,
): ParsedCommandLine<O> {
  if (asksForHelp(argv)) return { help: true };
  let parsed;
  try {
    parsed = parseArgs({ args: [...argv], options: spec.options, strict: true, allowPositionals: true });
  } catch (error) {
    throw new CommandLineError(describeParseError(error, Object.keys(spec.options)));
  }
  const { min, max, name } = spec.positionals;
  const count = parsed.positionals.length;
  if (count < min) throw new CommandLineError(`missing ${name}`);
  if (count > max) {
    const extra = parsed.positionals
      .slice(max)
      .map((p) => JSON.stringify(p))
      .join(" ");
    if (max === 0) throw new CommandLineError(`unexpected argument ${extra}`);
    throw new CommandLineError(`expected ${max === 1 ? "one" : `at most ${max}`} ${name}, also got ${extra}`);
  }
  return { help: false, values: parsed.values, positionals: parsed.positionals };
}

function describeParseError(error: unknown, known: readonly string[]): string {
  const { code, message } = error as { code?: string; message?: string };
  if (code === "ERR_PARSE_ARGS_UNKNOWN_OPTION") {
    const option = /'([^']+)'/.exec(message ?? "")?.[1] ?? "";
    const name = option.replace(/^-+/, "");
    const near = known.find((k) => k.startsWith(name) || name.startsWith(k) || k.replace(/-/g, "") === name.replace(/-/g, ""));
    const options = known.map((k) => `--${k}`).join(", ");
    return `unknown option ${option}${near ? `; did you mean --${near}?` : options ? `; options: ${options}, --help` : ""}`;
  }
  // parseArgs words the other cases well ("Option '--format <value>' argument missing"); keep
  // its first sentence.
  return (message ?? String(error)).split("\n")[0]!;
}
