// End to end through the real CLI: `npx cdktf synth` (no arguments, offline, no account) writes one
// stack per environment to stacks/<env>/cdk.tf.json, each valid against the provider schema and
// free of secrets. Its duration is neither printed nor asserted (infra/benchmarks/measure-synth.ts
// measures it).
import { spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, readdirSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { checkSynthesizedStack, formatViolations } from "../../infra/schema-check/check-synthesized-stack";
import { ENVIRONMENT_NAMES } from "./support/environment-fixtures";
import { PROVIDER_SCHEMAS } from "./support/provider-schemas";
import { scanForSecrets } from "./support/secret-scan";

const ROOT = resolve(__dirname, "..", "..");

describe("npx cdktf synth", () => {
  const outDir = mkdtempSync(join(tmpdir(), "cdktf-synth-"));
  const run = spawnSync("npx", ["cdktf", "synth", "--output", outDir], {
    cwd: ROOT,
    env: { ...process.env, CHECKPOINT_DISABLE: "1", CI: "1" },
    encoding: "utf8",
  });
  if (run.status !== 0) throw new Error(`cdktf synth failed:\n${run.stdout}\n${run.stderr}`);
  const printed = `${run.stdout}\n${run.stderr}`;

  it("writes one stack per environment, named after it, plus the state-bucket bootstrap stack", () => {
    expect(readdirSync(join(outDir, "stacks")).sort()).toEqual([...ENVIRONMENT_NAMES, "state-bucket"].sort());
  });

  it("warns about every environment that still has placeholder values, naming the fields", () => {
    for (const env of ENVIRONMENT_NAMES) expect(printed).toContain(`environment ${env} still has`);
    expect(printed).toContain("  - sms.sdkAppId: SMS console → Applications → SDKAppID");
    expect(printed).toContain("the state bucket name is still a placeholder");
  });

  it.each(ENVIRONMENT_NAMES)("stacks/%s/cdk.tf.json passes the schema check and the secret scan, with its asset", (env) => {
    const file = join(outDir, "stacks", env, "cdk.tf.json");
    const document = JSON.parse(readFileSync(file, "utf8"));
    expect(formatViolations(checkSynthesizedStack(document, PROVIDER_SCHEMAS).violations)).toBe("");
    expect(scanForSecrets(document)).toEqual([]);
    const zipFile = Object.values(document.resource.tencentcloud_scf_function as Record<string, { zip_file: string }>)[0]
      .zip_file;
    expect(existsSync(join(outDir, "stacks", env, zipFile))).toBe(true);
  });

  it("uses a local backend for dev and an encrypted COS backend keyed <app>/<env> elsewhere", () => {
    const backend = (env: string) =>
      JSON.parse(readFileSync(join(outDir, "stacks", env, "cdk.tf.json"), "utf8")).terraform.backend;
    expect(backend("dev")).toEqual({ local: { path: "terraform.dev.tfstate" } });
    expect(backend("staging").cos).toMatchObject({ prefix: "smsverify/staging", key: "terraform.tfstate", encrypt: true });
    expect(backend("prod").cos).toMatchObject({ prefix: "smsverify/prod", key: "terraform.tfstate", encrypt: true });
    expect(backend("state-bucket")).toEqual({ local: { path: "terraform.state-bucket.tfstate" } });
  });

  it("stacks/state-bucket/cdk.tf.json passes the schema check", () => {
    const document = JSON.parse(readFileSync(join(outDir, "stacks", "state-bucket", "cdk.tf.json"), "utf8"));
    expect(formatViolations(checkSynthesizedStack(document, PROVIDER_SCHEMAS).violations)).toBe("");
  });
});
