// Builds the function bundle and its deployment zip once per process and entry/target: every stack
// of one synth (and every test in one suite) shares the same esbuild output and the same zip.
import { createHash } from "node:crypto";
import { mkdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { bundleFunction } from "../../functions/build/bundle";
import { zipArchive } from "../../functions/build/zip-archive";

export interface BuiltBundle {
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

const built = new Map<string, BuiltBundle>();

// cdktf copies the directory into the synth output, so the build directories are scratch space.
process.once("exit", () => {
  for (const { dir } of built.values()) rmSync(join(dir, ".."), { recursive: true, force: true });
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
  const { bytes, outFile } = bundleFunction({ entryPoint, outDir: join(dir, "bundle"), target });
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
