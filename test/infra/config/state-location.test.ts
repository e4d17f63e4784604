// The state key contains the app name, and two environments can never share a state location.
import { EnvironmentConfigError } from "../../../infra/config/environment-config-error";
import { EnvironmentEntry } from "../../../infra/config/environment-settings";
import { ENVIRONMENTS } from "../../../infra/config/environments";
import { validateEnvironment, validateEnvironments } from "../../../infra/config/validate-environment";

const copy = (): EnvironmentEntry[] => JSON.parse(JSON.stringify(ENVIRONMENTS));
const cosEntry = (table: EnvironmentEntry[]) =>
  table.find((e) => e.backend.kind === "cos") as EnvironmentEntry & { backend: { kind: "cos"; prefix?: string; key?: string } };

function refusal(table: EnvironmentEntry[]): EnvironmentConfigError {
  try {
    validateEnvironments(table);
  } catch (error) {
    if (error instanceof EnvironmentConfigError) return error;
    throw error;
  }
  throw new Error("the table was accepted");
}

describe("state locations", () => {
  it("keeps COS state under <app>/<env>/terraform.tfstate by default", () => {
    for (const config of validateEnvironments(ENVIRONMENTS)) {
      if (config.backend.kind === "cos")
        expect(config.backend).toMatchObject({ prefix: `${config.app}/${config.name}`, key: "terraform.tfstate" });
    }
  });

  it("refuses a prefix without the app name (two apps in one bucket would share a key)", () => {
    const table = copy();
    cosEntry(table).backend.prefix = "staging";
    expect(() => validateEnvironment(cosEntry(table))).toThrow(
      /backend\.prefix: "staging" must contain the app name "smsverify" as a path segment/,
    );
  });

  it("refuses two environments with the same state location, naming both", () => {
    const table = copy();
    const twin = JSON.parse(JSON.stringify(cosEntry(table))) as ReturnType<typeof cosEntry>;
    twin.name = "qa";
    twin.backend.prefix = `${twin.app}/${cosEntry(table).name}`;
    table.push(twin);
    const error = refusal(table);
    expect(error.environment).toBe("qa");
    expect(error.message).toMatch(
      new RegExp(
        `backend: keeps its state at cos://ap-guangzhou/smsverify-tfstate-1250000000/smsverify/${cosEntry(table).name}/terraform.tfstate, like environment "${cosEntry(table).name}"`,
      ),
    );
  });

  it("refuses two local-state environments writing the same absolute file", () => {
    const table = copy();
    table[0].backend = { kind: "local", path: "/var/tmp/shared.tfstate" };
    const twin = JSON.parse(JSON.stringify(cosEntry(table))) as EnvironmentEntry;
    twin.name = "qa";
    twin.backend = { kind: "local", path: "/var/tmp/../tmp/shared.tfstate" };
    table.push(twin);
    expect(refusal(table).message).toContain("local:///var/tmp/shared.tfstate");
  });

  it("accepts another app's environment of the same name in the same bucket: the app name separates the keys", () => {
    const table = copy();
    const other = JSON.parse(JSON.stringify(cosEntry(table))) as ReturnType<typeof cosEntry>;
    other.name = "qa";
    other.app = "otherapp";
    other.backend.prefix = `otherapp/${cosEntry(table).name}`;
    table.push(other);
    expect(validateEnvironments(table).map((c) => c.name)).toContain("qa");
  });
});
