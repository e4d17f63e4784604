// Errors at the CLI edge: a stable code and a message for the operator, never a stack trace.

export class CliError extends Error {
  constructor(
    readonly code: string,
    message: string,
    /** 1 = the request or the input is unusable; 2 = bad usage. */
    readonly exitCode: 1 | 2 = 1,
  ) {
    super(message);
    this.name = "CliError";
  }
}
