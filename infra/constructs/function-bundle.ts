// Builds the function bundle once per process and entry/target: every stack of one synth (and
// every test in one suite) shares the same esbuild output directory.
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { bundleFunction } from "../../functions/build/bundle";

export interface BuiltBundle {
  /** Directory holding only index.js; zipped by TerraformAsset. */
  dir: string;
  bytes: number;
}

const built = new Map<string, BuiltBundle>();

// cdktf copies the directory into the synth output, so the build directories are scratch space.
process.once("exit", () => {
  for (const { dir } of built.values()) rmSync(dir, { recursive: true, force: true });
});

export function buildFunctionBundle(entryPoint: string, target: string): BuiltBundle {
  const cacheKey = `${entryPoint}\0${target}`;
  const cached = built.get(cacheKey);
  if (cached) return cached;
  const dir = mkdtempSync(join(tmpdir(), "scf-bundle-"));
  const { bytes } = bundleFunction({ entryPoint, outDir: dir, target });
  const result = { dir, bytes };
  built.set(cacheKey, result);
  return result;
}
