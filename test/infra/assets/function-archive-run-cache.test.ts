// The bundles a test run shares (SCF_BUNDLE_CACHE_DIR): a bundle is copied from the run's directory
// only while every file esbuild read is unchanged, and built again when one of them changes, so a
// suite can never synthesize a stale function. Each build uses a fresh copy of the module, as each
// jest test file does.
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";

const work = mkdtempSync(join(tmpdir(), "bundle-run-cache-"));
const cacheDir = join(work, "cache");
const entryPoint = join(work, "index.ts");
const saved = process.env.SCF_BUNDLE_CACHE_DIR;

beforeAll(() => {
  process.env.SCF_BUNDLE_CACHE_DIR = cacheDir;
  writeFileSync(entryPoint, 'import { greeting } from "./greeting";\nexport const main_handler = () => greeting;\n');
  writeFileSync(join(work, "greeting.ts"), 'export const greeting = "first";\n');
});

afterAll(() => {
  if (saved === undefined) delete process.env.SCF_BUNDLE_CACHE_DIR;
  else process.env.SCF_BUNDLE_CACHE_DIR = saved;
  rmSync(work, { recursive: true, force: true });
});

/** buildFunctionArchive from a module instance of its own (its per-process memo starts empty). */
function buildInFreshModule(): string {
  let code = "";
  jest.isolateModules(() => {
    // eslint-disable-next-line @typescript-eslint/no-require-imports -- a module instance of its own, as jest.isolateModules needs
    const { buildFunctionArchive } = require("../../../infra/assets/function-archive");
    code = readFileSync(join(buildFunctionArchive(entryPoint, "node18").dir, "index.js"), "utf8");
  });
  return code;
}

/** The one stored bundle file of the run's directory, rewritten so a copy of it is recognisable. */
function markStoredBundle(): void {
  const [entry] = readdirSync(cacheDir);
  const [file] = readdirSync(join(cacheDir, entry)).filter((name) => /^index-[0-9a-f]{64}\.js$/.test(name));
  writeFileSync(
    join(cacheDir, entry, file),
    "/* copied from the run's directory */\n" + readFileSync(join(cacheDir, entry, file)),
  );
}

it("copies a bundle whose inputs are unchanged and rebuilds it when one of them changed", () => {
  const first = buildInFreshModule();
  expect(first).toContain('"first"');
  expect(readdirSync(cacheDir)).toHaveLength(1);

  markStoredBundle();
  expect(buildInFreshModule()).toBe("/* copied from the run's directory */\n" + first);

  writeFileSync(join(work, "greeting.ts"), 'export const greeting = "second";\n');
  const rebuilt = buildInFreshModule();
  expect(rebuilt).toContain('"second"');
  expect(rebuilt).not.toContain("copied from the run's directory");
});
