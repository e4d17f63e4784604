// The seams of the code layout (docs/architecture.md, "Code layout"), enforced over the import
// graph: function code never imports infra (nor the command-line tools), and infra reaches function
// code only through the functions' settings modules and the bundler that builds their entry points.
import { readdirSync, readFileSync, statSync } from "node:fs";
import { dirname, join, relative, resolve } from "node:path";

const ROOT = resolve(__dirname, "..", "..");

function sourceFiles(dir: string): string[] {
  return readdirSync(join(ROOT, dir)).flatMap((name) => {
    const path = join(dir, name);
    if (name === "node_modules" || name === ".gen") return [];
    if (statSync(join(ROOT, path)).isDirectory()) return sourceFiles(path);
    return /\.(ts|js|mjs)$/.test(name) ? [path] : [];
  });
}

/** Repository paths a file imports (import/export … from, import(), require()), relative specifiers only. */
function importsOf(file: string): string[] {
  const source = readFileSync(join(ROOT, file), "utf8");
  const specifiers = [
    ...source.matchAll(/\bfrom\s+["']([^"']+)["']/g),
    ...source.matchAll(/\bimport\s*\(\s*["']([^"']+)["']\s*\)/g),
    ...source.matchAll(/\brequire\s*\(\s*["']([^"']+)["']\s*\)/g),
    ...source.matchAll(/^\s*import\s+["']([^"']+)["']/gm),
  ].map((m) => m[1]!);
  return specifiers
    .filter((s) => s.startsWith("."))
    .map((s) =>
      relative(ROOT, resolve(ROOT, dirname(file), s))
        .split("\\")
        .join("/"),
    );
}

const INFRA_MAY_IMPORT = [/^functions\/[^/]+\/settings(\/|$)/, /^functions\/shared\/settings\//, /^functions\/build\//];

function violations(files: string[], rule: (target: string) => boolean): string[] {
  return files.flatMap((file) =>
    importsOf(file)
      .filter(rule)
      .map((target) => `${file} → ${target}`),
  );
}

it("function code never imports infra or the command-line tools", () => {
  expect(violations(sourceFiles("functions"), (target) => /^(infra|cli)(\/|$)/.test(target))).toEqual([]);
});

it("infra imports function code only through the settings modules and the bundler", () => {
  const infra = sourceFiles("infra");
  expect(infra.length).toBeGreaterThan(50);
  expect(
    violations(infra, (target) => target.startsWith("functions/") && !INFRA_MAY_IMPORT.some((allowed) => allowed.test(target))),
  ).toEqual([]);
});

it("would catch a crossing import (the check reads real import lines)", () => {
  const file = "infra/constructs/verification-function.ts";
  expect(importsOf(file)).toContain("functions/verification/settings");
  expect(importsOf("functions/verification/runtime.ts")).toContain("functions/verification/settings");
});
