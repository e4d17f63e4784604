// The error synth fails with when the environment table is wrong: it names the environment and
// every offending field so the fix is obvious from the message alone.

export interface ConfigProblem {
  /** Dotted path inside the environment entry, e.g. "network.subnetCidr". */
  field: string;
  message: string;
}

export class EnvironmentConfigError extends Error {
  readonly code = "InvalidEnvironmentConfig";

  constructor(
    readonly environment: string,
    readonly problems: readonly ConfigProblem[],
  ) {
    super(
      `invalid configuration for environment "${environment}":\n` +
        problems.map((p) => `  - ${p.field}: ${p.message}`).join("\n"),
    );
    this.name = "EnvironmentConfigError";
  }
}
