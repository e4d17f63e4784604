// What every command-line tool of the repo shares (the entry points are the files of cli/):
// - the exit-status table (EXIT): one meaning per number across all tools, sysexits-style 64 for
//   bad usage, so CI can never mistake a mistyped flag for "planned with a guarded change";
// - the error format, one line per failure: `<tool>: error [CODE]: message` on stderr, never a
//   stack trace for an expected failure (CliError) or a coded SDK/domain error;
// - strict argument parsing over node:util parseArgs: `--help`/`-h` anywhere wins, unknown
//   options and wrong counts of positionals become one-line usage errors, a boolean never takes
//   the next word as its value.
import { parseArgs, type ParseArgsConfig } from "node:util";
import { describeError } from "../functions/shared/describe-error";

/**
 * Exit statuses of every CLI (docs/command-line.md prints this table). A tool uses the subset that
 * applies to it; no tool gives a number another meaning.
 */
export const EXIT = {
  /** Done (plan/review: nothing guarded; sms: everything approved). */
  OK: 0,
  /** Could not do it, or refused: bad configuration, missing credentials, an API or terraform failure. */
  FAILED: 1,
  /** plan, review: planned, with a guarded change that needs --allow-replace or a review. */
  GUARDED: 2,
  /**
   * Nothing wrong, but not all done: keys rotate found no step due yet; campaign validate found
   * rows that will be skipped.
   */
  PARTIAL: 3,
  /** Bad usage: unknown option or command, missing or malformed argument (sysexits EX_USAGE). */
  USAGE: 64,
} as const;

export type ExitStatus = (typeof EXIT)[keyof typeof EXIT];

/** Codes that mean "the command line named something wrong": they exit EXIT.USAGE wherever raised. */
const USAGE_CODES: ReadonlySet<string> = new Set(["USAGE", "ENVIRONMENT_UNKNOWN"]);

/** An expected failure at the CLI edge: a stable UPPER_SNAKE code, a message, an exit status. */
export class CliError extends Error {
  constructor(
    readonly code: string,
    message: string,
    readonly exitCode: ExitStatus = USAGE_CODES.has(code) ? EXIT.USAGE : EXIT.FAILED,
  ) {
    super(message);
    this.name = "CliError";
  }
}

/** Bad usage: the message, then the tool's usage line. */
export function usageError(message: string, usage: string): CliError {
  return new CliError("USAGE", `${message}\n${usage.trimEnd()}`, EXIT.USAGE);
}

export interface CliIo {
  stdout: (text: string) => void;
  stderr: (text: string) => void;
}

export const processIo: CliIo = {
  stdout: (text) => process.stdout.write(text),
  stderr: (text) => process.stderr.write(text),
};

/** The one error line every CLI prints. */
export function formatError(tool: string, code: string, message: string): string {
  return `${tool}: error [${code}]: ${message}\n`;
}

/**
 * Runs a CLI body and maps every failure to the shared error line: a CliError keeps its exit
 * status, anything else (SDK errors, coded domain errors) exits 1 with its own code.
 */
export async function runCli(tool: string, body: () => Promise<number>, io: CliIo = processIo, usage?: string): Promise<number> {
  try {
    return await body();
  } catch (error) {
    return reportFailure(tool, error, io, usage);
  }
}

/** runCli for a body that does no I/O but the terminal's (envs: CI calls it in a pipeline). */
export function runCliSync(tool: string, body: () => number, io: CliIo = processIo, usage?: string): number {
  try {
    return body();
  } catch (error) {
    return reportFailure(tool, error, io, usage);
  }
}

/**
 * Prints the error line for `error` and returns the exit status it stands for. A parser error is
 * followed by the usage line, as usageError() does for the checks a CLI makes itself.
 */
function reportFailure(tool: string, error: unknown, io: CliIo, usage?: string): number {
  if (error instanceof CommandLineError) {
    io.stderr(formatError(tool, "USAGE", usage ? `${error.message}\n${usage.split("\n")[0]}` : error.message));
    return EXIT.USAGE;
  }
  // SDK errors are often plain objects: describeError keeps their code and message.
  const { code, message } = describeError(error, "UNEXPECTED");
  io.stderr(formatError(tool, code, message));
  if (error instanceof CliError) return error.exitCode;
  return USAGE_CODES.has(code) ? EXIT.USAGE : EXIT.FAILED;
}

/** The signature every entry point of cli/ exports as `main`. */
export type CliMain = (argv: readonly string[], env: NodeJS.ProcessEnv, io: CliIo) => Promise<number>;

/** Runs `main` when the file is the process's entry point; the status becomes the exit code. */
export function runAsEntryPoint(entry: NodeModule, main: CliMain): void {
  if (require.main !== entry) return;
  void main(process.argv.slice(2), process.env, processIo).then((code) => {
    process.exitCode = code;
  });
}

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

/** Bad usage found by the parser: the CLI adds its usage text (usageError) or runCli reports it. */
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
