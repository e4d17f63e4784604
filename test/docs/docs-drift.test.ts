// The documentation cannot drift from the code: every `npm run <x>` shown exists, every relative
// link resolves, the function
// environment variables documented in docs/configuration.md are exactly the ones the config
// parsers read, and the codeStr table in docs/http-api.md is exactly the reply codes the function
// can send. Lists on the code side are derived from the code itself, so a new variable or
// codeStr fails here until it is documented.
import { existsSync, readdirSync, readFileSync, statSync } from "node:fs";
import { dirname, join, relative, resolve } from "node:path";
import { variablesRead as bulkGreetingVariables } from "../../functions/bulk-greeting/settings";
import { outcomeCodeStr } from "../../functions/verification/http/reply";
import { variablesRead as verificationVariables } from "../../functions/verification/settings";

const ROOT = resolve(__dirname, "..", "..");
const read = (path: string) => readFileSync(join(ROOT, path), "utf8");

function markdownFiles(): string[] {
  const walk = (dir: string): string[] =>
    readdirSync(dir).flatMap((name) => {
      const full = join(dir, name);
      return statSync(full).isDirectory() ? walk(full) : name.endsWith(".md") ? [full] : [];
    });
  return ["README.md", "CONTRIBUTING.md", ...walk(join(ROOT, "docs")).map((f) => relative(ROOT, f))];
}

/** The rows of the first table under `## heading` in a markdown document: first-column names. */
function tableNames(markdown: string, heading: string): string[] {
  const start = markdown.indexOf(`\n## ${heading}\n`);
  if (start === -1) throw new Error(`no "## ${heading}" section`);
  const section = markdown.slice(start + 1).split(/\n## /)[0]!;
  return section
    .split("\n")
    .filter((line) => line.startsWith("| `"))
    .flatMap((line) => [...line.split("|")[1]!.matchAll(/`([A-Za-z0-9_]+)`/g)].map((m) => m[1]!));
}

describe("documentation commands", () => {
  const scripts = Object.keys((JSON.parse(read("package.json")) as { scripts: Record<string, string> }).scripts);

  it.each(markdownFiles())("every `npm run <script>` in %s exists in package.json", (file) => {
    const used = [...read(file).matchAll(/npm run (?:--silent )?([a-z][a-z0-9:-]*)/g)].map((m) => m[1]!);
    expect(used.filter((name) => !scripts.includes(name))).toEqual([]);
  });
});

describe("documentation links", () => {
  it.each(markdownFiles())("every relative link in %s points at a file that exists", (file) => {
    const targets = [...read(file).matchAll(/\]\(([^)#\s]+)(?:#[^)]*)?\)/g)].map((m) => m[1]!).filter((t) => !/^[a-z]+:/.test(t));
    expect(targets.filter((target) => !existsSync(resolve(ROOT, dirname(file), target)))).toEqual([]);
  });
});

describe("documented environment variables", () => {
  const configuration = read("docs/configuration.md");

  it("the verification function's table lists exactly what its settings module reads", () => {
    expect([...new Set(tableNames(configuration, "Verification function environment variables"))].sort()).toEqual(
      [...new Set(verificationVariables)].sort(),
    );
  });

  it("the bulk-greeting function's table lists exactly what its settings module reads", () => {
    expect([...new Set(tableNames(configuration, "Bulk-greeting function environment variables"))].sort()).toEqual(
      [...new Set(bulkGreetingVariables)].sort(),
    );
  });
});

describe("documented reply codes", () => {
  it("the codeStr table in docs/http-api.md is exactly the codes the function replies with", () => {
    const source = read("functions/verification/http/reply.ts");
    const fromCode = new Set<string>([
      ...Object.values(outcomeCodeStr),
      ...[...source.matchAll(/codeStr: "([A-Za-z]+)"/g)].map((m) => m[1]!),
      // Request-error codes: the keys of the status table in reply.ts.
      ...[...(/requestErrorStatus[^{]*\{([^}]*)\}/.exec(source)?.[1] ?? "").matchAll(/([A-Za-z]+):\s*\d{3}/g)].map((m) => m[1]!),
    ]);
    const documented = [...read("docs/http-api.md").matchAll(/^\| `([A-Za-z]+)` +\| \d{3} +\|/gm)].map((m) => m[1]!);
    expect([...new Set(documented)].sort()).toEqual([...fromCode].sort());
  });
});
