// The committed tencentcloud bindings must be exactly what `npm run gen:providers` produces from
// the committed filtered schema, and that schema exactly the filter of the committed full provider
// schema, so `npm run gen:providers` works from a clean clone.
import { execFileSync } from "node:child_process";
import { mkdtempSync, readFileSync, readdirSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, relative, resolve } from "node:path";
import { gunzipSync } from "node:zlib";
import { formatSchemaDocument, readFilteredSchema, FILTERED_SCHEMA_PATH } from "../../infra/bindings/filtered-schema";
import { BINDINGS_DIR, generateBindings } from "../../infra/bindings/generate-bindings";
import { filterTencentcloudSchema, ProviderSchemaDocument } from "../../infra/bindings/provider-schema-filter";
import {
  FULL_PROVIDER_SCHEMA_PATH,
  RANDOM_PROVIDER,
  RANDOM_RESOURCE_TYPES,
  RANDOM_SCHEMA_PATH,
  TENCENTCLOUD_PROVIDER,
  TENCENTCLOUD_RESOURCE_TYPES,
} from "../../infra/bindings/provider-types";

function listFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = join(dir, name);
    return statSync(full).isDirectory() ? listFiles(full) : [full];
  });
}

describe("generated provider bindings", () => {
  it("regenerate byte-for-byte from the committed filtered schema", async () => {
    const outDir = mkdtempSync(join(tmpdir(), "tencentcloud-bindings-"));
    await generateBindings(readFilteredSchema(), outDir);
    const fresh = listFiles(outDir)
      .map((f) => relative(outDir, f))
      .sort();
    const committed = listFiles(BINDINGS_DIR)
      .map((f) => relative(BINDINGS_DIR, f))
      .sort();
    expect(committed).toEqual(fresh);
    const differing = fresh.filter((f) => !readFileSync(join(outDir, f)).equals(readFileSync(join(BINDINGS_DIR, f))));
    expect(differing).toEqual([]);
  });

  it("cover exactly the listed resource types", () => {
    const providerDirs = readdirSync(join(BINDINGS_DIR, "providers", "tencentcloud"))
      .filter((n) => statSync(join(BINDINGS_DIR, "providers", "tencentcloud", n)).isDirectory())
      .filter((n) => n !== "provider");
    const expected = TENCENTCLOUD_RESOURCE_TYPES.map((t) => t.replace(/^tencentcloud_/, "").replace(/_/g, "-"));
    expect(providerDirs.sort()).toEqual([...expected].sort());
  });

  it("cover exactly the listed random types, from random's schema at the pinned version", () => {
    const randomDir = join(BINDINGS_DIR, "providers", "random");
    const dirs = readdirSync(randomDir).filter((n) => statSync(join(randomDir, n)).isDirectory() && n !== "provider");
    expect(dirs.sort()).toEqual(RANDOM_RESOURCE_TYPES.map((t) => t.replace(/^random_/, "").replace(/_/g, "-")).sort());
    const schema = JSON.parse(readFileSync(RANDOM_SCHEMA_PATH, "utf8")) as ProviderSchemaDocument;
    expect(Object.keys(schema.provider_schemas)).toEqual([RANDOM_PROVIDER.fqpn]);
    expect(readFileSync(join(randomDir, "provider", "index.ts"), "utf8")).toContain(
      `providerVersion: '${RANDOM_PROVIDER.version}'`,
    );
  });

  it("are committed in git (never hand-edited)", () => {
    const status = execFileSync("git", ["status", "--porcelain", "--", BINDINGS_DIR, FILTERED_SCHEMA_PATH, RANDOM_SCHEMA_PATH], {
      cwd: resolve(__dirname, "..", ".."),
      encoding: "utf8",
    });
    expect(status).toBe("");
  });

  it("the committed filtered schema holds exactly the listed types, as filtered from the full schema", () => {
    const filtered = readFilteredSchema();
    const resources = Object.values(filtered.provider_schemas)[0].resource_schemas ?? {};
    expect(Object.keys(resources).sort()).toEqual([...TENCENTCLOUD_RESOURCE_TYPES].sort());
    const full = JSON.parse(gunzipSync(readFileSync(FULL_PROVIDER_SCHEMA_PATH)).toString("utf8")) as ProviderSchemaDocument;
    expect(formatSchemaDocument(filterTencentcloudSchema(full))).toBe(readFileSync(FILTERED_SCHEMA_PATH, "utf8"));
  });

  it("the committed full schema is the complete provider (every resource type, not a subset)", () => {
    const full = JSON.parse(gunzipSync(readFileSync(FULL_PROVIDER_SCHEMA_PATH)).toString("utf8")) as ProviderSchemaDocument;
    const provider = full.provider_schemas[TENCENTCLOUD_PROVIDER.fqpn];
    expect(Object.keys(provider?.resource_schemas ?? {}).length).toBeGreaterThan(1000);
    expect(
      execFileSync("git", ["ls-files", "--error-unmatch", FULL_PROVIDER_SCHEMA_PATH], { cwd: resolve(__dirname, "..", "..") })
        .toString()
        .trim(),
    ).not.toBe("");
  });
});
