// Jest global setup, once per run before any worker starts (workers inherit its environment).
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import requireLocalTools from "./require-local-tools";

export default function globalSetup(): void {
  requireLocalTools();
  // Function bundles shared by the run's test files (infra/constructs/function-bundle.ts): each
  // synthesizing suite otherwise runs esbuild itself. One directory per run, removed by the global
  // teardown, so nothing carries over from one run to the next.
  process.env.SCF_BUNDLE_CACHE_DIR = mkdtempSync(join(tmpdir(), "scf-bundle-run-"));
}
