// `npm run plan` / `npm run apply` refuse before the ~20 s synth: unknown environment, values
// still `yours(…)` placeholders (each named), no credentials in either spelling.
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { ENVIRONMENTS } from "../../../infra/config/environments";
import { EnvironmentEntry } from "../../../infra/config/environment-settings";
import { resolvePlaceholders } from "../../../infra/config/placeholder";
import { applyCommand } from "../../../cli/apply";
import type { CliIo } from "../../../cli/command-line";
import { planCommand } from "../../../cli/plan";
import { terraformEnvironment } from "../../../infra/plan-review/workflow/credentials";

/** The shipped table with every placeholder replaced by its example, as a user would after filling them in. */
const filledIn: EnvironmentEntry[] = ENVIRONMENTS.map((e) => resolvePlaceholders<EnvironmentEntry>(e).value);
const KEYS = { TENCENTCLOUD_SECRET_ID: "AKIDexample", TENCENTCLOUD_SECRET_KEY: "example-key" };

async function run(
  command: typeof planCommand,
  argv: string[],
  env: NodeJS.ProcessEnv,
  table: readonly EnvironmentEntry[] = ENVIRONMENTS,
) {
  let stdout = "";
  let stderr = "";
  const io: CliIo = { stdout: (t) => (stdout += t), stderr: (t) => (stderr += t) };
  const code = await command(argv, env, io, table);
  return { code, stdout, stderr };
}

// An empty project root: a preflight that passes ends at STACK_MISSING (with --skip-synth), which
// proves nothing before it refused and nothing slow ran.
const emptyRoot = mkdtempSync(join(tmpdir(), "preflight-"));
const cwd = process.cwd();
beforeAll(() => process.chdir(emptyRoot));
afterAll(() => {
  process.chdir(cwd);
  rmSync(emptyRoot, { recursive: true, force: true });
});

describe("plan/apply preflight", () => {
  it("refuses an environment that is not in the table, listing the ones that are, before synthesizing", async () => {
    const result = await run(planCommand, ["qa"], KEYS);
    expect(result.code).toBe(64);
    expect(result.stderr).toContain(`plan: error [ENVIRONMENT_UNKNOWN]: "qa" is not in the environment table`);
    expect(result.stderr).toContain(ENVIRONMENTS.map((e) => e.name).join(", "));
    expect(result.stderr).not.toContain("synthesizing");
  });

  it.each([
    ["plan", planCommand],
    ["apply", applyCommand],
  ] as const)("%s refuses an environment that still has placeholders and names each one", async (tool, command) => {
    const result = await run(command, ["prod"], KEYS);
    expect(result.code).toBe(1);
    expect(result.stderr).toContain(`${tool}: error [PLACEHOLDERS_LEFT]: prod still has`);
    for (const field of ["sms.sdkAppId", "sms.sign.name", "backend.bucket", "campaigns.appId"])
      expect(result.stderr).toContain(`  - ${field}: `);
    expect(result.stderr).toContain("SMS console → Applications → SDKAppID");
    expect(result.stderr).not.toContain("synthesizing");
  });

  it("refuses the state-bucket bootstrap stack while the bucket name is a placeholder", async () => {
    const result = await run(planCommand, ["state-bucket"], KEYS);
    expect(result.stderr).toContain("[PLACEHOLDERS_LEFT]: state-bucket still has 1 placeholder");
    expect(result.stderr).toMatch(/staging\.backend\.bucket: a COS bucket/);
  });

  it("refuses missing credentials before synthesizing", async () => {
    const result = await run(planCommand, ["staging"], {}, filledIn);
    expect(result.stderr).toContain(
      "plan: error [CREDENTIALS_MISSING]: TENCENTCLOUD_SECRET_ID and TENCENTCLOUD_SECRET_KEY are not set (nor TENCENTCLOUD_SECRETID and TENCENTCLOUD_SECRETKEY)",
    );
    expect(result.stderr).not.toContain("synthesizing");
  });

  it.each([
    ["Terraform's", KEYS],
    ["SCF's", { TENCENTCLOUD_SECRETID: "AKIDexample", TENCENTCLOUD_SECRETKEY: "example-key" }],
  ])("passes with %s spelling of the key pair and goes on to the stack", async (_spelling, env) => {
    const result = await run(planCommand, ["staging", "--skip-synth"], env, filledIn);
    expect(result.stderr).toContain('plan: error [STACK_MISSING]: synth produced no stack "staging"');
  });

  it("hands SCF's spelling to terraform under the provider's names", () => {
    expect(
      terraformEnvironment({ TENCENTCLOUD_SECRETID: "id", TENCENTCLOUD_SECRETKEY: "key", TENCENTCLOUD_SESSIONTOKEN: "tok" }),
    ).toMatchObject({
      TENCENTCLOUD_SECRET_ID: "id",
      TENCENTCLOUD_SECRET_KEY: "key",
      TENCENTCLOUD_SECURITY_TOKEN: "tok",
    });
    // Terraform's own spelling wins when both are set.
    expect(terraformEnvironment({ ...KEYS, TENCENTCLOUD_SECRETID: "other" }).TENCENTCLOUD_SECRET_ID).toBe("AKIDexample");
  });
});
