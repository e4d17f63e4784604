// Builds the function bundle once per process and entry/target: every stack of one synth (and
// every test in one suite) shares the same esbuild output directory.
import { createHash } from "node:crypto";
import { rmSync } from "node:fs";
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
  // One fixed directory per process and entry/target (not mkdtemp): jest re-imports this module for
  // every test file and kills its workers without running exit handlers, so fresh directories
  // would pile up in TMPDIR; a fixed one is rewritten instead.
  const key = createHash("sha256").update(cacheKey).digest("hex").slice(0, 12);
  const dir = join(tmpdir(), `scf-bundle-${key}-${process.pid}`);
  rmSync(dir, { recursive: true, force: true });
  const { bytes } = bundleFunction({ entryPoint, outDir: dir, target });
  const result = { dir, bytes };
  built.set(cacheKey, result);
  return result;
}
