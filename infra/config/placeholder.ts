// Account-specific values the table cannot know (SDKAppID, signature, template id, APPID, state
// bucket, token issuer, allowed origins, alarm recipients) are written as `yours(example, hint)`: a typed marker, not a magic string. Synth
// substitutes the example so a fresh clone synthesizes offline, warns and lists every marker
// left; `npm run plan` and `npm run apply` refuse an environment that still has one. The marker
// is a plain object so a deep copy of an entry (tests clone entries as JSON) keeps it.

export interface Placeholder {
  readonly placeholder: "yours";
  /** Well-formed stand-in used at synth, e.g. "1400000000" (a number for numeric fields: CAM uids). */
  readonly example: string | number;
  /** Where the real value comes from, e.g. "SMS console → Applications → SDKAppID". */
  readonly hint: string;
}

/** Marks an account-specific value that must be replaced before deploying. */
export function yours(example: string | number, hint: string): Placeholder {
  return Object.freeze({ placeholder: "yours", example, hint });
}

export function isPlaceholder(value: unknown): value is Placeholder {
  return (
    typeof value === "object" &&
    value !== null &&
    (value as { placeholder?: unknown }).placeholder === "yours" &&
    ["string", "number"].includes(typeof (value as { example?: unknown }).example) &&
    typeof (value as { hint?: unknown }).hint === "string"
  );
}

/**
 * `T` with every free-form string field (not literal unions like "cos") allowed to be a
 * placeholder, and every element of a list of numbers (account ids: alarm recipients' CAM uids).
 */
export type WithPlaceholders<T> = T extends string
  ? string extends T
    ? T | Placeholder
    : T
  : T extends readonly number[]
    ? (number | Placeholder)[]
    : T extends readonly (infer U)[]
      ? WithPlaceholders<U>[]
      : T extends object
        ? { [K in keyof T]: WithPlaceholders<T[K]> }
        : T;

/** One placeholder still in an entry, by dotted field path. */
export interface PlaceholderUse {
  field: string;
  example: string | number;
  hint: string;
}

/** Replaces every placeholder by its example; returns the plain value and the list of fields. */
export function resolvePlaceholders<T>(value: WithPlaceholders<T> | T): { value: T; placeholders: PlaceholderUse[] } {
  const placeholders: PlaceholderUse[] = [];
  const walk = (node: unknown, path: string): unknown => {
    if (isPlaceholder(node)) {
      placeholders.push({ field: path, example: node.example, hint: node.hint });
      return node.example;
    }
    if (Array.isArray(node)) return node.map((item, i) => walk(item, `${path}[${i}]`));
    if (typeof node === "object" && node !== null) {
      return Object.fromEntries(
        Object.entries(node).map(([key, item]) => [key, walk(item, path === "" ? key : `${path}.${key}`)]),
      );
    }
    return node;
  };
  return { value: walk(value, "") as T, placeholders };
}

export function formatPlaceholders(placeholders: readonly PlaceholderUse[]): string {
  return placeholders.map((p) => `  - ${p.field}: ${p.hint} (placeholder ${JSON.stringify(p.example)})`).join("\n");
}
