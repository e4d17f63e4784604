// The stacks and constructs stay readable step by step: no function, method or constructor in
// infra/stacks/ or infra/constructs/ runs over 60 lines (issue 19 split the 190-line stack
// constructor into the steps in infra/stacks/verification/). Data tables (an object or array
// literal returned whole) count like any other body: split them too when they grow.
import { readdirSync, readFileSync, statSync } from "node:fs";
import { join, resolve } from "node:path";
import ts from "typescript";

const ROOT = resolve(__dirname, "..", "..");
const MAX_LINES = 60;

function sourceFiles(dir: string): string[] {
  return readdirSync(join(ROOT, dir)).flatMap((name) => {
    const path = `${dir}/${name}`;
    if (statSync(join(ROOT, path)).isDirectory()) return sourceFiles(path);
    return name.endsWith(".ts") ? [path] : [];
  });
}

/** `file:line name (n lines)` for every function-like body longer than `max` lines. */
export function longFunctions(file: string, text: string, max = MAX_LINES): string[] {
  const source = ts.createSourceFile(file, text, ts.ScriptTarget.Latest, true);
  const long: string[] = [];
  const lineOf = (pos: number) => source.getLineAndCharacterOfPosition(pos).line + 1;
  const visit = (node: ts.Node): void => {
    if (ts.isFunctionLike(node) && "body" in node && node.body) {
      const first = lineOf(node.getStart(source));
      const lines = lineOf(node.getEnd()) - first + 1;
      const name =
        node.name && ts.isIdentifier(node.name)
          ? node.name.text
          : ts.isConstructorDeclaration(node)
            ? "constructor"
            : "(anonymous)";
      if (lines > max) long.push(`${file}:${first} ${name} (${lines} lines)`);
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return long;
}

it(`no function or method in infra/stacks/ or infra/constructs/ is longer than ${MAX_LINES} lines`, () => {
  const files = [...sourceFiles("infra/stacks"), ...sourceFiles("infra/constructs")];
  expect(files.length).toBeGreaterThan(20);
  expect(files.flatMap((file) => longFunctions(file, readFileSync(join(ROOT, file), "utf8")))).toEqual([]);
});

it("measures constructors, methods and arrow functions", () => {
  const body = (n: number) => Array.from({ length: n }, (_, i) => `    const v${i} = ${i};`).join("\n");
  const code = `class A {\n  constructor() {\n${body(60)}\n  }\n  short() {\n    return 1;\n  }\n}\nconst f = () => {\n${body(2)}\n};\n`;
  expect(longFunctions("a.ts", code)).toEqual(["a.ts:2 constructor (62 lines)"]);
  expect(longFunctions("a.ts", code, 62)).toEqual([]);
});
