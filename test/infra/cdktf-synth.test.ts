// End to end through the real CLI: `npx cdktf synth` (`npx cdktn synth` on a checkout moved to CDK
// Terrain by scripts/use-cdk-terrain.mjs; no arguments, offline, no account) writes one
// stack per environment to stacks/<env>/cdk.tf.json, each valid against the provider schema and
// free of secrets; `npm run synth` (cli/synth.ts, the app in-process without the CLI) writes
// exactly the same files and warnings. Durations are neither printed nor asserted (`npm run bench`
// and infra/benchmarks/measure-synth.ts measure them).
import { execFileSync, spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, readdirSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join, resolve } from "node:path";
import { checkSynthesizedStack, formatViolations } from "../../infra/schema-check/check-synthesized-stack";
import { ENVIRONMENT_NAMES } from "./support/environment-fixtures";
import { PROVIDER_SCHEMAS } from "./support/provider-schemas";
import { scanForSecrets } from "./support/secret-scan";

const ROOT = resolve(__dirname, "..", "..");
// Both synths bundle the functions with esbuild themselves instead of copying the bundles the rest
// of the run shares (SCF_BUNDLE_CACHE_DIR, test/support/jest-global-setup.ts): what they write is
// compared byte for byte, so each must be its own.
const { SCF_BUNDLE_CACHE_DIR: _sharedBundles, ...ownEnv } = process.env;
// The CLI of the framework this checkout is on: cdktf-cli by default, cdktn-cli after the switch.
const devDependencies = (
  JSON.parse(readFileSync(join(ROOT, "package.json"), "utf8")) as { devDependencies: Record<string, string> }
).devDependencies;
const CLI = "cdktn-cli" in devDependencies ? "cdktn" : "cdktf";
// cdktf-cli 0.21 loads node-pty for every command but --version, and node-pty's prebuilt builds end
// at Node 22's ABI: on Node 24 `npx cdktf synth` cannot start, and cdktf is final, so that will not
// change (docs/contributing.md). There the CLI (and the app it spawns) runs under CI's Node 22 from
// npm; the library, `npm run synth`, plan and apply run on 24 itself, and so does cdktn-cli.
const cliPath = (() => {
  if (CLI !== "cdktf" || Number(process.versions.node.split(".")[0]) <= 22) return process.env.PATH;
  const node22 = readFileSync(join(ROOT, ".ci", "node-versions"), "utf8")
    .split("\n")
    .find((line) => line.startsWith("22."));
  if (!node22) throw new Error(".ci/node-versions lists no Node 22 for cdktf-cli");
  const binary = execFileSync(process.execPath, [join(ROOT, "scripts", "node-binary.mjs"), node22.trim()], {
    encoding: "utf8",
  }).trim();
  return `${dirname(binary)}:${process.env.PATH ?? ""}`;
})();

describe(`npx ${CLI} synth`, () => {
  const outDir = mkdtempSync(join(tmpdir(), "cdktf-synth-"));
  const run = spawnSync("npx", [CLI, "synth", "--output", outDir], {
    cwd: ROOT,
    env: { ...ownEnv, PATH: cliPath, CHECKPOINT_DISABLE: "1", CI: "1" },
    encoding: "utf8",
  });
  if (run.status !== 0) throw new Error(`${CLI} synth failed:\n${run.stdout}\n${run.stderr}`);
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

  it("npm run synth writes byte for byte the same stacks and assets and prints the same warnings", () => {
    const fastDir = mkdtempSync(join(tmpdir(), "npm-run-synth-"));
    // On the CLI's Node: the zip assets' deflate bytes depend on the Node (its zlib) that wrote them.
    const fast = spawnSync("npm", ["run", "-s", "synth", "--", "--output", fastDir], {
      cwd: ROOT,
      env: { ...ownEnv, PATH: cliPath, CI: "1" },
      encoding: "utf8",
    });
    expect(fast.stderr).toBe("");
    expect(fast.status).toBe(0);
    expect(filesUnder(join(fastDir, "stacks"))).toEqual(filesUnder(join(outDir, "stacks")));
    for (const file of filesUnder(join(outDir, "stacks"))) {
      expect(readFileSync(join(fastDir, "stacks", file)).equals(readFileSync(join(outDir, "stacks", file)))).toBe(true);
    }
    const warnings = (text: string) => text.split("\n").filter((line) => /^(WARN|ERROR| {2}- |Generated)/.test(line));
    expect(warnings(fast.stdout)).toEqual(warnings(printed));
    expect(warnings(fast.stdout)).toContain("Generated Terraform code for the stacks: dev, prod, staging, state-bucket");
  });

  it("npm run synth -- --help prints its usage; an argument it does not know is a usage error (64), named", () => {
    const help = spawnSync("npm", ["run", "-s", "synth", "--", "--help"], { cwd: ROOT, encoding: "utf8" });
    expect(help.status).toBe(0);
    expect(help.stdout).toMatch(/^usage: npm run synth \[-- --output <dir>\]/);
    const refused = spawnSync("npm", ["run", "-s", "synth", "--", "--hcl"], { cwd: ROOT, encoding: "utf8" });
    expect(refused.status).toBe(64);
    expect(refused.stderr).toBe(
      "synth: error [USAGE]: unknown option --hcl; options: --output, --help\nusage: npm run synth [-- --output <dir>]\n",
    );
  });

  it("stacks/state-bucket/cdk.tf.json passes the schema check", () => {
    const document = JSON.parse(readFileSync(join(outDir, "stacks", "state-bucket", "cdk.tf.json"), "utf8"));
    expect(formatViolations(checkSynthesizedStack(document, PROVIDER_SCHEMAS).violations)).toBe("");
  });
});

/** Every file below `dir`, as sorted paths relative to it. */
function filesUnder(dir: string, prefix = ""): string[] {
  return readdirSync(join(dir, prefix))
    .flatMap((name) => {
      const path = prefix ? `${prefix}/${name}` : name;
      return statSync(join(dir, path)).isDirectory() ? filesUnder(dir, path) : [path];
    })
    .sort();
}
