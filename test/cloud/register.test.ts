// The register of names the cloud interprets (cloud/): every entry says where it comes from — a
// documentation URL or a path in the provider's source — and the operations checklist covers the
// services whose names only the documentation vouches for.
import { readdirSync, readFileSync } from "node:fs";
import { join, resolve } from "node:path";

const CLOUD = resolve(__dirname, "..", "..", "cloud");

/** Every object with a `source` or a `name` under a module's exports, with its path. */
function entries(value: unknown, path: string, found: Array<{ path: string; entry: Record<string, unknown> }>, depth = 0): void {
  if (depth > 5 || value === null || typeof value !== "object") return;
  const record = value as Record<string, unknown>;
  if ("source" in record || ("name" in record && typeof record.name === "string")) found.push({ path, entry: record });
  for (const [key, child] of Object.entries(record)) if (key !== "source") entries(child, `${path}.${key}`, found, depth + 1);
}

describe("cloud/ register", () => {
  const files = readdirSync(CLOUD).filter((f) => f.endsWith(".ts") && f !== "source.ts");

  it.each(files)("%s: every entry cites a document URL or the provider source", (file) => {
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const exported = require(join(CLOUD, file)) as Record<string, unknown>;
    const found: Array<{ path: string; entry: Record<string, unknown> }> = [];
    for (const [name, value] of Object.entries(exported)) entries(value, name, found);
    expect(found.length).toBeGreaterThan(0);
    for (const { path, entry } of found) {
      expect({ path, source: entry.source }).toEqual({
        path,
        source: expect.stringMatching(/(https:\/\/|provider:tencentcloud\/)/),
      });
    }
  });

  it("the first apply checklist in docs/operations.md names every register file with a confirm note", () => {
    const operations = readFileSync(resolve(CLOUD, "..", "docs", "operations.md"), "utf8");
    const checklist = operations.slice(operations.indexOf("## First apply checklist"));
    for (const file of files) {
      if (!readFileSync(join(CLOUD, file), "utf8").includes("confirm:")) continue;
      expect({ file, listed: checklist.includes(`cloud/${file}`) }).toEqual({ file, listed: true });
    }
  });
});
