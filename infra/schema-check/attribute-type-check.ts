// Decides whether a synthesized JSON value can be assigned to a Terraform attribute type, the way
// Terraform's own conversion would accept it. Interpolations (`${…}`) are unknown until plan and
// accepted for any type.

export type TerraformType = string | [string, unknown];

function isInterpolation(value: unknown): boolean {
  return typeof value === "string" && value.includes("${");
}

/** Returns undefined when compatible, else a short reason. */
export function typeMismatch(value: unknown, type: unknown): string | undefined {
  if (value === null || isInterpolation(value)) return undefined;
  if (type === "dynamic") return undefined;
  if (type === "string") {
    return ["string", "number", "boolean"].includes(typeof value) ? undefined : `expected string, got ${describe(value)}`;
  }
  if (type === "number") {
    if (typeof value === "number") return undefined;
    if (typeof value === "string" && value.trim() !== "" && !Number.isNaN(Number(value))) return undefined;
    return `expected number, got ${describe(value)}`;
  }
  if (type === "bool") {
    if (typeof value === "boolean" || value === "true" || value === "false") return undefined;
    return `expected bool, got ${describe(value)}`;
  }
  if (Array.isArray(type)) {
    const [kind, inner] = type as [string, unknown];
    if (kind === "list" || kind === "set") {
      if (!Array.isArray(value)) return `expected ${kind}, got ${describe(value)}`;
      for (const [i, item] of value.entries()) {
        const reason = typeMismatch(item, inner);
        if (reason) return `[${i}]: ${reason}`;
      }
      return undefined;
    }
    if (kind === "map") {
      if (!isPlainObject(value)) return `expected map, got ${describe(value)}`;
      for (const [key, item] of Object.entries(value)) {
        const reason = typeMismatch(item, inner);
        if (reason) return `[${JSON.stringify(key)}]: ${reason}`;
      }
      return undefined;
    }
    if (kind === "object") {
      if (!isPlainObject(value)) return `expected object, got ${describe(value)}`;
      const fields = inner as Record<string, unknown>;
      for (const [key, item] of Object.entries(value)) {
        if (!(key in fields)) return `object has no attribute "${key}"`;
        const reason = typeMismatch(item, fields[key]);
        if (reason) return `.${key}: ${reason}`;
      }
      return undefined;
    }
    if (kind === "tuple") {
      const items = inner as unknown[];
      if (!Array.isArray(value) || value.length !== items.length) return `expected tuple of ${items.length}`;
      for (const [i, item] of value.entries()) {
        const reason = typeMismatch(item, items[i]);
        if (reason) return `[${i}]: ${reason}`;
      }
      return undefined;
    }
  }
  return `unsupported schema type ${JSON.stringify(type)}`;
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

function describe(value: unknown): string {
  if (Array.isArray(value)) return "list";
  if (value === null) return "null";
  return typeof value === "object" ? "object" : `${typeof value} ${JSON.stringify(value)}`;
}
