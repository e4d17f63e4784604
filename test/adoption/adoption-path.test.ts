// The documented adoption path (docs/environments.md "Add an environment", docs/deploying.md
// "Replace the placeholders"), walked offline on a copy of the environment table:
//   new environment by the documented command → plan refuses while any placeholder is left,
//   naming each → the filled table type-checks under the repo's compiler options (noUnusedLocals:
//   a finished table needs no import edits) and validates → plan gets past the table to the
//   credentials step. The same holds for the state-bucket bootstrap stack.
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import ts from "typescript";
import { envsNewCommand } from "../../cli/envs";
import { planCommand } from "../../cli/plan";
import type { EnvironmentEntry } from "../../infra/config/environment-settings";
import { validateEnvironments } from "../../infra/config/validate-environment";

const root = resolve(__dirname, "../..");
const tableSource = join(root, "infra/config/environments.ts");
const dir = mkdtempSync(join(tmpdir(), "adoption-"));
const file = join(dir, "environments.ts");
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** The shipped table, with its relative imports pointed back into infra/config so it compiles from here. */
function copyTable(): void {
  const source = readFileSync(tableSource, "utf8").replace(
    /from "\.\/([^"]+)"/g,
    (_, m: string) => `from ${JSON.stringify(join(root, "infra/config", m))}`,
  );
  writeFileSync(file, source);
}

let loads = 0;

/** The table as the file holds it now (jest caches a path's content per test file: each load gets its own path). */
function loadTable(): readonly EnvironmentEntry[] {
  const snapshot = join(dir, `environments-${++loads}.ts`);
  writeFileSync(snapshot, readFileSync(file, "utf8"));
  // eslint-disable-next-line @typescript-eslint/no-require-imports -- a fresh path per load (see above)
  return (require(snapshot) as { ENVIRONMENTS: readonly EnvironmentEntry[] }).ENVIRONMENTS;
}

/** The `yours(…)` calls of a table's source (comments mention it too). */
function yoursCalls(source: string): ts.CallExpression[] {
  const sourceFile = ts.createSourceFile(file, source, ts.ScriptTarget.ES2022, true);
  const calls: ts.CallExpression[] = [];
  const visit = (node: ts.Node) => {
    if (ts.isCallExpression(node) && ts.isIdentifier(node.expression) && node.expression.text === "yours") calls.push(node);
    else ts.forEachChild(node, visit);
  };
  visit(sourceFile);
  return calls;
}

/** Replaces `yours(example, hint)` calls by their example, as an adopter puts a real value there; `keep` stay. */
function fillPlaceholders(source: string, keep = 0): string {
  const calls = yoursCalls(source);
  let text = source;
  for (const call of calls.slice(keep).reverse())
    text = text.slice(0, call.getStart()) + call.arguments[0]!.getText() + text.slice(call.getEnd());
  return text;
}

async function plan(env: string, table: readonly EnvironmentEntry[]) {
  let stdout = "";
  let stderr = "";
  const code = await planCommand([env], {}, { stdout: (t) => (stdout += t), stderr: (t) => (stderr += t) }, table);
  return { code, stdout, stderr };
}

it("docs/environments.md gives one recipe, the command this test runs", () => {
  const docs = readFileSync(join(root, "docs/environments.md"), "utf8");
  expect(docs).toContain("npm run envs -- new <name> --like <env>");
  for (const page of ["configuration.md", "contributing.md"]) {
    const text = readFileSync(join(root, "docs", page), "utf8");
    expect(text).not.toMatch(/stagingLikeEntry|copy (the )?`?dev`? entry/i);
  }
});

it("walks from a fresh clone's table to a plan that only waits for credentials", async () => {
  copyTable();
  let out = "";
  const created = await envsNewCommand(
    ["qa", "--like", "staging"],
    { stdout: (t) => (out += t), stderr: (t) => (out += t) },
    { file, table: loadTable() },
  );
  expect({ created, out }).toMatchObject({ created: 0 });
  expect(out).toContain("envs: added qa (a copy of staging)");

  // Every placeholder is refused, each named, before anything slow or any credential.
  expect(readFileSync(file, "utf8")).toContain('name: "qa"');
  const withNew = loadTable();
  expect(withNew.map((e) => e.name)).toContain("qa");
  const expected = validateEnvironments(withNew).find((c) => c.name === "qa")!.placeholders;
  expect(expected.map((p) => p.field)).toEqual(
    expect.arrayContaining([
      "sms.sdkAppId",
      "sessions.issuer",
      "sessions.allowedOrigins[0]",
      "backend.bucket",
      "operations.alarms.contacts.userIds[0]",
    ]),
  );
  const refused = await plan("qa", withNew);
  expect(refused.code).toBe(1);
  expect(refused.stderr).toContain(`plan: error [PLACEHOLDERS_LEFT]: qa still has ${expected.length} placeholder value(s)`);
  for (const p of expected) expect(refused.stderr).toContain(`  - ${p.field}: `);
  expect(refused.stderr).not.toContain("CREDENTIALS_MISSING");

  // One left anywhere in the file is still refused; state-bucket waits for its bucket name too.
  const source = readFileSync(file, "utf8");
  expect(yoursCalls(source).length).toBeGreaterThan(1);
  writeFileSync(file, fillPlaceholders(source, 1));
  const almost = loadTable();
  const oneLeft = await plan("prod", almost); // the first yours(…) in the file: SMS_DEFAULTS.sdkAppId
  expect(oneLeft.code).toBe(1);
  expect(oneLeft.stderr).toContain("plan: error [PLACEHOLDERS_LEFT]: prod still has 1 placeholder value(s)");
  expect(oneLeft.stderr).toContain("  - sms.sdkAppId: ");
  expect((await plan("state-bucket", loadTable())).stderr).toMatch(/PLACEHOLDERS_LEFT|CREDENTIALS_MISSING/);

  // Filled: the table type-checks with the repo's own compiler options (no unused `yours`) and validates.
  writeFileSync(file, fillPlaceholders(source));
  expect(yoursCalls(readFileSync(file, "utf8"))).toEqual([]);
  const { config } = ts.readConfigFile(join(root, "tsconfig.json"), ts.sys.readFile);
  const { options } = ts.parseJsonConfigFileContent(config, ts.sys, root);
  const program = ts.createProgram([file], { ...options, noEmit: true });
  const problems = ts
    .getPreEmitDiagnostics(program)
    .filter((d) => d.file?.fileName === file)
    .map((d) => ts.flattenDiagnosticMessageText(d.messageText, "\n"));
  expect(problems).toEqual([]);
  const filled = loadTable();
  expect(validateEnvironments(filled).every((c) => c.placeholders.length === 0)).toBe(true);

  // plan now gets past the table: the next thing it asks for is the key pair.
  for (const env of ["qa", "prod", "state-bucket"]) {
    const next = await plan(env, filled);
    expect(next.code).toBe(1);
    expect(next.stderr).toMatch(/^plan: error \[CREDENTIALS_MISSING\]: /);
  }
}, 120_000);
