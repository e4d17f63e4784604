// Collects the problems the cross-field rules find in one environment entry, each under its
// dotted field path, so a single synth run reports all of them (see EnvironmentConfigError).
import { ConfigProblem } from "./environment-config-error";

export class ProblemList {
  readonly problems: ConfigProblem[] = [];

  add(field: string, message: string): void {
    this.problems.push({ field, message });
  }
}
