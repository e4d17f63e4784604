// Environment configs for tests: the real table, and a valid baseline to derive variants from.
// Stacks of the real table are synthesized once per test file (module cache) to keep suites fast.
import { ENVIRONMENTS } from "../../../infra/config/environments";
import { EnvironmentConfig, EnvironmentSettings } from "../../../infra/config/environment-settings";
import { validateEnvironment } from "../../../infra/config/validate-environment";
import { EnvironmentConfigError } from "../../../infra/config/environment-config-error";
import { VerificationStack, VerificationStackOptions } from "../../../infra/stacks/verification-stack";
import { newTestApp, Template } from "./template";

export function baseSettings(): EnvironmentSettings {
  return JSON.parse(JSON.stringify(ENVIRONMENTS.find((e) => e.name === "dev")));
}

/** A validated variant of dev; `change` edits a deep copy of the settings. */
export function variant(change: (s: EnvironmentSettings) => void): EnvironmentConfig {
  const settings = baseSettings();
  change(settings);
  return validateEnvironment(settings);
}

/** The validation message of settings the table must refuse (throws if they are accepted). */
export function validationProblems(settings: EnvironmentSettings): string {
  try {
    validateEnvironment(settings);
  } catch (error) {
    if (error instanceof EnvironmentConfigError) return error.message;
    throw error;
  }
  throw new Error("accepted");
}

export function synthStack(
  config: EnvironmentConfig,
  options?: VerificationStackOptions,
): {
  stack: VerificationStack;
  template: Template;
} {
  const stack = new VerificationStack(newTestApp(), config, options);
  return { stack, template: Template.synth(stack) };
}

const synthesized = new Map<string, Template>();

/** Template of one environment from the real table, synthesized at most once per test file. */
export function environmentTemplate(name: string): Template {
  let template = synthesized.get(name);
  if (!template) {
    const settings = ENVIRONMENTS.find((e) => e.name === name);
    if (!settings) throw new Error(`no environment ${name}`);
    template = synthStack(validateEnvironment(settings)).template;
    synthesized.set(name, template);
  }
  return template;
}

export const ENVIRONMENT_NAMES = ENVIRONMENTS.map((e) => e.name);
