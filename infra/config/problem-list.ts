// Collects the problems found in one environment entry, each under its dotted field path, so a
// single synth run reports all of them (see EnvironmentConfigError).
import { ConfigProblem } from "./environment-config-error";

export class ProblemList {
  readonly problems: ConfigProblem[] = [];

  add(field: string, message: string): void {
    this.problems.push({ field, message });
  }

  integerIn(field: string, value: unknown, min: number, max: number): void {
    if (typeof value !== "number" || !Number.isInteger(value) || value < min || value > max) {
      this.add(field, `must be an integer from ${min} to ${max}, got ${JSON.stringify(value)}`);
    }
  }

  nonEmpty(field: string, value: unknown): void {
    if (typeof value !== "string" || value.trim() === "") this.add(field, "must be a non-empty string");
  }
}
