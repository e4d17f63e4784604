// Turns zod issues into the table's problems: a dotted path per field
// ("campaigns.templates[0].key"), one problem per unknown key with the nearest known key
// suggested, and plain-language defaults for the issues no field schema words itself.
import { z } from "zod";
import { ConfigProblem } from "./environment-config-error";
import { showValue } from "./field-schemas";

export function fieldPath(path: readonly PropertyKey[]): string {
  return path.reduce<string>((out, key) => {
    if (typeof key === "number") return `${out}[${key}]`;
    return out === "" ? String(key) : `${out}.${String(key)}`;
  }, "");
}

/** Messages for issues a field schema leaves to the default (missing objects, wrong types). */
export const defaultIssueMessage: z.core.$ZodErrorMap = (issue) => {
  switch (issue.code) {
    case "invalid_type":
      if (issue.input === undefined) return `is required (${article(issue.expected)})`;
      return `must be ${article(issue.expected)}, got ${showValue(issue.input)}`;
    case "invalid_value":
      return `must be one of ${issue.values.map((v) => showValue(v)).join(", ")}, got ${showValue(issue.input)}`;
    case "unrecognized_keys":
      return "unknown key";
    default:
      return undefined;
  }
};

function article(expected: string): string {
  if (expected === "object") return "an object";
  if (expected === "array") return "a list";
  if (expected === "int") return "an integer";
  return `a ${expected}`;
}

/** Problems of one failed parse; `schema` is the one parsed, to suggest keys for typos. */
export function problemsFromIssues(schema: z.core.$ZodType, issues: readonly z.core.$ZodIssue[]): ConfigProblem[] {
  return issues.flatMap((issue) => {
    if (issue.code === "unrecognized_keys") {
      const known = knownKeysAt(schema, issue.path);
      return issue.keys.map((key) => ({ field: fieldPath([...issue.path, key]), message: unknownKeyMessage(key, known) }));
    }
    return [{ field: fieldPath(issue.path), message: issue.message }];
  });
}

function unknownKeyMessage(key: string, known: readonly string[]): string {
  const nearest = known
    .map((candidate) => ({ candidate, distance: editDistance(key.toLowerCase(), candidate.toLowerCase()) }))
    .sort((a, b) => a.distance - b.distance)[0];
  if (nearest && nearest.distance <= Math.max(2, Math.floor(key.length / 4))) {
    return `unknown key; did you mean "${nearest.candidate}"?`;
  }
  return known.length > 0 ? `unknown key; known keys here: ${known.join(", ")}` : "unknown key";
}

/**
 * The keys an object schema accepts at `path` (every variant's keys for a union). Walks zod's core
 * classes, so the functions' settings sections (zod/mini) embedded in the table are seen too.
 */
function knownKeysAt(schema: z.core.$ZodType, path: readonly PropertyKey[]): string[] {
  const keys = new Set<string>();
  const visit = (node: z.core.$ZodType, rest: readonly PropertyKey[]): void => {
    if (
      node instanceof z.core.$ZodOptional ||
      node instanceof z.core.$ZodDefault ||
      node instanceof z.core.$ZodPrefault ||
      node instanceof z.core.$ZodNullable
    ) {
      visit(node._zod.def.innerType, rest);
    } else if (node instanceof z.core.$ZodPipe) {
      visit(node._zod.def.in, rest);
    } else if (node instanceof z.core.$ZodUnion) {
      for (const option of node._zod.def.options) visit(option, rest);
    } else if (node instanceof z.core.$ZodArray) {
      if (typeof rest[0] === "number") visit(node._zod.def.element, rest.slice(1));
    } else if (node instanceof z.core.$ZodObject) {
      const shape = node._zod.def.shape;
      if (rest.length === 0) Object.keys(shape).forEach((k) => keys.add(k));
      else if (typeof rest[0] === "string" && rest[0] in shape) visit(shape[rest[0]], rest.slice(1));
    }
  };
  visit(schema, path);
  return [...keys];
}

function editDistance(a: string, b: string): number {
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    for (let j = 1; j <= b.length; j++) {
      current[j] = Math.min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1));
    }
    previous = current;
  }
  return previous[b.length];
}
