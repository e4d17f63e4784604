// Errors at the CLI edge: a stable code plus a message meant for the person at the
// terminal. `runCli` prints them (never a stack trace) and sets the exit status.
import { describeError } from "../../../functions/shared/describe-error";

export class CliError extends Error {
  constructor(
    readonly code: string,
    message: string,
    readonly exitCode = 1,
  ) {
    super(message);
    this.name = "CliError";
  }
}

/**
 * Exit status of a usage error (sysexits' EX_USAGE). Not 2: for plan and review, 2 means "planned,
 * with a guarded change", and CI must not mistake a mistyped flag for that.
 */
export const EXIT_USAGE = 64;

export function usageError(message: string, usage: string): CliError {
  return new CliError("USAGE", `${message}\n${usage}`, EXIT_USAGE);
}

export interface CliIo {
  stdout: (text: string) => void;
  stderr: (text: string) => void;
}

export const processIo: CliIo = {
  stdout: (text) => process.stdout.write(text),
  stderr: (text) => process.stderr.write(text),
};

/** Runs a CLI body and maps every failure to `<tool>: error [CODE]: message`, exit 1. */
export async function runCli(tool: string, body: () => Promise<number>, io: CliIo = processIo): Promise<number> {
  try {
    return await body();
  } catch (error) {
    // SDK errors are often plain objects: describeError keeps their code and message.
    const { code, message } = describeError(error, "UNEXPECTED");
    io.stderr(`${tool}: error [${code}]: ${message}\n`);
    return error instanceof CliError ? error.exitCode : 1;
  }
}
