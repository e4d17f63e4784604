// Checks a synthesized stack (cdk.tf.json) against provider schemas, so that a typo'd attribute,
// a missing required argument or a wrongly shaped block fails in `npm test` instead of at
// `terraform plan` against a real account: unknown attributes and blocks, computed-only
// attributes set, required attributes and blocks missing, nested block counts outside min/max,
// attribute values of an incompatible type — and Terraform `import` blocks (cdktf importFrom):
// each targets a resource declared in the stack, of a type that supports import, with an id of
// the form that type takes.
import { typeMismatch } from "./attribute-type-check";
import { IMPORTABLE_TYPES } from "./importable-types";
import type { ProviderSchemaDocument, SchemaBlock, SchemaNestedBlock } from "../bindings/provider-schema-filter";

export interface SchemaViolation {
  /** e.g. resource.tencentcloud_vpc.network_vpc.cidr_block */
  path: string;
  message: string;
}

export interface SchemaCheckResult {
  violations: SchemaViolation[];
  /** Blocks of providers we hold no schema for (e.g. random), listed so callers can see them. */
  unchecked: string[];
  /** Number of resource, data and provider blocks checked. */
  checked: number;
}

// Terraform meta-arguments and cdktf's metadata key are valid on every resource.
const META_ARGUMENTS = new Set(["//", "count", "for_each", "depends_on", "provider", "lifecycle", "connection", "provisioner"]);

interface ProviderIndex {
  /** Local name used in `provider` blocks and type prefixes, e.g. "tencentcloud". */
  localName: string;
  schema: ProviderSchemaDocument["provider_schemas"][string];
}

function indexProviders(schemas: ProviderSchemaDocument[]): ProviderIndex[] {
  return schemas.flatMap((doc) =>
    Object.entries(doc.provider_schemas).map(([fqpn, schema]) => ({
      localName: fqpn.split("/").pop() ?? fqpn,
      schema,
    })),
  );
}

function checkBlock(body: unknown, block: SchemaBlock, path: string, out: SchemaViolation[], topLevel: boolean): void {
  if (typeof body !== "object" || body === null || Array.isArray(body)) {
    out.push({ path, message: "must be an object" });
    return;
  }
  const attributes = block.attributes ?? {};
  const nested = block.block_types ?? {};
  for (const [key, value] of Object.entries(body as Record<string, unknown>)) {
    const here = `${path}.${key}`;
    if (topLevel && META_ARGUMENTS.has(key)) continue;
    const attribute = attributes[key];
    if (attribute) {
      if (attribute.computed && !attribute.optional && !attribute.required) {
        out.push({ path: here, message: "is computed by the provider and cannot be set" });
        continue;
      }
      const mismatch = typeMismatch(value, attribute.type);
      if (mismatch) out.push({ path: here, message: `type mismatch: ${mismatch}` });
      continue;
    }
    const nestedBlock = nested[key];
    if (nestedBlock) {
      checkNestedBlock(value, nestedBlock, here, out);
      continue;
    }
    out.push({ path: here, message: "is not an attribute or block of this type" });
  }
  const present = body as Record<string, unknown>;
  for (const [key, attribute] of Object.entries(attributes)) {
    if (attribute.required && (present[key] === undefined || present[key] === null)) {
      out.push({ path: `${path}.${key}`, message: "is required but missing" });
    }
  }
  for (const [key, nestedBlock] of Object.entries(nested)) {
    if ((nestedBlock.min_items ?? 0) > 0 && present[key] === undefined) {
      out.push({ path: `${path}.${key}`, message: `needs at least ${nestedBlock.min_items} block(s)` });
    }
  }
}

function checkNestedBlock(value: unknown, nested: SchemaNestedBlock, path: string, out: SchemaViolation[]): void {
  if (nested.nesting_mode === "single" || nested.nesting_mode === "group") {
    // cdktf emits single blocks as an object (sometimes a one-element list).
    const items = Array.isArray(value) ? value : [value];
    if (items.length > 1) out.push({ path, message: "is a single block but has several" });
    items.forEach((item, i) => checkBlock(item, nested.block, items.length > 1 ? `${path}[${i}]` : path, out, false));
    return;
  }
  if (nested.nesting_mode === "map") {
    if (typeof value !== "object" || value === null || Array.isArray(value)) {
      out.push({ path, message: "must be a map of blocks" });
      return;
    }
    for (const [key, item] of Object.entries(value)) checkBlock(item, nested.block, `${path}.${key}`, out, false);
    return;
  }
  const items = Array.isArray(value) ? value : [value];
  const min = nested.min_items ?? 0;
  const max = nested.max_items ?? Infinity;
  if (items.length < min || items.length > max) {
    out.push({
      path,
      message: `has ${items.length} block(s); the schema allows ${min}–${max === Infinity ? "any" : max}`,
    });
  }
  items.forEach((item, i) => checkBlock(item, nested.block, `${path}[${i}]`, out, false));
}

/** Checks every provider, resource and data block in one synthesized stack document. */
export function checkSynthesizedStack(stack: unknown, schemas: ProviderSchemaDocument[]): SchemaCheckResult {
  const providers = indexProviders(schemas);
  const result: SchemaCheckResult = { violations: [], unchecked: [], checked: 0 };
  const doc = stack as Record<string, Record<string, unknown>>;
  const providerFor = (type: string) => providers.find((p) => type === p.localName || type.startsWith(`${p.localName}_`));

  for (const [name, configs] of Object.entries(doc.provider ?? {})) {
    const provider = providerFor(name);
    if (!provider) {
      result.unchecked.push(`provider.${name}`);
      continue;
    }
    const list = Array.isArray(configs) ? configs : [configs];
    list.forEach((config, i) => {
      const { alias: _alias, ...body } = config as Record<string, unknown>;
      checkBlock(body, provider.schema.provider.block, `provider.${name}[${i}]`, result.violations, true);
      result.checked += 1;
    });
  }

  for (const [section, kind] of [
    ["resource", "resource_schemas"],
    ["data", "data_source_schemas"],
  ] as const) {
    for (const [type, instances] of Object.entries(doc[section] ?? {})) {
      const provider = providerFor(type);
      if (!provider) {
        result.unchecked.push(`${section}.${type}`);
        continue;
      }
      const entry = provider.schema[kind]?.[type];
      for (const [name, body] of Object.entries(instances as Record<string, unknown>)) {
        const path = `${section}.${type}.${name}`;
        result.checked += 1;
        if (!entry) {
          result.violations.push({ path, message: `the provider schema has no ${section} type "${type}"` });
          continue;
        }
        checkBlock(body, entry.block, path, result.violations, true);
      }
    }
  }
  checkImports(doc, result);
  return result;
}

function checkImports(doc: Record<string, unknown>, result: SchemaCheckResult): void {
  const imports = doc.import;
  if (imports === undefined) return;
  if (!Array.isArray(imports)) {
    result.violations.push({ path: "import", message: "must be a list of import blocks" });
    return;
  }
  const resources = (doc.resource ?? {}) as Record<string, Record<string, unknown>>;
  const seen = new Set<string>();
  imports.forEach((block: unknown, i) => {
    const path = `import[${i}]`;
    const { to, id, provider, ...rest } = (block ?? {}) as Record<string, unknown>;
    for (const key of Object.keys(rest))
      result.violations.push({ path: `${path}.${key}`, message: "is not an argument of an import block (to, id, provider)" });
    if (provider !== undefined && typeof provider !== "string")
      result.violations.push({ path: `${path}.provider`, message: "must be a provider reference" });
    if (typeof to !== "string" || !/^[a-z0-9_]+\.[A-Za-z0-9_-]+$/.test(to)) {
      result.violations.push({ path: `${path}.to`, message: "must be a resource address <type>.<name>" });
      return;
    }
    const [type, name] = to.split(".") as [string, string];
    if (!resources[type]?.[name])
      result.violations.push({ path: `${path}.to`, message: `${to} is not a resource of this stack` });
    if (seen.has(to)) result.violations.push({ path: `${path}.to`, message: `${to} is imported twice` });
    seen.add(to);
    const idPattern = IMPORTABLE_TYPES[type];
    if (!idPattern)
      result.violations.push({ path: `${path}.to`, message: `the provider cannot import ${type} (no import support known)` });
    else if (typeof id !== "string" || !idPattern.test(id))
      result.violations.push({
        path: `${path}.id`,
        message: `${JSON.stringify(id)} is not an id ${type} imports (${idPattern.source})`,
      });
    result.checked += 1;
  });
}

export function formatViolations(violations: readonly SchemaViolation[]): string {
  return violations.map((v) => `${v.path}: ${v.message}`).join("\n");
}
