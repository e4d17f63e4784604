// `npm run framework:cdk-terrain`: moves this checkout from cdktf 0.21 (HashiCorp's, final) to CDK
// Terrain 0.24 (`cdktn`, its maintained fork). What it changes, and nothing else:
//   1. infra/framework.ts and infra/bindings/binding-generator.ts import `cdktn` / `@cdktn/…`
//      instead of `cdktf` / `@cdktf/…` (every other file imports the framework through those two);
//   2. package.json: the cdktf packages out, the CDK Terrain ones in (exact versions below), and
//      `constructs` inside the range cdktn accepts; then `npm install`;
//   3. infra/.gen regenerated with CDK Terrain's generator from the same committed schemas.
// cdktf.json stays: CDK Terrain reads it. Run it under Node >= 22.19 (cdktn-cli's engine floor);
// `node scripts/node-binary.mjs <version>` fetches one from npm. Undo: `git checkout -- . && npm ci`.
// `--no-install` stops after step 2's package.json edit (for a caller that installs itself).
// docs/contributing.md ("CDK framework") says why a script and not an npm alias.
import { execFileSync } from "node:child_process";
import { readFileSync, writeFileSync } from "node:fs";
import { fileURLToPath } from "node:url";

export const CDK_TERRAIN = {
  dependencies: { cdktn: "0.24.0", constructs: "10.7.2" },
  devDependencies: { "@cdktn/commons": "0.24.0", "@cdktn/provider-generator": "0.24.0", "cdktn-cli": "0.24.0" },
  removed: ["cdktf", "@cdktf/commons", "@cdktf/provider-generator", "cdktf-cli"],
  minimumNode: [22, 19],
};

/** Exact text replacements per file; each `from` must occur, so a drifted file fails loudly. */
export const SOURCE_EDITS = {
  "infra/framework.ts": [
    ['from "cdktf";', 'from "cdktn";'],
    ['from "cdktf/lib/testing/adapters/jest";', 'from "cdktn/lib/testing/adapters/jest";'],
  ],
  "infra/bindings/binding-generator.ts": [
    ['from "@cdktf/commons";', 'from "@cdktn/commons";'],
    ['from "@cdktf/provider-generator";', 'from "@cdktn/provider-generator";'],
    ['from "cdktf/package.json";', 'from "cdktn/package.json";'],
  ],
};

const root = fileURLToPath(new URL("..", import.meta.url));
const path = (relative) => `${root}${relative}`;

function editSources() {
  for (const [file, edits] of Object.entries(SOURCE_EDITS)) {
    let text = readFileSync(path(file), "utf8");
    for (const [from, to] of edits) {
      if (!text.includes(from))
        throw new Error(`${file} no longer contains ${from}: update SOURCE_EDITS in scripts/use-cdk-terrain.mjs`);
      text = text.split(from).join(to);
    }
    writeFileSync(path(file), text);
  }
}

function editPackageJson() {
  const pkg = JSON.parse(readFileSync(path("package.json"), "utf8"));
  for (const name of CDK_TERRAIN.removed) {
    delete pkg.dependencies[name];
    delete pkg.devDependencies[name];
  }
  const sorted = (deps) => Object.fromEntries(Object.entries(deps).sort(([a], [b]) => a.localeCompare(b)));
  pkg.dependencies = sorted({ ...pkg.dependencies, ...CDK_TERRAIN.dependencies });
  pkg.devDependencies = sorted({ ...pkg.devDependencies, ...CDK_TERRAIN.devDependencies });
  writeFileSync(path("package.json"), JSON.stringify(pkg, null, 2) + "\n");
}

function run(command, args) {
  execFileSync(command, args, { cwd: root, stdio: "inherit" });
}

function main() {
  const install = !process.argv.includes("--no-install");
  const [major, minor] = process.versions.node.split(".").map(Number);
  const [needMajor, needMinor] = CDK_TERRAIN.minimumNode;
  if (install && (major < needMajor || (major === needMajor && minor < needMinor))) {
    console.error(
      `CDK Terrain's CLI (cdktn-cli) needs Node >= ${needMajor}.${needMinor}; this is ${process.version}.\n` +
        `Fetch one from npm and put it first on PATH, e.g.:\n` +
        `  PATH="$(dirname "$(node scripts/node-binary.mjs 22.23.5)"):$PATH" npm run framework:cdk-terrain`,
    );
    process.exit(1);
  }
  const pkg = JSON.parse(readFileSync(path("package.json"), "utf8"));
  if (pkg.dependencies.cdktn) {
    console.log("already on CDK Terrain (package.json depends on cdktn)");
    return;
  }
  editSources();
  editPackageJson();
  console.log("infra/framework.ts, infra/bindings/binding-generator.ts and package.json now name CDK Terrain");
  if (!install) return;
  run("npm", ["install", "--no-audit", "--no-fund"]);
  run("npm", ["run", "gen:providers"]);
  console.log("CDK Terrain installed and infra/.gen regenerated with its generator; `npm test` checks the result");
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) main();
