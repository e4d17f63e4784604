// Facts the docs quote from the code, checked where a test can: the placeholder table and counts
// of docs/deploying.md against the shipped environment table; the options given to every quoted
// `npm run <tool>` against that tool's --help; every quoted repository path; figures (Terraform
// version, the masked phone form, synth time). (Scripts, links, variables and reply codes:
// docs-drift.test.ts.)
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { maskPhoneNumber } from "../../functions/verification/service/phone-number";
import { ENVIRONMENTS } from "../../infra/config/environments";
import { validateEnvironments } from "../../infra/config/validate-environment";

const ROOT = resolve(__dirname, "..", "..");
const read = (path: string) => readFileSync(join(ROOT, path), "utf8");
const configs = validateEnvironments(ENVIRONMENTS);

describe("docs/deploying.md and the placeholders of infra/config/environments.ts", () => {
  it("the placeholder table lists exactly the fields that are yours(…) in the shipped table", () => {
    const markdown = read("docs/deploying.md");
    const section = markdown.slice(markdown.indexOf("## 2. Replace the placeholders")).split(/\n## /)[0]!;
    const documented = section
      .split("\n")
      .filter((line) => line.startsWith("| `"))
      .map((line) => /^\| `([^`]+)`/.exec(line)![1]!);
    const shipped = new Set(configs.flatMap((c) => c.placeholders.map((p) => p.field.replace(/\[\d+\]$/, ""))));
    expect([...documented].sort()).toEqual([...shipped].sort());
  });

  it("the synth warning quoted for prod has today's count", () => {
    const count = configs.find((c) => c.name === "prod")!.placeholders.length;
    expect(read("docs/deploying.md")).toContain(`WARN [prod]: environment prod still has ${count} placeholder value(s)`);
  });
});

/** Every code span and code block line of the docs, with the file it is in. */
function quotedText(): { file: string; text: string }[] {
  const files = [
    "README.md",
    "CONTRIBUTING.md",
    ...readdirSync(join(ROOT, "docs"))
      .filter((f) => f.endsWith(".md"))
      .map((f) => `docs/${f}`),
  ];
  return files.flatMap((file) => {
    const markdown = read(file);
    const blocks = [...markdown.matchAll(/```[a-z]*\n([^]*?)```/g)].flatMap((m) => m[1]!.split("\n"));
    const spans = [...markdown.replace(/```[^]*?```/g, "").matchAll(/`([^`\n]+)`/g)].map((m) => m[1]!);
    return [...blocks, ...spans].map((text) => ({ file, text }));
  });
}

describe("commands, options, paths and figures quoted in the docs", () => {
  const quoted = quotedText();

  it("every option given to an `npm run <tool>` in the docs is one the tool's --help names", async () => {
    const scripts = (JSON.parse(read("package.json")) as { scripts: Record<string, string> }).scripts;
    const usage = new Map<string, string>();
    const problems: string[] = [];
    for (const { file, text } of quoted) {
      for (const m of text.matchAll(/npm run (?:--silent |-s )?([a-z][\w:-]*)(?: -- ([^|;&#`]*))?/g)) {
        const [, tool, args = ""] = m;
        if (!scripts[tool!]) continue; // unknown scripts: docs-drift.test.ts
        const entry = /\b(cli\/[\w-]+\.ts)\b/.exec(scripts[tool!]!)?.[1];
        if (!entry) continue;
        if (!usage.has(entry)) {
          const { main } = (await import(join(ROOT, entry))) as { main: (a: string[], e: object, io: object) => Promise<number> };
          let out = "";
          await main(["--help"], {}, { stdout: (t: string) => (out += t), stderr: () => undefined });
          usage.set(entry, out);
        }
        for (const option of args.match(/(?<![\w-])--[a-z][a-z-]*/g) ?? []) {
          if (!new RegExp(`${option}(?![\\w-])`).test(usage.get(entry)!)) problems.push(`${file}: npm run ${tool} … ${option}`);
        }
      }
    }
    expect(problems).toEqual([]);
  });

  it("every repository path quoted in the docs exists", () => {
    const missing = new Set<string>();
    for (const { file, text } of quoted) {
      for (const m of text.matchAll(
        /(?<![\w./-])((?:cli|infra|functions|test|docs|cloud|scripts|tools|bench|examples|\.github)\/[\w./-]*\w)/g,
      )) {
        const path = m[1]!.replace(/:\d+$/, "");
        if (/[<*…]|\.gen\//.test(text.slice(m.index!, m.index! + m[0].length + 2))) continue;
        if (!existsSync(join(ROOT, path))) missing.add(`${file}: ${path}`);
      }
    }
    expect([...missing]).toEqual([]);
  });

  it("figures the docs quote from the code: Terraform version, masked phone, synth time", () => {
    const readme = read("README.md");
    const terraform = /Terraform ≥ ([\d.]+)/.exec(readme)![1];
    for (const page of ["docs/deploying.md", "README.md"]) expect(read(page)).toContain(`Terraform ≥ ${terraform}`);
    expect(read("docs/deploying.md")).not.toMatch(/Terraform ≥ (?!1\.11)/);
    expect(read("docs/operations.md")).toContain(`phone:"${maskPhoneNumber("+8613800138000")}"`);
    for (const page of ["docs/deploying.md", "README.md", "docs/ci.md"]) expect(read(page)).not.toMatch(/~20 s synth/);
  });
});
