// The error synth fails with when the environment table is wrong: it names the environment(s)
// and every offending field so the fix is obvious from the message alone, e.g.
//   invalid configuration for environment "prod":
//     - prod.redis.memroyMb: unknown key; did you mean "memoryMb"?

export interface ConfigProblem {
  /** Dotted path inside the environment entry, e.g. "network.subnetCidr" or "campaigns.templates[0].key". */
  field: string;
  message: string;
  /** The entry the problem belongs to, when the error covers several (validateEnvironments). */
  environment?: string;
}

export class EnvironmentConfigError extends Error {
  readonly code = "InvalidEnvironmentConfig";

  constructor(
    /** The entry's name; for a table-wide error, the names of every entry with problems, comma-separated. */
    readonly environment: string,
    readonly problems: readonly ConfigProblem[],
  ) {
    const names = [...new Set(problems.map((p) => p.environment ?? environment))];
    super(
      `invalid configuration for ${names.length > 1 ? "environments" : "environment"} ${names.map((n) => `"${n}"`).join(", ")}:\n` +
        problems.map((p) => `  - ${[p.environment ?? environment, p.field].filter(Boolean).join(".")}: ${p.message}`).join("\n"),
    );
    this.name = "EnvironmentConfigError";
  }
}
