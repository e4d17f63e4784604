// The bulk-greeting artefact: the dev stack ships two zips, one per function; the bulk-greeting
// one holds a single index.js bundled from functions/bulk-greeting/index.ts that exports
// main_handler (SCF handler `index.main_handler`). Its size is printed for the report.
import AdmZip from "adm-zip";
import { Testing } from "../../infra/framework";
import { mkdtempSync, readdirSync, statSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { BULK_GREETING_ENTRY_POINT } from "../../infra/constructs/bulk-greeting-function";
import { synthStack, variant } from "./support/environment-fixtures";

function findZips(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = join(dir, entry.name);
    if (entry.isDirectory()) return findZips(full);
    return entry.name.endsWith(".zip") ? [full] : [];
  });
}

describe("bulk-greeting function asset", () => {
  const { stack, template } = synthStack(variant(() => undefined));
  const outdir = Testing.fullSynth(stack);
  const zips = findZips(join(outdir, "stacks", "dev", "assets"));
  const bulkZipFile = template.named("tencentcloud_scf_function", "smsverify-dev-bulk-greeting").zip_file as string;
  const bulkZip = join(outdir, "stacks", "dev", bulkZipFile);

  it("is bundled from the real entry point, functions/bulk-greeting/index.ts", () => {
    expect(BULK_GREETING_ENTRY_POINT).toMatch(/functions[/\\]bulk-greeting[/\\]index\.ts$/);
    expect(stack.campaigns?.bulkGreeting.bundleBytes).toBeGreaterThan(0);
  });

  it("is one of two zips in the stack, each function referencing its own", () => {
    expect(zips).toHaveLength(2);
    const verificationZip = join(
      outdir,
      "stacks",
      "dev",
      template.named("tencentcloud_scf_function", "smsverify-dev-verification").zip_file as string,
    );
    expect([...zips].sort()).toEqual([bulkZip, verificationZip].sort());
  });

  it("contains only index.js, which exports main_handler", () => {
    const zip = new AdmZip(bulkZip);
    expect(zip.getEntries().map((e) => e.entryName)).toEqual(["index.js"]);
    const code = zip.readFile("index.js") as Buffer;
    expect(code).not.toBeNull();
    const dir = mkdtempSync(join(tmpdir(), "scf-bulk-asset-"));
    writeFileSync(join(dir, "index.js"), code);
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const loaded = require(join(dir, "index.js")) as Record<string, unknown>;
    expect(typeof loaded.main_handler).toBe("function");
    // What is measured is what was built: the archived file is esbuild's output, byte for byte.
    expect(code.length).toBe(stack.campaigns?.bulkGreeting.bundleBytes);
    expect(statSync(bulkZip).size).toBeLessThan(code.length);
  });
});
