// Names the cloud interprets but Terraform takes as free strings (cloud/source.ts says why) come
// from the register in cloud/, never from a literal in infra/. This test reads every infra source
// file (the generated bindings and the recorded schema aside) and fails on a string literal that
// has the shape of such a name — a CAM action or six-segment resource, a service principal, a
// preset policy, an SCF runtime, a CLS built-in field — or that is written straight into an
// attribute the cloud interprets (namespace, metric, runtime, handler, trigger type, CAM document
// keys, notice channels, …). A security group rule's action is not one: the provider validates it. A new name goes into cloud/<service>.ts with its source.
import { readdirSync, readFileSync, statSync } from "node:fs";
import { join, relative, resolve } from "node:path";
import ts from "typescript";

const ROOT = resolve(__dirname, "..", "..");

/**
 * Where operators write their own values: the environment table. Its cloud names (the runtime) are
 * checked against the register when the table is validated (infra/config/environment-schema.ts).
 */
const OPERATOR_INPUT = new Set(["infra/config/environments.ts"]);

/** Shapes only a cloud name has. */
const CLOUD_NAME_SHAPES: ReadonlyArray<[string, RegExp]> = [
  ["CAM action", /^(name\/)?[a-z]+:[A-Z*][A-Za-z*]*$/],
  ["CAM six-segment resource", /qcs:[a-z0-9-]*:/],
  ["service principal", /\.qcloud\.com$/],
  ["preset CAM policy", /^Qcloud[A-Z][A-Za-z]+$/],
  ["SCF runtime", /^(Nodejs|Python|Php|Java|Go)\d/],
  ["Function URL domain", /tencentscf\.com/],
  ["CLS built-in field", /__[A-Z]+__/],
];

/** Attributes (and CAM document keys) whose string value the cloud interprets. */
const CLOUD_ATTRIBUTES = new Set([
  "namespace",
  "monitorType",
  "metricName",
  "metric",
  "operator",
  "ruleType",
  "runtime",
  "handler",
  "qualifier",
  "enable",
  "effect",
  "principal",
  "service",
  "resource",
  "version",
  "noticeType",
  "noticeLanguage",
  "noticeWay",
  "receiverType",
  "receiverChannels",
  "callbackType",
  "dimensionsJson",
  "triggerDesc",
  "AuthType",
]);

/** SCF trigger types (provider 1.83.25 scf_function triggers.type): a `type` with one of these is a trigger's. */
const SCF_TRIGGER_TYPE_VALUES = new Set(["timer", "ckafka", "custom_kafka", "apigw", "cmq", "cos", "mqtt", "cls", "clb", "http"]);

function sourceFiles(dir: string): string[] {
  return readdirSync(join(ROOT, dir)).flatMap((name) => {
    const path = `${dir}/${name}`;
    if (name === ".gen" || name === "bindings") return [];
    if (statSync(join(ROOT, path)).isDirectory()) return sourceFiles(path);
    return name.endsWith(".ts") && !OPERATOR_INPUT.has(path) ? [path] : [];
  });
}

/** The text of a literal string node (template pieces included), or undefined. */
function literalText(node: ts.Node): string | undefined {
  if (ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node)) return node.text;
  if (ts.isTemplateHead(node) || ts.isTemplateMiddle(node) || ts.isTemplateTail(node)) return node.text;
  return undefined;
}

function propertyName(node: ts.PropertyAssignment): string | undefined {
  const name = node.name;
  return ts.isIdentifier(name) || ts.isStringLiteral(name) ? name.text : undefined;
}

/** String literals written directly as the value (or the array elements) of a property. */
function literalValues(value: ts.Expression): string[] {
  const text = literalText(value);
  if (text !== undefined) return [text];
  if (ts.isArrayLiteralExpression(value)) return value.elements.flatMap((e) => literalValues(e as ts.Expression));
  return [];
}

/** `file:line: why "literal"` for every cloud name written as a literal in one source text. */
export function cloudLiterals(file: string, text: string): string[] {
  const source = ts.createSourceFile(file, text, ts.ScriptTarget.Latest, true);
  const found: string[] = [];
  const at = (node: ts.Node) => `${file}:${source.getLineAndCharacterOfPosition(node.getStart(source)).line + 1}`;
  const visit = (node: ts.Node): void => {
    const literal = literalText(node);
    if (literal !== undefined && !ts.isImportDeclaration(node.parent) && !ts.isExportDeclaration(node.parent)) {
      for (const [what, shape] of CLOUD_NAME_SHAPES)
        if (shape.test(literal)) found.push(`${at(node)}: ${what} ${JSON.stringify(literal)}`);
    }
    if (ts.isPropertyAssignment(node)) {
      const name = propertyName(node);
      const values = literalValues(node.initializer);
      if (name !== undefined && CLOUD_ATTRIBUTES.has(name)) {
        for (const value of values) found.push(`${at(node)}: ${name} ${JSON.stringify(value)}`);
      }
      if (name === "type") {
        for (const value of values.filter((v) => SCF_TRIGGER_TYPE_VALUES.has(v)))
          found.push(`${at(node)}: trigger type ${JSON.stringify(value)}`);
      }
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return found;
}

describe("cloud names in infra/ come from the cloud/ register", () => {
  it("no infra source writes a cloud name as a literal", () => {
    const files = sourceFiles("infra");
    expect(files.length).toBeGreaterThan(50);
    const found = files.flatMap((file) => cloudLiterals(file, readFileSync(join(ROOT, file), "utf8")));
    expect(found).toEqual([]);
  });

  // The check itself: each kind of literal it exists to catch, in a construct written the old way.
  it.each([
    ['{ action: ["name/ssm:GetSecretValue"], effect: "allow", resource: ["*"] }', /CAM action "name\/ssm:GetSecretValue"/],
    ["const r = `qcs::cos:${region}:uid/${appId}:${bucket}/*`;", /six-segment resource "qcs::cos:"/],
    ['const trust = { principal: { service: ["scf.qcloud.com"] } };', /service principal "scf\.qcloud\.com"/],
    ['new CamRolePolicyAttachmentByName(this, "p", { policyName: "QcloudSMSFullAccess" });', /preset CAM policy/],
    ['new ScfFunction(this, "f", { runtime: "Nodejs20.19", handler: "index.main_handler" });', /runtime "Nodejs20\.19"/],
    ['new MonitorAlarmPolicy(this, "p", { namespace: "SCF", monitorType: "MT_QCE" });', /namespace "SCF"/],
    ['const rule = { metric: "Error", above: 1 };', /metric "Error"/],
    ['const trigger = { name: n, type: "http", triggerDesc: desc };', /trigger type "http"/],
    ['const q = "select __TIMESTAMP__ as at";', /CLS built-in field/],
  ])("catches %s", (code, message) => {
    expect(cloudLiterals("infra/constructs/example.ts", code).join("\n")).toMatch(message);
  });

  it("lets through what is not a cloud name: our own names, Terraform's types, register reads", () => {
    const code = [
      'new TerraformVariable(stack, "account_uin", { type: "string", description: "The account: uin/123" });',
      'new ScfFunction(this, "f", { runtime: props.runtime, handler: SCF_HANDLER, namespace: SCF_NAMESPACE.name });',
      "const statement = allowStatement([SMS_SEND_ACTION], [SMS_SERVER_API_RESOURCE.name]);",
      'const timer = { name: names.of("campaign-tick"), type: SCF_TRIGGER_TYPES.timer.name };',
    ].join("\n");
    expect(cloudLiterals(relative(ROOT, join(ROOT, "infra/constructs/example.ts")), code)).toEqual([]);
  });
});
