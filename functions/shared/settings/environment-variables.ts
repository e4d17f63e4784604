// The settings kit: a function's settings are declared once as a tree of environment variables,
// each with its zod schema (range, default) and how its value is written as text. From that one
// declaration come the zod schema of the section (embedded by the environment table), the
// variables a stack writes (`writeVariables`) and the typed values a function reads back
// (`readVariables`). Like supabase/auth's tagged config struct: nothing else maps names to fields.
import * as z from "zod/mini";
import { withoutValue } from "./field-schemas";

/** How a value is written as an environment string and read back (before its schema checks it). */
export interface TextCodec<T> {
  write(value: T): string;
  /**
   * The value to check, or problems, each phrased to follow the variable name ("has an empty
   * entry", ": \"UK\" is not …") and never echoing a secret.
   */
  read(text: string): { value: unknown } | { problems: string[] };
}

export interface Variable<S extends z.ZodMiniType = z.ZodMiniType> {
  readonly kind: "variable";
  readonly name: string;
  readonly schema: S;
  readonly codec: TextCodec<z.output<S>>;
}

/** A tree of variables: the shape of one settings section. */
export interface VariableTree {
  readonly [field: string]: Variable | Group;
}

/** A nested object of variables; `optional` ones are absent when none of their variables is set. */
export interface Group<T extends VariableTree = VariableTree, Optional extends boolean = boolean> {
  readonly kind: "group";
  readonly fields: T;
  readonly optional: Optional;
  /** A rule relating the group's fields, worded for the table and for the variables. */
  readonly rule?: GroupRule;
}

export interface GroupRule {
  // eslint-disable-next-line @typescript-eslint/no-explicit-any -- the group's values, typed by its fields
  holds(values: any): boolean;
  /** Said of the group's table field (e.g. limits.fraudGuard). */
  message: string;
  /** Said of the variables (a whole sentence naming them). */
  variablesMessage: string;
}

export function variable<S extends z.ZodMiniType>(name: string, schema: S, codec: TextCodec<z.output<S>>): Variable<S> {
  return { kind: "variable", name, schema, codec };
}

/** Nested settings whose every field has a default (e.g. the SMS budgets): absent means all defaults. */
export function group<T extends VariableTree>(fields: T, rule?: GroupRule): Group<T, false> {
  return { kind: "group", fields, optional: false, ...(rule ? { rule } : {}) };
}

/** Nested settings that exist only when one of their variables is set (e.g. a brought Redis's secret). */
export function optionalGroup<T extends VariableTree>(fields: T): Group<T, true> {
  return { kind: "group", fields, optional: true };
}

/**
 * A value written as given: a deploy-time reference (a Terraform token) standing in for a typed
 * value, e.g. a created Redis instance's port. Only writers use it; readers see the resolved text.
 */
export interface Verbatim {
  readonly verbatim: string;
}

export function verbatim(text: string): Verbatim {
  return { verbatim: text };
}

function isVerbatim(value: unknown): value is Verbatim {
  return typeof value === "object" && value !== null && typeof (value as Verbatim).verbatim === "string";
}

// --- codecs -----------------------------------------------------------------------------------

/** Whole numbers written in decimal; anything else reaches the schema as text (its type error). */
export const integerText: TextCodec<number> = {
  write: (value) => String(value),
  read: (text) => ({ value: /^\d+$/.test(text) ? Number(text) : text }),
};

/** Decimal numbers, fractions allowed (timeouts). */
export const numberText: TextCodec<number> = {
  write: (value) => String(value),
  read: (text) => ({ value: /^\d+(\.\d+)?$/.test(text) ? Number(text) : text }),
};

/** true / false in any case. */
export const booleanText: TextCodec<boolean> = {
  write: (value) => (value ? "true" : "false"),
  read: (text) => {
    const lower = text.toLowerCase();
    return { value: lower === "true" ? true : lower === "false" ? false : text };
  },
};

export const plainText: TextCodec<string> = { write: (value) => value, read: (text) => ({ value: text }) };

/** Comma-separated entries, spaces around commas allowed, duplicates dropped. */
export function listText(normalize: (entry: string) => string = (entry) => entry): TextCodec<string[]> {
  return {
    write: (values) => values.join(","),
    read: (text) => {
      const entries = text.split(",").map((part) => normalize(part.trim()));
      return { value: [...new Set(entries)] };
    },
  };
}

// --- the schema, the writer and the reader of a tree ------------------------------------------

/** The zod shape a tree stands for. */
export type ShapeOf<T extends VariableTree> = {
  -readonly [K in keyof T]: T[K] extends Variable<infer S>
    ? S
    : T[K] extends Group<infer F, true>
      ? z.ZodMiniOptional<z.ZodMiniObject<ShapeOf<F>, z.core.$strict>>
      : T[K] extends Group<infer F, false>
        ? z.ZodMiniPrefault<z.ZodMiniObject<ShapeOf<F>, z.core.$strict>>
        : never;
};

/** The strict zod object of a tree. */
export type TreeSchema<T extends VariableTree> = z.ZodMiniObject<ShapeOf<T>, z.core.$strict>;

/** The typed values of a tree once read (defaults filled in). */
export type TreeValues<T extends VariableTree> = z.output<TreeSchema<T>>;

/** What a writer may give: fields with a default may be left out (and are then not written). */
export type TreeInput<T extends VariableTree> = WithVerbatim<z.input<TreeSchema<T>>>;

/** Any leaf may be a deploy-time reference written as is. */
type WithVerbatim<T> = T extends readonly unknown[]
  ? T | Verbatim
  : T extends object
    ? { [K in keyof T]: WithVerbatim<T[K]> }
    : T | Verbatim;

/** The strict zod object of a tree, which the environment table embeds. */
export function treeSchema<T extends VariableTree>(tree: T): TreeSchema<T> {
  const shape: Record<string, z.ZodMiniType> = {};
  for (const [field, node] of Object.entries(tree)) {
    if (node.kind === "variable") shape[field] = node.schema;
    else {
      const fields = treeSchema(node.fields);
      const rule = node.rule;
      const inner = rule ? fields.check(z.refine((values) => rule.holds(values), { error: rule.message })) : fields;
      shape[field] = node.optional ? z.optional(inner) : z.prefault(inner, {});
    }
  }
  return z.strictObject(shape) as never;
}

/** The environment variables of the values given; a field left out is not written. */
export function writeVariables<T extends VariableTree>(tree: T, values: TreeInput<T>): Record<string, string> {
  const out: Record<string, string> = {};
  const given = values as Record<string, unknown>;
  for (const [field, node] of Object.entries(tree)) {
    const value = given[field];
    if (value === undefined) continue;
    if (node.kind === "variable") out[node.name] = isVerbatim(value) ? value.verbatim : node.codec.write(value);
    else Object.assign(out, writeVariables(node.fields, value as TreeInput<VariableTree>));
  }
  return out;
}

/** Every variable name of a tree (docs, tests). */
export function variableNames(tree: VariableTree): string[] {
  return Object.values(tree).flatMap((node) => (node.kind === "variable" ? [node.name] : variableNames(node.fields)));
}

export type ReadResult<T> = { ok: true; values: T } | { ok: false; problems: string[] };

/**
 * Reads a tree from the environment: blank variables count as unset (their default applies), each
 * problem names its variable and never the value. All problems are returned together.
 */
export function readVariables<T extends VariableTree>(tree: T, env: NodeJS.ProcessEnv): ReadResult<TreeValues<T>> {
  const problems: string[] = [];
  const raw = rawValues(tree, env, problems) ?? {};
  const parsed = treeSchema(tree).safeParse(raw);
  if (!parsed.success) {
    for (const issue of parsed.error.issues) {
      const rule = groupAt(tree, issue.path)?.rule;
      problems.push(rule ? rule.variablesMessage : `${nameAt(tree, issue.path)} ${withoutValue(issue.message)}`);
    }
  }
  return problems.length > 0 || !parsed.success ? { ok: false, problems } : { ok: true, values: parsed.data };
}

function rawValues(tree: VariableTree, env: NodeJS.ProcessEnv, problems: string[]): Record<string, unknown> | undefined {
  const out: Record<string, unknown> = {};
  let anySet = false;
  for (const [field, node] of Object.entries(tree)) {
    if (node.kind === "group") {
      const inner = rawValues(node.fields, env, problems);
      if (inner !== undefined) out[field] = inner;
      anySet ||= inner !== undefined;
      continue;
    }
    const text = (env[node.name] ?? "").trim();
    if (text === "") continue;
    anySet = true;
    const read = node.codec.read(text);
    if ("problems" in read) problems.push(...read.problems.map((p) => `${node.name}${p.startsWith(":") ? "" : " "}${p}`));
    else out[field] = read.value;
  }
  return anySet ? out : undefined;
}

/** The group a path ends at, if it does. */
function groupAt(tree: VariableTree, path: readonly PropertyKey[]): Group | undefined {
  let node: VariableTree[string] | undefined;
  let fields: VariableTree = tree;
  for (const key of path) {
    node = fields[String(key)];
    if (!node || node.kind === "variable") return undefined;
    fields = node.fields;
  }
  return node?.kind === "group" ? node : undefined;
}

/** The variable an issue is about (the group's first variable when a whole group is at fault). */
function nameAt(tree: VariableTree, path: readonly PropertyKey[]): string {
  let node: VariableTree[string] | undefined;
  let fields: VariableTree = tree;
  for (const key of path) {
    node = fields[String(key)];
    if (!node || node.kind === "variable") break;
    fields = node.fields;
  }
  if (!node) return variableNames(fields)[0] ?? String(path.join("."));
  return node.kind === "variable" ? node.name : variableNames(node.fields)[0];
}

/** The values of a read, its problems added to `problems` (undefined when there were any). */
export function collect<T>(result: ReadResult<T>, problems: string[]): T | undefined {
  if (result.ok) return result.values;
  problems.push(...result.problems);
  return undefined;
}

/** One variable's text, trimmed; "" when unset. */
export function variableText(env: NodeJS.ProcessEnv, name: string): string {
  return (env[name] ?? "").trim();
}
