// The version statements of the toolchain agree with each other and with the docs: the Node
// versions CI runs (.ci/node-versions), .nvmrc, `engines`, the workflows' setup-node, the SCF
// runtimes and their default (infra/config/tencentcloud-catalog.ts), and the cdktf / CDK Terrain
// versions (package.json, scripts/use-cdk-terrain.mjs). A doc that names another version fails.
import { readFileSync, readdirSync } from "node:fs";
import { join, resolve } from "node:path";
import { parse } from "yaml";
import { DEFAULT_RUNTIME, NODE_RUNTIMES, NODE_RUNTIME_VERSIONS } from "../../infra/config/tencentcloud-catalog";

const ROOT = resolve(__dirname, "..", "..");
const read = (path: string) => readFileSync(join(ROOT, path), "utf8");
const pkg = JSON.parse(read("package.json")) as {
  engines: { node: string };
  dependencies: Record<string, string>;
  devDependencies: Record<string, string>;
};

const ciVersions = read(".ci/node-versions")
  .split("\n")
  .map((line) => line.trim())
  .filter((line) => line !== "" && !line.startsWith("#"));
const major = (version: string) => Number(version.split(".")[0]);
const newest = ciVersions[0];

/** `engines` as clauses `^x.y.z`; a version satisfies one with the same major and not older. */
const engineClauses = pkg.engines.node.split("||").map((clause) => {
  const match = /^\^(\d+)\.(\d+)\.(\d+)$/.exec(clause.trim());
  if (!match) throw new Error(`engines clause "${clause.trim()}" is not of the form ^x.y.z`);
  return match.slice(1).map(Number);
});
const satisfiesEngines = (version: string) => {
  const [a, b, c] = version.split(".").map(Number);
  return engineClauses.some(([x, y, z]) => a === x && (b > y || (b === y && c >= z)));
};

// The CDK Terrain versions the switch installs, read from the script itself.
const switchScript = read("scripts/use-cdk-terrain.mjs");
const switchVersion = (name: string) => {
  const match = new RegExp(`"?${name.replace(/[/@-]/g, "\\$&")}"?: "([^"]+)"`).exec(switchScript);
  if (!match) throw new Error(`scripts/use-cdk-terrain.mjs names no version for ${name}`);
  return match[1];
};
const [minNodeMajor, minNodeMinor] = (/minimumNode: \[(\d+), (\d+)\]/.exec(switchScript) ?? []).slice(1).map(Number);

describe("Node versions", () => {
  it("CI lists exact versions, one per even (LTS) major, newest first", () => {
    expect(ciVersions.length).toBeGreaterThanOrEqual(2);
    for (const v of ciVersions) expect(v).toMatch(/^\d+\.\d+\.\d+$/);
    const majors = ciVersions.map(major);
    expect(majors.every((m) => m % 2 === 0)).toBe(true);
    expect([...majors].sort((a, b) => b - a)).toEqual(majors);
    expect(new Set(majors).size).toBe(majors.length);
  });

  it(".nvmrc names the newest CI major, and engines covers exactly the CI majors", () => {
    expect(read(".nvmrc").trim()).toBe(String(major(newest)));
    for (const v of ciVersions) expect({ version: v, satisfies: satisfiesEngines(v) }).toEqual({ version: v, satisfies: true });
    expect(engineClauses.map(([m]) => m).sort()).toEqual(ciVersions.map(major).sort());
  });

  it("every setup-node step of the shipped workflows takes its version from .nvmrc", () => {
    const dir = join(ROOT, ".github", "workflows");
    let steps = 0;
    for (const file of readdirSync(dir).filter((f) => f.endsWith(".yml"))) {
      const workflow = parse(readFileSync(join(dir, file), "utf8")) as {
        jobs: Record<string, { steps?: { uses?: string; with?: Record<string, unknown> }[] }>;
      };
      for (const job of Object.values(workflow.jobs)) {
        for (const step of job.steps ?? []) {
          if (!step.uses?.startsWith("actions/setup-node@")) continue;
          steps++;
          expect({ file, with: step.with }).toEqual({ file, with: expect.objectContaining({ "node-version-file": ".nvmrc" }) });
          expect(step.with).not.toHaveProperty("node-version");
        }
      }
    }
    expect(steps).toBeGreaterThan(0);
  });

  it("the Node 22 that CI runs CDK Terrain under meets cdktn-cli's floor, and so does engines' 22 clause", () => {
    const v22 = ciVersions.find((v) => major(v) === 22);
    expect(v22).toBeDefined();
    const [, minor] = (v22 as string).split(".").map(Number);
    expect(minor).toBeGreaterThanOrEqual(minNodeMinor);
    expect(minNodeMajor).toBe(22);
    expect(engineClauses.find(([m]) => m === 22)?.[1]).toBeGreaterThanOrEqual(minNodeMinor);
  });
});

describe("the docs' version statements", () => {
  const contributing = read("docs/contributing.md");
  const ci = read("docs/ci.md");
  const readme = read("README.md");

  it("README and the local/deploy guides name the .nvmrc Node as the one to use", () => {
    expect(readme).toContain(`Node.js ${major(newest)} LTS (\`.nvmrc\``);
    expect(read("docs/local-development.md")).toContain(`Node ${major(newest)} (\`.nvmrc\``);
    expect(read("docs/deploying.md")).toContain(`Node ${major(newest)} (\`.nvmrc\``);
    for (const doc of [readme, read("docs/local-development.md"), read("docs/deploying.md")]) {
      expect(doc).not.toMatch(/Node(\.js)? 18 \(`\.nvmrc`|Node(\.js)? 20 \(`\.nvmrc`/);
    }
  });

  it("contributing and ci name every CI Node version, engines and .nvmrc as they are", () => {
    for (const v of ciVersions) {
      expect(contributing).toContain(v);
      expect(ci).toContain(`**${v}**`);
    }
    expect(contributing).toContain(`\`.nvmrc\` (\`${major(newest)}\`)`);
    expect(contributing).toContain(pkg.engines.node.replace(/\|/g, "\\|"));
    expect(ci).toContain(`\`.nvmrc\` (${major(newest)})`);
  });

  it("name the default SCF runtime and every selectable one, with the Node each runs", () => {
    expect(DEFAULT_RUNTIME).toBe(Object.keys(NODE_RUNTIMES).sort().at(-1));
    const configuration = read("docs/configuration.md");
    expect(configuration).toContain(`\`${DEFAULT_RUNTIME}\` default`);
    for (const runtime of Object.keys(NODE_RUNTIMES)) expect(configuration).toContain(`\`${runtime}\``);
    expect(contributing).toContain(
      `\`${DEFAULT_RUNTIME}\` by default (Node ${NODE_RUNTIME_VERSIONS[DEFAULT_RUNTIME].replace(/\.0$/, "")})`,
    );
    expect(readme).toContain(`\`${DEFAULT_RUNTIME}\` runtime`);
    for (const diagram of [readme, read("docs/architecture.md")]) {
      expect(diagram).toContain(`index.main_handler (Node ${major(NODE_RUNTIME_VERSIONS[DEFAULT_RUNTIME])})`);
    }
  });

  it("state the cdktf and CDK Terrain versions the repository and the switch install", () => {
    expect(pkg.dependencies.cdktf).toBe("0.21.0");
    expect(contributing).toContain(`\`cdktf\` ${pkg.dependencies.cdktf} is the`);
    expect(contributing).toContain(`\`cdktn\` ${switchVersion("cdktn")}`);
    expect(contributing).toContain(`\`@cdktn/provider-generator\` ${switchVersion("@cdktn/provider-generator")}`);
    expect(contributing).toContain(`pins \`constructs\` ${switchVersion("constructs")}`);
    expect(contributing).toContain(`Node ≥ ${minNodeMajor}.${minNodeMinor}`);
    expect(switchVersion("cdktn-cli")).toBe(switchVersion("cdktn"));
  });
});
