// Drives `plan` and `apply` end to end with the real terraform binary on stacks made of
// terraform's built-in terraform_data resource (no provider, no network), in a temporary
// project root laid out like cdktf's output.
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { CliIo } from "../../../cli/command-line";
import { runCli } from "../../../cli/command-line";
import { applyEnvironment } from "../../../infra/plan-review/workflow/apply-environment";
import { planEnvironment } from "../../../infra/plan-review/workflow/plan-environment";
import { stackFiles } from "../../../infra/plan-review/workflow/stack-files";
import { Terraform } from "../../../infra/plan-review/workflow/terraform-process";

jest.setTimeout(60_000);

const scratch = mkdtempSync(join(tmpdir(), "plan-apply-"));
const cliConfig = join(scratch, "terraformrc");
const emptyMirror = join(scratch, "empty-mirror");
mkdirSync(emptyMirror);
// Providers may only come from an empty local mirror: installing one fails fast and offline.
writeFileSync(
  cliConfig,
  `provider_installation {\n  filesystem_mirror {\n    path    = "${emptyMirror}"\n    include = ["*/*/*"]\n  }\n  direct {\n    exclude = ["*/*/*"]\n  }\n}\n`,
);
afterAll(() => rmSync(scratch, { recursive: true, force: true }));
const baseEnv: NodeJS.ProcessEnv = {
  PATH: process.env.PATH,
  HOME: process.env.HOME,
  CHECKPOINT_DISABLE: "1",
  TF_IN_AUTOMATION: "1",
  TF_CLI_CONFIG_FILE: cliConfig,
};

interface Captured {
  code: number;
  stdout: string;
  stderr: string;
}

function newProject(env: string, config: object): string {
  const root = mkdtempSync(join(scratch, "project-"));
  writeStack(root, env, config);
  return root;
}

function writeStack(root: string, env: string, config: object): void {
  const dir = join(root, "cdktf.out", "stacks", env);
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, "cdk.tf.json"), JSON.stringify(config, null, 2));
}

function dataStack(resources: Record<string, object>): object {
  return { resource: { terraform_data: resources } };
}

async function capture(tool: string, body: (io: CliIo) => Promise<number>): Promise<Captured> {
  let stdout = "";
  let stderr = "";
  const io: CliIo = { stdout: (t) => (stdout += t), stderr: (t) => (stderr += t) };
  const code = await runCli(tool, () => body(io), io);
  return { code, stdout, stderr };
}

function plan(
  root: string,
  env: string,
  options: { processEnv?: NodeJS.ProcessEnv; binary?: string; allowReplace?: string[] } = {},
): Promise<Captured> {
  const processEnv = options.processEnv ?? baseEnv;
  return capture("plan", (io) =>
    planEnvironment({
      env,
      projectRoot: root,
      synth: async () => undefined,
      terraform: new Terraform(options.binary ?? "terraform", processEnv),
      processEnv,
      allowReplace: options.allowReplace ?? [],
      format: "text",
      io,
    }),
  );
}

function apply(
  root: string,
  env: string,
  options: { allowGuarded?: boolean; requireRemoteState?: boolean } = {},
): Promise<Captured> {
  return capture("apply", (io) =>
    applyEnvironment({
      env,
      projectRoot: root,
      terraform: new Terraform("terraform", baseEnv),
      processEnv: baseEnv,
      allowGuarded: options.allowGuarded ?? false,
      requireRemoteState: options.requireRemoteState ?? false,
      io,
    }),
  );
}

describe("npm run plan / apply with real terraform", () => {
  it("plans, reviews, records a fingerprint, applies the saved plan once and refuses to re-apply it", async () => {
    const root = newProject("dev", dataStack({ settings: { input: "v1" }, flags: { input: ["a"] } }));
    const files = stackFiles("dev", root);

    const planned = await plan(root, "dev");
    expect(planned.code).toBe(0);
    expect(planned.stdout).toContain("2 to create");
    for (const path of [files.planFile, files.planJson, files.reviewText, files.reviewMarkdown, files.fingerprint])
      expect(existsSync(path)).toBe(true);
    expect(readFileSync(files.reviewMarkdown, "utf8").startsWith("<!-- plan-review:dev -->")).toBe(true);
    const fingerprint = JSON.parse(readFileSync(files.fingerprint, "utf8"));
    expect(fingerprint).toMatchObject({
      env: "dev",
      guarded: false,
      synthesizedSha256: expect.stringMatching(/^[0-9a-f]{64}$/),
      planSha256: expect.stringMatching(/^[0-9a-f]{64}$/),
    });

    const applied = await apply(root, "dev");
    expect(applied).toMatchObject({ code: 0, stdout: "applied the reviewed plan for dev\n" });
    expect(JSON.parse(readFileSync(files.fingerprint, "utf8")).appliedAt).toEqual(expect.any(String));

    const again = await apply(root, "dev");
    expect(again.code).toBe(1);
    expect(again.stderr).toContain("[PLAN_STALE]");
    expect(again.stderr).toContain("already applied");
  });

  it("records the provider lock file with the plan and refuses to apply with another one", async () => {
    const root = newProject("staging", dataStack({ a: { input: "x" } }));
    const files = stackFiles("staging", root);
    // A lock entry for a provider the stack does not need: plan's `terraform init` rewrites it.
    const foreignLock =
      'provider "registry.terraform.io/hashicorp/random" {\n  version = "3.6.0"\n  hashes = ["h1:R5Ucn26riKIEijcsiOMBR3uOAjuOMfI1x7XvH4P6B1w="]\n}\n';
    writeFileSync(files.lockFile, foreignLock);
    expect((await plan(root, "staging")).code).toBe(0);
    const recorded = JSON.parse(readFileSync(files.fingerprint, "utf8")).lockFileSha256;
    expect(recorded).toMatch(/^[0-9a-f]{64}$/);
    const planned = readFileSync(files.lockFile, "utf8");
    expect(planned).not.toContain("hashicorp/random");

    // The artifact restored with another lock file (another provider build) is refused.
    writeFileSync(files.lockFile, foreignLock);
    const refused = await apply(root, "staging");
    expect(refused.code).toBe(1);
    expect(refused.stderr).toContain("[PLAN_STALE]");
    expect(refused.stderr).toContain("is not the provider lock file recorded with the plan");
    rmSync(files.lockFile);
    expect((await apply(root, "staging")).stderr).toContain("the provider lock file recorded with the plan is missing");

    // With the recorded lock file back, apply initializes read-only and applies.
    writeFileSync(files.lockFile, planned);
    rmSync(join(files.stackDir, ".terraform"), { recursive: true, force: true });
    const applied = await apply(root, "staging");
    expect(applied.code).toBe(0);
    expect(applied.stderr).toContain("terraform init -lockfile=readonly");
  });

  it("refuses on CI to apply a stack whose state is a local file", async () => {
    const root = newProject("dev", dataStack({ a: { input: "x" } }));
    expect((await plan(root, "dev")).code).toBe(0);
    const result = await apply(root, "dev", { requireRemoteState: true });
    expect(result.code).toBe(1);
    expect(result.stderr).toContain("apply: error [LOCAL_STATE_IN_CI]");
    expect(existsSync(join(stackFiles("dev", root).stackDir, "terraform.tfstate"))).toBe(false);
  });

  it("refuses when there is no saved plan", async () => {
    const root = newProject("dev", dataStack({ a: { input: "x" } }));
    const result = await apply(root, "dev");
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(
      /apply: error \[PLAN_MISSING\]: no saved plan for dev at .*dev\.tfplan; run `npm run plan -- dev`/,
    );
  });

  it("refuses when the synthesized configuration changed after the review", async () => {
    const root = newProject("staging", dataStack({ a: { input: "x" } }));
    expect((await plan(root, "staging")).code).toBe(0);
    writeStack(root, "staging", dataStack({ a: { input: "changed after review" } }));
    const result = await apply(root, "staging");
    expect(result.code).toBe(1);
    expect(result.stderr).toContain("[PLAN_STALE]");
    expect(result.stderr).toContain("changed since the plan was made");
  });

  it("refuses a plan file that is not the reviewed one", async () => {
    const root = newProject("dev", dataStack({ a: { input: "x" } }));
    expect((await plan(root, "dev")).code).toBe(0);
    const files = stackFiles("dev", root);
    writeFileSync(files.planFile, Buffer.concat([readFileSync(files.planFile), Buffer.from("x")]));
    const result = await apply(root, "dev");
    expect(result.stderr).toContain("is not the plan that was reviewed");
  });

  it("maps terraform's own stale-plan refusal to PLAN_STALE", async () => {
    const root = newProject("dev", dataStack({ a: { input: "x" } }));
    expect((await plan(root, "dev")).code).toBe(0);
    const files = stackFiles("dev", root);
    const keep = join(root, "kept");
    mkdirSync(keep);
    copyFileSync(files.planFile, join(keep, "dev.tfplan"));
    copyFileSync(files.fingerprint, join(keep, "fingerprint.json"));
    expect((await apply(root, "dev")).code).toBe(0);
    // Put the already-applied plan back with its un-applied record: only terraform can tell.
    copyFileSync(join(keep, "dev.tfplan"), files.planFile);
    copyFileSync(join(keep, "fingerprint.json"), files.fingerprint);
    const result = await apply(root, "dev");
    expect(result.code).toBe(1);
    expect(result.stderr).toContain(
      "apply: error [PLAN_STALE]: terraform refused dev.tfplan: the state changed since it was planned",
    );
  });

  it("exits 2 for a guarded prod plan, and apply refuses it unless explicitly allowed", async () => {
    const root = newProject("prod", dataStack({ a: { input: "x" }, b: { input: "y" } }));
    expect((await plan(root, "prod")).code).toBe(0);
    expect((await apply(root, "prod")).code).toBe(0);
    writeStack(root, "prod", dataStack({ a: { input: "x" } }));
    const guarded = await plan(root, "prod");
    expect(guarded.code).toBe(2);
    expect(guarded.stdout).toContain("GUARDED  [prod-delete] terraform_data.b (delete)");
    const refused = await apply(root, "prod");
    expect(refused.code).toBe(1);
    expect(refused.stderr).toContain("[PLAN_GUARDED]");
    expect((await apply(root, "prod", { allowGuarded: true })).code).toBe(0);
  });

  it("an allowed address makes the prod plan pass and apply without --allow-guarded", async () => {
    const root = newProject("prod", dataStack({ a: { input: "x" }, b: { input: "y" } }));
    expect((await plan(root, "prod")).code).toBe(0);
    expect((await apply(root, "prod")).code).toBe(0);
    writeStack(root, "prod", dataStack({ a: { input: "x" } }));
    expect((await plan(root, "prod", { allowReplace: ["terraform_data.b"] })).code).toBe(0);
    expect((await apply(root, "prod")).code).toBe(0);
  });

  const tencentcloudStack = {
    terraform: { required_providers: { tencentcloud: { source: "tencentcloudstack/tencentcloud", version: "1.83.25" } } },
    provider: { tencentcloud: [{ region: "ap-guangzhou" }] },
  };

  it("fails clearly when the tencentcloud credentials are not set", async () => {
    const root = newProject("dev", tencentcloudStack);
    const result = await plan(root, "dev");
    expect(result.code).toBe(1);
    expect(result.stderr).toContain(
      "plan: error [CREDENTIALS_MISSING]: TENCENTCLOUD_SECRET_ID and TENCENTCLOUD_SECRET_KEY are not set",
    );
  });

  it("fails clearly when terraform init cannot install the provider", async () => {
    const root = newProject("dev", tencentcloudStack);
    const result = await plan(root, "dev", {
      processEnv: { ...baseEnv, TENCENTCLOUD_SECRET_ID: "id", TENCENTCLOUD_SECRET_KEY: "key" },
    });
    expect(result.code).toBe(1);
    expect(result.stderr).toContain("plan: error [TERRAFORM_INIT_PROVIDER]: terraform init could not install the providers");
    expect(result.stderr).toContain("Failed to query available provider packages");
    expect(existsSync(stackFiles("dev", root).planFile)).toBe(false);
  });

  it("fails clearly when the state backend is unreachable", async () => {
    const root = newProject("dev", {
      terraform: { backend: { http: { address: "http://127.0.0.1:9/state", retry_max: 0 } } },
      ...dataStack({ a: { input: "x" } }),
    });
    const result = await plan(root, "dev");
    expect(result.code).toBe(1);
    expect(result.stderr).toContain("plan: error [TERRAFORM_INIT_BACKEND]");
  });

  it("fails clearly when terraform is not installed", async () => {
    const root = newProject("dev", dataStack({ a: { input: "x" } }));
    const result = await plan(root, "dev", { binary: join(scratch, "no-terraform-here") });
    expect(result.code).toBe(1);
    expect(result.stderr).toContain("plan: error [TERRAFORM_MISSING]: terraform was not found");
  });

  it("names the available stacks when the environment has none", async () => {
    const root = newProject("dev", dataStack({ a: { input: "x" } }));
    const result = await plan(root, "qa");
    expect(result.stderr).toContain('plan: error [STACK_MISSING]: synth produced no stack "qa"');
    expect(result.stderr).toContain("stacks: dev");
  });
});
