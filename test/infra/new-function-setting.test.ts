// A new function setting is one edit: a line in the function's settings module
// (functions/verification/settings/variables.ts). This test makes that edit in a fresh module
// registry and shows the rest follows with no other change: the environment table accepts (and
// range-checks) the new field, the stack writes its variable, and the function reads it back.
import type * as SettingsModule from "../../functions/verification/settings";
import type * as ValidateModule from "../../infra/config/validate-environment";
import type * as FixturesModule from "./support/environment-fixtures";

const VARIABLES = "../../functions/verification/settings/variables";

function withNewLimit<T>(
  use: (modules: { settings: typeof SettingsModule; validate: typeof ValidateModule; fixtures: typeof FixturesModule }) => T,
): T {
  let result: T | undefined;
  jest.isolateModules(() => {
    jest.doMock(VARIABLES, () => {
      const actual = jest.requireActual(VARIABLES);
      const z = jest.requireActual("zod/mini");
      const { variable, integerText } = jest.requireActual("../../functions/shared/settings/environment-variables");
      const { integerIn } = jest.requireActual("../../functions/shared/settings/field-schemas");
      // The one edit: a new limit with its range, default and variable name.
      const exampleWindowSeconds = variable("EXAMPLE_WINDOW_SECONDS", z._default(integerIn(1, 60), 10), integerText);
      return { ...actual, limitsVariables: { ...actual.limitsVariables, exampleWindowSeconds } };
    });
    /* eslint-disable @typescript-eslint/no-require-imports -- a fresh registry is only reachable by require */
    result = use({
      settings: require("../../functions/verification/settings"),
      validate: require("../../infra/config/validate-environment"),
      fixtures: require("./support/environment-fixtures"),
    });
    /* eslint-enable @typescript-eslint/no-require-imports */
    jest.dontMock(VARIABLES);
  });
  return result as T;
}

it("the table accepts it, the stack writes it and the function reads it", () => {
  withNewLimit(({ settings, validate, fixtures }) => {
    const entry = fixtures.baseSettings();
    (entry.limits as Record<string, unknown>).exampleWindowSeconds = 42;
    const config = validate.validateEnvironment(entry);
    expect(config.limits).toMatchObject({ exampleWindowSeconds: 42 });

    const { template } = fixtures.synthStack(config);
    const environment = template.named("tencentcloud_scf_function", "smsverify-dev-verification").environment as Record<
      string,
      string
    >;
    expect(environment.EXAMPLE_WINDOW_SECONDS).toBe("42");

    const resolved = { ...environment, REDIS_HOST: "10.0.1.15", REDIS_PORT: "6379", SMS_TEMPLATE_ID: "2000001" };
    const read = settings.fromEnvironment(resolved);
    if (!read.ok) throw new Error(read.problems.join("; "));
    expect(read.settings.limits).toMatchObject({ exampleWindowSeconds: 42 });
    // Left out of an entry, the function's default applies on both sides.
    expect(validate.validateEnvironment(fixtures.baseSettings()).limits).toMatchObject({ exampleWindowSeconds: 10 });
  });
});

it("the table applies the new setting's range, naming the field", () => {
  withNewLimit(({ validate, fixtures }) => {
    const entry = fixtures.baseSettings();
    (entry.limits as Record<string, unknown>).exampleWindowSeconds = 61;
    expect(() => validate.validateEnvironment(entry)).toThrow(
      /limits\.exampleWindowSeconds: must be an integer from 1 to 60, got 61/,
    );
  });
});

it("without the edit, the table refuses the field as unknown", () => {
  const { validateEnvironment } = jest.requireActual<typeof ValidateModule>("../../infra/config/validate-environment");
  const { baseSettings } = jest.requireActual<typeof FixturesModule>("./support/environment-fixtures");
  const entry = baseSettings();
  (entry.limits as Record<string, unknown>).exampleWindowSeconds = 42;
  expect(() => validateEnvironment(entry)).toThrow(/limits\.exampleWindowSeconds: unknown key/);
});
