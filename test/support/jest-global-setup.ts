// Jest global setup, once per run before any worker starts (workers inherit its environment).
import { existsSync, mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import requireLocalTools from "./require-local-tools";

export default function globalSetup(): void {
  requireLocalTools();
  // Function bundles shared by the run's test files (infra/assets/function-archive.ts): each
  // synthesizing suite otherwise runs esbuild itself. One directory per run, removed by the global
  // teardown, so nothing carries over from one run to the next.
  process.env.SCF_BUNDLE_CACHE_DIR = mkdtempSync(join(tmpdir(), "scf-bundle-run-"));
  // A TF_CLI_CONFIG_FILE naming a missing file (a machine's leftover setting) makes every terraform
  // call the suites make — cdktf's binding generator asks `terraform version` — print a warning
  // box into the test output. It is unset for the run; a TF_CLI_CONFIG_FILE naming a real file (the
  // provider mirror .ci/run installs) stays, as the real-provider suites install from it. The
  // missing name is kept so their failure message can say why the registry was tried instead
  // (test/support/terraform-provider.ts).
  const cliConfig = process.env.TF_CLI_CONFIG_FILE;
  if (cliConfig && !existsSync(cliConfig)) {
    delete process.env.TF_CLI_CONFIG_FILE;
    process.env.TF_CLI_CONFIG_FILE_MISSING = cliConfig;
  }
}
