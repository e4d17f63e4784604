// Facts the docs quote from the code, checked where a test can: the placeholder table and counts
// of docs/deploying.md against the shipped environment table. (Commands, links, variables and
// reply codes: docs-drift.test.ts.)
import { readFileSync } from "node:fs";
import { join, resolve } from "node:path";
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
