// Turns attribute values into display strings that are safe to print anywhere (terminal,
// PR comment, CI artifact): values terraform marks sensitive, values under attribute names
// known to carry secrets, and sensitive outputs become a fixed placeholder; values unknown
// until apply say so. Every renderer goes through here, so masking cannot be forgotten.
import type { AttributePath, JsonValue, ValueMarks } from "./plan-json";

export const SENSITIVE_PLACEHOLDER = "(sensitive value)";
export const UNKNOWN_PLACEHOLDER = "(known after apply)";

/**
 * Attribute or map-key names that hold secrets even when the provider does not mark them
 * sensitive, e.g. the SCF function's `environment` map (REDIS_PASSWORD, CODE_PEPPER).
 */
const SECRET_NAME = /(password|passwd|secret|token|pepper|private_?key|credential|api_?key|access_?key)/i;

export function isSecretName(name: string): boolean {
  return SECRET_NAME.test(name);
}

/** Shortest secret searched for inside longer strings; shorter ones must match exactly. */
const MIN_EMBEDDED_SECRET_LENGTH = 6;

/**
 * Secret values collected from the plan's sensitive marks. Providers do not always mark every
 * copy of a secret (terraform_data's `output` echoes a sensitive `input` unmarked), so a value
 * known to be secret is masked wherever it reappears, also inside longer strings.
 */
export class KnownSecrets {
  private readonly exact = new Set<string>();
  private embedded: string[] = [];

  add(value: JsonValue | undefined): void {
    if (value === null || value === undefined) return;
    if (typeof value === "object") {
      for (const child of Array.isArray(value) ? value : Object.values(value)) this.add(child);
      return;
    }
    const text = String(value);
    if (text === "" || this.exact.has(text)) return;
    this.exact.add(text);
    if (text.length >= MIN_EMBEDDED_SECRET_LENGTH) this.embedded.push(text);
  }

  /** Adds every value found under a `true` mark. */
  addMarked(value: JsonValue | undefined, marks: ValueMarks | undefined): void {
    if (marks === undefined || marks === false) return;
    if (marks === true) {
      this.add(value);
      return;
    }
    if (typeof value !== "object" || value === null) return;
    for (const [k, m] of Object.entries(marks)) {
      const child = (value as Record<string, JsonValue>)[k];
      this.addMarked(child, m as ValueMarks);
    }
  }

  contains(value: JsonValue | undefined): boolean {
    if (value === null || value === undefined || typeof value === "object") return false;
    const text = String(value);
    if (this.exact.has(text)) return true;
    return this.embedded.some((secret) => text.includes(secret));
  }

  get size(): number {
    return this.exact.size;
  }
}

const NO_SECRETS = new KnownSecrets();

/** A flattened leaf: what may be shown, and the raw value only used to detect change. */
export interface DisplayLeaf {
  display: string;
  raw: string;
}

function marksAt(marks: ValueMarks | undefined, key: string | number): ValueMarks | undefined {
  if (marks === undefined || typeof marks === "boolean") return marks === true ? true : undefined;
  if (Array.isArray(marks)) return typeof key === "number" ? marks[key] : undefined;
  return typeof key === "string" ? marks[key] : undefined;
}

function isContainer(value: JsonValue | undefined): value is JsonValue[] | { [key: string]: JsonValue } {
  return typeof value === "object" && value !== null;
}

export function formatPath(path: AttributePath): string {
  return path.map((segment, i) => (typeof segment === "number" ? `[${segment}]` : i === 0 ? segment : `.${segment}`)).join("");
}

function formatLeaf(value: JsonValue | undefined): string {
  if (value === undefined) return "(absent)";
  return JSON.stringify(value);
}

/**
 * Flattens a value into `path -> leaf`, masking as it goes. Containers recurse so a diff can
 * show only the leaves that changed; `basePath` names the value itself.
 */
export function flattenForDisplay(
  value: JsonValue | undefined,
  sensitive: ValueMarks | undefined,
  unknown: ValueMarks | undefined,
  secrets: KnownSecrets = NO_SECRETS,
  basePath: AttributePath = [],
  out: Map<string, DisplayLeaf> = new Map(),
): Map<string, DisplayLeaf> {
  const name = basePath.length > 0 ? basePath[basePath.length - 1] : undefined;
  const key = formatPath(basePath);
  if (sensitive === true || basePath.some((s) => typeof s === "string" && isSecretName(s))) {
    if (!(value === null || value === undefined) || unknown === true) {
      out.set(key, { display: SENSITIVE_PLACEHOLDER, raw: JSON.stringify(value ?? null) });
    }
    return out;
  }
  if (unknown === true) {
    out.set(key, { display: UNKNOWN_PLACEHOLDER, raw: UNKNOWN_PLACEHOLDER });
    return out;
  }
  const unknownIsContainer = typeof unknown === "object" && unknown !== null;
  if (!isContainer(value) && !unknownIsContainer) {
    if (basePath.length > 0 || value !== undefined) {
      const raw = formatLeaf(value);
      out.set(key, { display: secrets.contains(value) ? SENSITIVE_PLACEHOLDER : raw, raw });
    }
    return out;
  }
  const keys = new Set<string | number>();
  if (Array.isArray(value)) value.forEach((_, i) => keys.add(i));
  else if (isContainer(value)) Object.keys(value).forEach((k) => keys.add(k));
  if (Array.isArray(unknown)) unknown.forEach((_, i) => keys.add(i));
  else if (unknownIsContainer) Object.keys(unknown as object).forEach((k) => keys.add(k));
  if (keys.size === 0) {
    if (name !== undefined) {
      const empty = Array.isArray(value) ? "[]" : "{}";
      out.set(key, { display: empty, raw: empty });
    }
    return out;
  }
  for (const k of keys) {
    const child = isContainer(value) ? (value as Record<string | number, JsonValue>)[k] : undefined;
    flattenForDisplay(child, marksAt(sensitive, k), marksAt(unknown, k), secrets, [...basePath, k], out);
  }
  return out;
}

/** One value as a single masked display string (outputs, short summaries). */
export function displayValue(
  value: JsonValue | undefined,
  sensitive: ValueMarks | undefined,
  unknown?: ValueMarks,
  secrets: KnownSecrets = NO_SECRETS,
): string {
  if (sensitive === true) return SENSITIVE_PLACEHOLDER;
  if (unknown === true) return UNKNOWN_PLACEHOLDER;
  const flat = flattenForDisplay(value, sensitive, unknown, secrets);
  if (flat.size === 0) return formatLeaf(value);
  if (flat.size === 1 && flat.has("")) return (flat.get("") as DisplayLeaf).display;
  return `{ ${[...flat].map(([k, v]) => `${k} = ${v.display}`).join(", ")} }`;
}
