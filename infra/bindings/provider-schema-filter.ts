// Cuts the full `terraform providers schema -json` output of the tencentcloud provider down to the
// types listed in provider-types.ts. The filtered schema is committed next to the bindings so that
// regeneration and the synth-time schema check work on a clean clone without the 40 MB original.
import { TENCENTCLOUD_DATA_SOURCE_TYPES, TENCENTCLOUD_PROVIDER, TENCENTCLOUD_RESOURCE_TYPES } from "./provider-types";

/** The subset of `terraform providers schema -json` this project reads. */
export interface ProviderSchemaDocument {
  format_version: string;
  provider_schemas: Record<string, ProviderSchemaEntry>;
  provider_versions?: Record<string, string>;
}

export interface ProviderSchemaEntry {
  provider: SchemaEntry;
  resource_schemas?: Record<string, SchemaEntry>;
  data_source_schemas?: Record<string, SchemaEntry>;
}

export interface SchemaEntry {
  version?: number;
  block: SchemaBlock;
}

export interface SchemaBlock {
  attributes?: Record<string, SchemaAttribute>;
  block_types?: Record<string, SchemaNestedBlock>;
  [other: string]: unknown;
}

export interface SchemaAttribute {
  type?: unknown;
  required?: boolean;
  optional?: boolean;
  computed?: boolean;
  sensitive?: boolean;
  [other: string]: unknown;
}

export interface SchemaNestedBlock {
  nesting_mode: "single" | "list" | "set" | "map" | "group";
  block: SchemaBlock;
  min_items?: number;
  max_items?: number;
}

function pick(
  from: Record<string, SchemaEntry> | undefined,
  names: readonly string[],
  kind: string,
): Record<string, SchemaEntry> {
  const picked: Record<string, SchemaEntry> = {};
  for (const name of [...names].sort()) {
    const entry = from?.[name];
    if (!entry) throw new Error(`tencentcloud schema has no ${kind} type "${name}"`);
    picked[name] = entry;
  }
  return picked;
}

/** Returns a new schema document holding only the provider block and the listed types. */
export function filterTencentcloudSchema(full: ProviderSchemaDocument): ProviderSchemaDocument {
  const provider = full.provider_schemas[TENCENTCLOUD_PROVIDER.fqpn];
  if (!provider) throw new Error(`schema has no provider ${TENCENTCLOUD_PROVIDER.fqpn}`);
  return {
    format_version: full.format_version,
    provider_schemas: {
      [TENCENTCLOUD_PROVIDER.fqpn]: {
        provider: provider.provider,
        resource_schemas: pick(provider.resource_schemas, TENCENTCLOUD_RESOURCE_TYPES, "resource"),
        data_source_schemas: pick(provider.data_source_schemas, TENCENTCLOUD_DATA_SOURCE_TYPES, "data source"),
      },
    },
  };
}
