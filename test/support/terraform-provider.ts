// The real providers for tests: the environment every terraform call of a test runs with, and the
// one check that the real tencentcloud and random builds can be installed. Where they come from, in
// order: the CLI configuration TF_CLI_CONFIG_FILE names when that file exists (`.ci/run` installs
// ../shared/tencentcloud-provider's mirror and exports it); else, when a `shared/tencentcloud-provider`
// folder sits beside the checkout or one level further up (a worktree of it), a mirror of it
// installed once into node_modules/.cache/terraform-mirror; else the Terraform registry where it is
// reachable (GitHub's runners). None of them: every suite that needs a provider fails with the one
// message below; none of them is skipped.
//
// All terraform calls share one plugin cache (node_modules/.cache/terraform-plugins): the first init
// of a run links or downloads the providers once, every later `terraform init` links them from the
// cache in ~0.3 s. The first init is serialized across jest workers with a lock directory, as
// Terraform's plugin cache is not safe for concurrent writes; later inits only read it.
import { spawnSync, SpawnSyncReturns } from "node:child_process";
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";

const ROOT = resolve(__dirname, "..", "..");
export const TERRAFORM_BIN = process.env.TERRAFORM_BIN ?? "terraform";
export const PLUGIN_CACHE_DIR = process.env.TF_PLUGIN_CACHE_DIR ?? join(ROOT, "node_modules", ".cache", "terraform-plugins");
/** ../shared/tencentcloud-provider, or ../../shared/… for a worktree; the first that exists. */
const SHARED_PROVIDERS =
  [resolve(ROOT, "..", "shared", "tencentcloud-provider"), resolve(ROOT, "..", "..", "shared", "tencentcloud-provider")].find(
    (dir) => existsSync(join(dir, "install-mirror.sh")),
  ) ?? resolve(ROOT, "..", "shared", "tencentcloud-provider");
const MIRROR_DIR = join(ROOT, "node_modules", ".cache", "terraform-mirror");
/** The CLI configuration of the mirror ensureRealProviders installed, when it had to. */
let installedMirrorConfig: string | undefined;

/** TF_CLI_CONFIG_FILE when it names a file that exists. */
function givenCliConfig(): string | undefined {
  const config = process.env.TF_CLI_CONFIG_FILE;
  return config && existsSync(config) ? config : undefined;
}

/** The providers every synthesized stack requires (terraform.required_providers of cdk.tf.json). */
export interface RequiredProvider {
  source: string;
  version: string;
}

/** Dummy credentials: plan -refresh=false and the mocked apply read nothing from an account. */
const DUMMY_CREDENTIALS = {
  TENCENTCLOUD_SECRET_ID: "AKIDtestsonlynotarealkey0000000000",
  TENCENTCLOUD_SECRET_KEY: "testsonlynotarealsecretkey000000",
};

/** The environment of every terraform call a test makes. */
export function terraformEnvironment(): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = { ...process.env, ...DUMMY_CREDENTIALS };
  env.TF_PLUGIN_CACHE_DIR = PLUGIN_CACHE_DIR;
  const cliConfig = givenCliConfig() ?? installedMirrorConfig;
  if (cliConfig) env.TF_CLI_CONFIG_FILE = cliConfig;
  else delete env.TF_CLI_CONFIG_FILE;
  env.TF_IN_AUTOMATION = "1";
  env.TF_INPUT = "0";
  env.CHECKPOINT_DISABLE = "1";
  // A deployer's real credentials never reach a test's terraform (the dummy ones above win), nor do
  // their TF_VAR_ values, nor their backend or workspace selection.
  for (const name of Object.keys(env)) if (name.startsWith("TF_VAR_")) delete env[name];
  delete env.TF_WORKSPACE;
  delete env.TENCENTCLOUD_SECURITY_TOKEN;
  return env;
}

export interface TerraformRun {
  status: number;
  stdout: string;
  stderr: string;
  /** `terraform <args>` in <dir>: for failure messages. */
  command: string;
}

/** Runs terraform in `dir` with the test environment; never throws on a non-zero exit. */
export function terraform(dir: string, args: string[], timeoutMs = 120_000): TerraformRun {
  const run: SpawnSyncReturns<string> = spawnSync(TERRAFORM_BIN, args, {
    cwd: dir,
    env: terraformEnvironment(),
    encoding: "utf8",
    timeout: timeoutMs,
    maxBuffer: 256 * 1024 * 1024,
  });
  const command = `terraform ${args.join(" ")} (in ${dir})`;
  if (run.error) {
    const missing = (run.error as NodeJS.ErrnoException).code === "ENOENT";
    throw new Error(
      missing
        ? `${TERRAFORM_BIN} is not on PATH: the real-provider tests need Terraform >= 1.7 (set TERRAFORM_BIN to override)`
        : `${command}: ${run.error.message}`,
    );
  }
  return { status: run.status ?? 1, stdout: run.stdout, stderr: run.stderr, command };
}

/** Throws with the command and everything terraform printed unless it exited 0. */
export function terraformOk(dir: string, args: string[], timeoutMs?: number): TerraformRun {
  const run = terraform(dir, args, timeoutMs);
  if (run.status !== 0) throw new Error(`${run.command} exited ${run.status}:\n${run.stderr}\n${run.stdout}`.trim());
  return run;
}

/** Where the real providers come from in this run, for messages. */
function providerSourceDescription(): string {
  const config = givenCliConfig();
  if (config) return `the CLI configuration ${config} (TF_CLI_CONFIG_FILE)`;
  if (installedMirrorConfig) return `the mirror of ${SHARED_PROVIDERS} (${installedMirrorConfig})`;
  const missing = process.env.TF_CLI_CONFIG_FILE_MISSING ?? process.env.TF_CLI_CONFIG_FILE;
  if (missing) return `the Terraform registry (TF_CLI_CONFIG_FILE named ${missing}, which does not exist)`;
  return "the Terraform registry (TF_CLI_CONFIG_FILE is not set)";
}

/** The one message of a run that cannot install the real providers. */
export function providersUnavailableMessage(providers: RequiredProvider[], detail: string): string {
  const wanted = providers.map((p) => `${p.source} ${p.version}`).join(" and ");
  const mirror = existsSync(join(SHARED_PROVIDERS, "install-mirror.sh"))
    ? `bash ${SHARED_PROVIDERS}/install-mirror.sh DIR && export TF_CLI_CONFIG_FILE=DIR/terraformrc (or run .ci/run, which does it)`
    : "a filesystem mirror of them (../shared/tencentcloud-provider/install-mirror.sh DIR; export TF_CLI_CONFIG_FILE=DIR/terraformrc)";
  return [
    `The real providers (${wanted}) could not be installed from ${providerSourceDescription()}.`,
    `The terraform validate / plan / dry-apply tests need them; give them either ${mirror},`,
    "or network access to registry.terraform.io. terraform init said:",
    detail.trim(),
  ].join("\n");
}

let installed: string | undefined;
/**
 * The lock file of the first init: every later init starts from it, so Terraform verifies the
 * cached packages against it and links them, instead of installing them into the shared cache again
 * (a re-install replaces the cached file while another worker's terraform may be starting it).
 */
let lockFile: string | undefined;

/** The dependency lock file recorded by ensureRealProviders (undefined before it ran). */
export function providersLockFile(): string | undefined {
  return lockFile;
}
/** A failed install is not retried in the same process: every suite gets the same message at once. */
const failures = new Map<string, Error>();

/**
 * Installs the providers into the shared plugin cache once (per process; across processes under a
 * lock), or throws the run's one clear message. Cheap after the first call.
 */
export function ensureRealProviders(providers: RequiredProvider[]): void {
  const key = JSON.stringify([providers, givenCliConfig()]);
  if (installed === key) return;
  const failed = failures.get(key);
  if (failed) throw failed;
  mkdirSync(PLUGIN_CACHE_DIR, { recursive: true });
  const lock = join(PLUGIN_CACHE_DIR, ".first-init.lock");
  acquire(lock);
  try {
    if (!givenCliConfig() && !installedMirrorConfig && existsSync(join(SHARED_PROVIDERS, "install-mirror.sh"))) {
      installedMirrorConfig = installSharedMirror(providers);
    }
    const dir = mkdtempSync(join(tmpdir(), "tf-providers-"));
    try {
      const required = Object.fromEntries(providers.map((p) => [p.source.split("/")[1], p]));
      writeFileSync(join(dir, "main.tf.json"), JSON.stringify({ terraform: { required_providers: required } }));
      // A registry that does not answer must not hang the run: terraform's own retries end well before this.
      const run = terraform(dir, ["init", "-backend=false", "-input=false", "-no-color"], 180_000);
      if (run.status === 0) lockFile = readFileSync(join(dir, ".terraform.lock.hcl"), "utf8");
      if (run.status !== 0) {
        const error = new Error(providersUnavailableMessage(providers, `${run.stderr}\n${run.stdout}`));
        failures.set(key, error);
        throw error;
      }
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  } finally {
    rmSync(lock, { recursive: true, force: true });
  }
  installed = key;
}

/** Runs ../shared/tencentcloud-provider/install-mirror.sh (idempotent: checksummed binaries are kept). */
function installSharedMirror(providers: RequiredProvider[]): string {
  const run = spawnSync("bash", [join(SHARED_PROVIDERS, "install-mirror.sh"), MIRROR_DIR], {
    encoding: "utf8",
    timeout: 300_000,
  });
  if (run.status !== 0) {
    throw new Error(
      providersUnavailableMessage(providers, `${SHARED_PROVIDERS}/install-mirror.sh failed:\n${run.stderr}${run.stdout}`),
    );
  }
  return join(MIRROR_DIR, "terraformrc");
}

/** A lock directory (mkdir is atomic); a lock older than 5 minutes is a crashed run's and is taken over. */
function acquire(lock: string): void {
  const started = Date.now();
  for (;;) {
    try {
      mkdirSync(lock);
      return;
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== "EEXIST") throw error;
      try {
        if (Date.now() - statSync(lock).mtimeMs > 5 * 60_000) rmSync(lock, { recursive: true, force: true });
      } catch {
        // removed by its owner meanwhile
      }
      if (Date.now() - started > 10 * 60_000) throw new Error(`timed out waiting for ${lock}`);
      Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 100);
    }
  }
}
