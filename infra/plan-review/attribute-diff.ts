// Computes the attribute-level difference of one change from its before/after values,
// already masked: the review never holds a raw secret in its model, so no renderer can
// leak one. Leaves that did not change are left out; a sensitive leaf whose value changed
// is shown as "(sensitive value) -> (sensitive value)".
import { flattenForDisplay, KnownSecrets, UNKNOWN_PLACEHOLDER, type DisplayLeaf } from "./masking";
import type { Change } from "./plan-json";

export interface AttributeChange {
  /** Dotted path, e.g. `environment.REDIS_HOST` or `triggers[0].type`. */
  path: string;
  /** Masked display value before the change; undefined when the attribute is new. */
  before?: string;
  /** Masked display value after the change; undefined when the attribute goes away. */
  after?: string;
}

type ChangeValues = Pick<Change, "before" | "after" | "before_sensitive" | "after_sensitive" | "after_unknown">;

function isEmpty(leaf: DisplayLeaf | undefined): boolean {
  return leaf === undefined || leaf.raw === "null" || leaf.raw === "(absent)";
}

function isUnder(path: string, parent: string): boolean {
  return parent === "" || path.startsWith(`${parent}.`) || path.startsWith(`${parent}[`);
}

export function attributeChanges(change: ChangeValues, secrets?: KnownSecrets): AttributeChange[] {
  const before =
    change.before === null || change.before === undefined
      ? new Map<string, DisplayLeaf>()
      : flattenForDisplay(change.before, change.before_sensitive, undefined, secrets);
  const after =
    change.after === null && change.after_unknown === undefined
      ? new Map<string, DisplayLeaf>()
      : flattenForDisplay(change.after ?? undefined, change.after_sensitive, change.after_unknown, secrets);

  // A whole block becoming unknown is one line, not one "removed" line per old leaf.
  const unknownPaths = [...after].filter(([, leaf]) => leaf.display === UNKNOWN_PLACEHOLDER).map(([p]) => p);
  for (const unknownPath of unknownPaths) {
    const covered = [...before.keys()].filter((p) => p !== unknownPath && isUnder(p, unknownPath) && !after.has(p));
    if (covered.length === 0) continue;
    for (const p of covered) before.delete(p);
    if (!before.has(unknownPath)) before.set(unknownPath, { display: "{…}", raw: "{…}" });
  }

  const paths = new Set([...before.keys(), ...after.keys()]);
  const result: AttributeChange[] = [];
  for (const path of [...paths].sort()) {
    const b = before.get(path);
    const a = after.get(path);
    if (b?.raw === a?.raw) continue;
    if (isEmpty(b) && isEmpty(a)) continue;
    const entry: AttributeChange = { path };
    if (!isEmpty(b)) entry.before = (b as DisplayLeaf).display;
    if (!isEmpty(a)) entry.after = (a as DisplayLeaf).display;
    result.push(entry);
  }
  return result;
}
