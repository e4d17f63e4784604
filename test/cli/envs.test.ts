// `npm run envs`: the table as CI reads it (JSON), as people read it, and as the docs embed it.
import { ENVIRONMENTS } from "../../infra/config/environments";
import { envsCommand } from "../../cli/envs";
import { EnvironmentEntry as EnvironmentSettings } from "../../infra/config/environment-settings";

function run(
  argv: string[],
  table: readonly EnvironmentSettings[] = ENVIRONMENTS,
): { code: number; stdout: string; stderr: string } {
  let stdout = "";
  let stderr = "";
  const code = envsCommand(argv, { stdout: (t) => (stdout += t), stderr: (t) => (stderr += t) }, table);
  return { code, stdout, stderr };
}

describe("npm run envs", () => {
  it("--json lists every environment in table order and the apply chain without local-state ones", () => {
    const { code, stdout } = run(["--json"]);
    expect(code).toBe(0);
    const parsed = JSON.parse(stdout);
    expect(parsed.plan).toEqual(ENVIRONMENTS.map((e) => e.name));
    expect(parsed.apply).toEqual(
      ENVIRONMENTS.filter((e) => e.backend.kind === "cos" && e.ci?.apply !== false).map((e) => e.name),
    );
    for (const e of parsed.environments) if (e.backend === "local") expect(parsed.apply).not.toContain(e.name);
  });

  it("prints a table for people and a markdown table for the docs", () => {
    expect(run([]).stdout).toMatch(/^#\s+environment\s+region\s+state\s+CI applies/);
    const markdown = run(["--markdown"]).stdout;
    // Columns are padded the way Prettier formats a Markdown table.
    for (const e of ENVIRONMENTS) expect(markdown).toMatch(new RegExp(`\\| \`${e.name}\`\\s+\\| ${e.region}\\s+\\|`));
  });

  it("--help exits 0; unknown flags, positionals and --json with --markdown are usage errors (exit 64)", () => {
    expect(run(["--help"])).toMatchObject({ code: 0, stdout: expect.stringContaining("usage: npm run --silent envs") });
    expect(run(["--jsn"])).toMatchObject({
      code: 64,
      stderr:
        "envs: error [USAGE]: unknown option --jsn; options: --json, --markdown, --help\nusage: npm run --silent envs -- [--json | --markdown]\n",
    });
    expect(run(["dev"]).code).toBe(64);
    expect(run(["--json", "--markdown"]).stderr).toContain("exclude each other");
  });

  it("refuses an invalid table with the field named (exit 1), so a CI matrix is never built from it", () => {
    const broken = JSON.parse(JSON.stringify(ENVIRONMENTS)) as EnvironmentSettings[];
    broken[0].ci = { apply: true }; // dev keeps local state
    const { code, stderr, stdout } = run(["--json"], broken);
    expect(code).toBe(1);
    expect(stdout).toBe("");
    expect(stderr).toContain("ci.apply: an environment with local state cannot be applied by CI");
  });
});
