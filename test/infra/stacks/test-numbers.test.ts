// Test numbers in the environment table: validated (E.164 mobile numbers of a served region, refused
// in production unless allowed explicitly), and synthesized as one generated numeric code per number
// inside the function's Secrets Manager secret — never a code value in the synthesized JSON or in
// the function's environment.
import { EnvironmentSettings } from "../../../infra/config/environment-settings";
import { ENVIRONMENTS } from "../../../infra/config/environments";
import { validateEnvironment } from "../../../infra/config/validate-environment";
import { checkSynthesizedStack, formatViolations } from "../../../infra/schema-check/check-synthesized-stack";
import { parseTestNumberCodes } from "../../../functions/verification/secrets/test-number-codes";
import { baseSettings, synthStack, validationProblems, variant } from "../support/environment-fixtures";
import { PROVIDER_SCHEMAS } from "../support/provider-schemas";
import { scanForSecrets } from "../support/secret-scan";

const NUMBERS = ["+8613800138000", "+8613900139000"];

const problemsOf = validationProblems;

function devWith(change: (s: EnvironmentSettings) => void): EnvironmentSettings {
  const settings = baseSettings();
  change(settings);
  return settings;
}

function prodWith(testNumbers: EnvironmentSettings["testNumbers"]): EnvironmentSettings {
  const prod = JSON.parse(JSON.stringify(ENVIRONMENTS.find((e) => e.name === "prod"))) as EnvironmentSettings;
  prod.testNumbers = testNumbers;
  return prod;
}

describe("test numbers in the environment table", () => {
  it("accepts E.164 mobile numbers of a served region and keeps them in the config", () => {
    const config = variant((s) => {
      s.testNumbers = { numbers: NUMBERS };
    });
    expect(config.testNumbers).toEqual({ numbers: NUMBERS });
  });

  it("the shipped table has no test numbers (none by default)", () => {
    for (const entry of ENVIRONMENTS) expect(entry.testNumbers).toBeUndefined();
  });

  it("prod refuses test numbers, naming the environment and the key", () => {
    const message = problemsOf(prodWith({ numbers: ["+8613800138000"] }));
    expect(message).toMatch(/prod\.testNumbers: environment "prod" is a production environment/);
    expect(message).toMatch(/testNumbers\.allowInProduction: true/);
  });

  // Issue 20 item 5: production was guessed from the name (^prod), so live, prd and main took test
  // numbers without the opt-in. Now the entry's required `production` flag decides.
  it.each(["live", "prd", "main"])("a production environment named %s refuses test numbers without the opt-in", (name) => {
    const entry = prodWith({ numbers: ["+8613800138000"] });
    entry.name = name;
    entry.backend = { kind: "local" };
    expect(problemsOf(entry)).toMatch(new RegExp(`${name}\\.testNumbers: environment "${name}" is a production environment`));
  });

  it("a non-production environment named prod-like takes test numbers (the name decides nothing)", () => {
    const entry = JSON.parse(JSON.stringify(ENVIRONMENTS.find((e) => e.name === "staging"))) as EnvironmentSettings;
    entry.name = "prodcopy";
    entry.backend = { kind: "local" };
    entry.testNumbers = { numbers: ["+8613800138000"] };
    expect(validateEnvironment(entry).testNumbers).toEqual({ numbers: ["+8613800138000"] });
  });

  it("every entry says whether it is production: the field is required and must be a boolean", () => {
    const missing = devWith((s) => {
      delete (s as Partial<EnvironmentSettings>).production;
    });
    expect(problemsOf(missing)).toMatch(/dev\.production: is required: must be true or false/);
    const text = devWith((s) => {
      (s as unknown as Record<string, unknown>).production = "yes";
    });
    expect(problemsOf(text)).toMatch(/dev\.production: must be true or false, got "yes"/);
  });

  it("prod refuses them with allowInProduction false too", () => {
    expect(problemsOf(prodWith({ numbers: ["+8613800138000"], allowInProduction: false }))).toMatch(/prod\.testNumbers:/);
  });

  it("prod accepts them when its entry says allowInProduction: true", () => {
    expect(validateEnvironment(prodWith({ numbers: ["+8613800138000"], allowInProduction: true })).testNumbers).toEqual({
      numbers: ["+8613800138000"],
      allowInProduction: true,
    });
  });

  it.each([
    ["not E.164 (no plus)", ["8613800138000"], /testNumbers\.numbers\[0\]: must be an E\.164 number/],
    ["a landline", ["+861012345678"], /testNumbers\.numbers\[0\]: \+861012345678 is not a valid mobile number/],
    [
      "a region not served",
      ["+85251234567"],
      /testNumbers\.numbers\[0\]: \+85251234567 is a number of HK, which sms\.allowedRegions \(CN\)/,
    ],
    ["a duplicate", ["+8613800138000", "+8613800138000"], /testNumbers\.numbers: lists a number twice/],
    ["an empty list", [], /testNumbers\.numbers: must list at least one number/],
  ])("refuses %s, naming the field", (_label, numbers, message) => {
    expect(
      problemsOf(
        devWith((s) => {
          s.testNumbers = { numbers };
        }),
      ),
    ).toMatch(message);
  });

  it("refuses an unknown key in the block", () => {
    expect(
      problemsOf(
        devWith((s) => {
          s.testNumbers = { numbers: NUMBERS, codes: ["123456"] } as never;
        }),
      ),
    ).toMatch(/testNumbers: unknown key "codes"|testNumbers\.codes/);
  });
});

describe("synthesized test-number codes", () => {
  const { template } = synthStack(
    variant((s) => {
      s.testNumbers = { numbers: NUMBERS };
    }),
  );
  const passwords = template.document.resource.random_password as Record<string, Record<string, unknown>>;
  const codeIds = Object.keys(passwords).filter((id) => id.includes("code-86"));

  it("generates one numeric code of the function's length per number", () => {
    expect(codeIds).toHaveLength(2);
    for (const id of codeIds) {
      expect(passwords[id]).toMatchObject({ length: 6, numeric: true, lower: false, upper: false, special: false });
    }
  });

  it("writes them into the runtime secret as number=reference pairs, nothing else", () => {
    const runtimeName = template.referenceToNamed("tencentcloud_ssm_secret", "smsverify-dev-function-secrets", "secret_name");
    const runtime = template.resources("tencentcloud_ssm_secret_version").find((v) => v.secret_name === runtimeName)!
      .secret_string as string;
    const field = /"testNumberCodes" = "([^"]*)"/.exec(runtime)?.[1];
    expect(field).toBeDefined();
    const entries = field!.split(",");
    expect(entries.map((e) => e.split("=")[0])).toEqual(NUMBERS);
    for (const [i, entry] of entries.entries()) {
      expect(entry).toBe(`${NUMBERS[i]}=\${random_password.${codeIds[i]}.result}`);
    }
  });

  it("no code, no number list and no secret reference reach the function's environment", () => {
    const environment = template.named("tencentcloud_scf_function", "smsverify-dev-verification").environment as Record<
      string,
      string
    >;
    const text = JSON.stringify(environment);
    for (const number of NUMBERS) expect(text).not.toContain(number.slice(1));
    expect(text).not.toMatch(/random_password/);
  });

  it("passes the secret scan and the provider schema check", () => {
    expect(scanForSecrets(template.document)).toEqual([]);
    expect(formatViolations(checkSynthesizedStack(template.document, PROVIDER_SCHEMAS).violations)).toBe("");
  });

  it("the secret scan catches a literal code in the test-number field", () => {
    const literal = {
      resource: {
        tencentcloud_ssm_secret_version: {
          v: {
            secret_name: "n",
            secret_string:
              '${jsonencode({"codePepper" = random_password.p.result, "testNumberCodes" = "+8613800138000=482913"})}',
          },
        },
      },
    };
    expect(scanForSecrets(literal).map((f) => f.path)).toEqual(["$.resource.tencentcloud_ssm_secret_version.v.secret_string"]);
  });

  it("the format Terraform writes is the one the function parses", () => {
    const parsed = parseTestNumberCodes(NUMBERS.map((n, i) => `${n}=${String(i).repeat(6)}`).join(","));
    expect(parsed).toEqual({
      ok: true,
      codes: new Map([
        [NUMBERS[0], "000000"],
        [NUMBERS[1], "111111"],
      ]),
    });
  });
});
