// A function's deployment archive: its entry point bundled by esbuild (functions/build/bundle.ts) and
// zipped as SCF takes it, built once per process and entry/target — every stack of one synth (and
// every test in one suite) shares the same esbuild output and the same zip. BundledFunction
// (infra/constructs/bundled-function.ts) ships it as a TerraformAsset.
//
// A test run goes further (SCF_BUNDLE_CACHE_DIR, set by jest's global setup for one run only):
// jest loads this module afresh for every test file, so each of ~40 synthesizing suites ran esbuild
// twice, ~1 s of CPU per suite. Within the run, a bundle whose inputs (every file esbuild read, by
// content) and build options are unchanged is copied from the directory instead; anything else is
// built and stored. The bytes are the same either way.
import { createHash } from "node:crypto";
import { copyFileSync, existsSync, mkdirSync, readFileSync, renameSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { version as esbuildVersion } from "esbuild";
import { bundleFunction, functionBuildOptions, type BundleResult } from "../../functions/build/bundle";
import { zipArchive } from "../../functions/build/zip-archive";

export interface FunctionArchive {
  /** Directory holding only index.js. */
  dir: string;
  bytes: number;
  /** archive.zip holding index.js, what SCF gets; TerraformAsset copies it into each stack. */
  archive: string;
  /**
   * The asset hash in the zip's path: MD5 of index.js, exactly what cdktf computed for the bundle
   * directory when it zipped it itself, so asset paths (and plans) do not change.
   */
  hash: string;
}

const built = new Map<string, FunctionArchive>();

// cdktf copies the directory into the synth output, so the build directories are scratch space.
process.once("exit", () => {
  for (const { dir } of built.values()) rmSync(join(dir, ".."), { recursive: true, force: true });
});

export function buildFunctionArchive(entryPoint: string, target: string): FunctionArchive {
  const cacheKey = `${entryPoint}\0${target}`;
  const cached = built.get(cacheKey);
  if (cached) return cached;
  // One fixed directory per process and entry/target (not mkdtemp): jest re-imports this module for
  // every test file and kills its workers without running exit handlers, so fresh directories
  // would pile up in TMPDIR; a fixed one is rewritten instead.
  const key = createHash("sha256").update(cacheKey).digest("hex").slice(0, 12);
  const dir = join(tmpdir(), `scf-bundle-${key}-${process.pid}`);
  rmSync(dir, { recursive: true, force: true });
  const runCache = process.env.SCF_BUNDLE_CACHE_DIR;
  const { bytes, outFile } = runCache
    ? bundleThroughRunCache(runCache, entryPoint, join(dir, "bundle"), target)
    : bundleFunction({ entryPoint, outDir: join(dir, "bundle"), target });
  const code = readFileSync(outFile);
  const archiveDir = join(dir, "archive");
  mkdirSync(archiveDir, { recursive: true });
  const archive = join(archiveDir, "archive.zip");
  writeFileSync(archive, zipArchive([{ name: "index.js", data: code }]));
  const hash = createHash("md5").update(code).digest("hex").slice(0, 32).toUpperCase();
  const result = { dir: join(dir, "bundle"), bytes, archive, hash };
  built.set(cacheKey, result);
  return result;
}

interface RunCacheEntry {
  /** The bundle's file in the entry directory, named by its content (index-<sha256>.js). */
  file: string;
  bytes: number;
  inputs: { path: string; sha256: string }[];
}

const sha256Of = (path: string) => createHash("sha256").update(readFileSync(path)).digest("hex");

function bundleThroughRunCache(cacheDir: string, entryPoint: string, outDir: string, target: string): BundleResult {
  const options = functionBuildOptions(entryPoint, "index.js", target);
  const key = createHash("sha256").update(JSON.stringify({ esbuildVersion, options })).digest("hex").slice(0, 16);
  const entryDir = join(cacheDir, key);
  const outFile = join(outDir, "index.js");
  const entryFile = join(entryDir, "entry.json");
  if (existsSync(entryFile)) {
    const entry = JSON.parse(readFileSync(entryFile, "utf8")) as RunCacheEntry;
    const unchanged = entry.inputs.every(({ path, sha256 }) => existsSync(path) && sha256Of(path) === sha256);
    if (unchanged) {
      mkdirSync(outDir, { recursive: true });
      copyFileSync(join(entryDir, entry.file), outFile);
      return { outFile, bytes: entry.bytes, inputs: entry.inputs.map(({ path }) => path) };
    }
  }
  const built = bundleFunction({ entryPoint, outDir, target });
  // The bundle under its content's name, the entry under a name of its own and then renamed: jest's
  // two workers may store the same entry at once, and a reader sees no entry.json or a complete one
  // that names a complete bundle.
  mkdirSync(entryDir, { recursive: true });
  const own = `${process.pid}-${Date.now()}`;
  const file = `index-${sha256Of(outFile)}.js`;
  copyFileSync(outFile, join(entryDir, `${file}.${own}`));
  renameSync(join(entryDir, `${file}.${own}`), join(entryDir, file));
  const inputs = built.inputs.map((path) => ({ path, sha256: sha256Of(path) }));
  const entry: RunCacheEntry = { file, bytes: built.bytes, inputs };
  writeFileSync(join(entryDir, `entry.json.${own}`), JSON.stringify(entry));
  renameSync(join(entryDir, `entry.json.${own}`), entryFile);
  return built;
}
