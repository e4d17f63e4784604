// Bundles one SCF function entry point into a single minified CommonJS file for the SCF Node runtime.
// Used by the infra construct during `cdktf synth`, by the benchmark and by tests, so all three
// measure and deploy the same artefact.
import { buildSync, type BuildOptions } from "esbuild";
import { mkdirSync, statSync } from "node:fs";
import { join, resolve } from "node:path";

export interface BundleOptions {
  /** Entry module, e.g. functions/verification/index.ts; must export `main_handler`. */
  entryPoint: string;
  /** Directory that receives `index.js` (SCF handler `index.main_handler`). */
  outDir: string;
  /** esbuild target of the function's SCF runtime (NODE_RUNTIMES in infra/config/tencentcloud-catalog.ts). */
  target?: string;
}

export interface BundleResult {
  outFile: string;
  bytes: number;
  /** Absolute paths of every file esbuild read for the bundle (its metafile's inputs). */
  inputs: string[];
}

/** Packages the bundles replace with a stand-in beside this file (each says why it is enough). */
const shims = {
  // node-fetch@2 needs only URL from whatwg-url/tr46 (~260 KB), which Node ships.
  "whatwg-url": "whatwg-url-shim.js",
  // Multipart uploads only (with mime-db, ~160 KB); no SMS, SSM or Captcha action is one.
  "form-data": "form-data-shim.js",
  // Prints nothing unless DEBUG is set, which a deployed function never has (~7 KB).
  debug: "debug-shim.js",
  // json-bigint loads it to recognise BigNumber values, and the SDK never makes one (~18 KB).
  "bignumber.js": "bignumber-shim.js",
  // The SDK's trace ids: crypto.randomUUID makes the same version-4 UUIDs (~4 KB).
  uuid: "uuid-shim.js",
  // The SDK's profile-file credential provider, which the functions never use (~2 KB).
  ini: "ini-shim.js",
  // The three helpers the SDK takes from tslib 1.13.0 instead of all of them (~6 KB).
  tslib: "tslib-shim.js",
};

export function bundleFunction(options: BundleOptions): BundleResult {
  mkdirSync(options.outDir, { recursive: true });
  const outFile = join(options.outDir, "index.js");
  const { metafile } = buildSync({ ...functionBuildOptions(options.entryPoint, outFile, options.target), metafile: true });
  // Metafile paths are relative to esbuild's working directory, which is the process's.
  const inputs = Object.keys(metafile.inputs).map((path) => resolve(path));
  return { outFile, bytes: statSync(outFile).size, inputs };
}

/**
 * How function code is compiled for SCF: one minified CommonJS file. Also used by `npm run bench`
 * to compile its hot-path worker, so the handler it times is compiled as the deployed one is.
 */
// Without a target: node18 (Nodejs18.15's), so code compiled that way runs on Nodejs18.15 and
// Nodejs20.19 alike.
export function functionBuildOptions(entryPoint: string, outFile: string, target = "node18"): BuildOptions {
  return {
    entryPoints: [entryPoint],
    outfile: outFile,
    bundle: true,
    platform: "node",
    format: "cjs",
    target,
    minify: true,
    legalComments: "none",
    logLevel: "error",
    alias: Object.fromEntries(Object.entries(shims).map(([name, file]) => [name, resolve(__dirname, file)])),
  };
}
