// The deployable artefact: the zip cdktf writes for the function holds one index.js that exports
// main_handler (the SCF handler `index.main_handler`). Its size is printed for the report.
import AdmZip from "adm-zip";
import { Testing } from "../../infra/framework";
import { createHash } from "node:crypto";
import { mkdtempSync, readdirSync, statSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { synthStack, variant } from "./support/environment-fixtures";

function findZips(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = join(dir, entry.name);
    if (entry.isDirectory()) return findZips(full);
    return entry.name.endsWith(".zip") ? [full] : [];
  });
}

describe("function asset", () => {
  // Without campaigns, so the one asset is the verification function's (the bulk-greeting asset is
  // covered by campaign-function-asset.test.ts).
  const { stack, template } = synthStack(
    variant((s) => {
      delete s.campaigns;
    }),
  );
  const outdir = Testing.fullSynth(stack);
  const zips = findZips(join(outdir, "stacks", "dev", "assets"));

  it("is one zip, referenced by the function's zip_file", () => {
    expect(zips).toHaveLength(1);
    const zipFile = template.resource("tencentcloud_scf_function").zip_file as string;
    expect(join(outdir, "stacks", "dev", zipFile)).toBe(zips[0]);
  });

  it("contains only index.js, which exports main_handler", () => {
    const zip = new AdmZip(zips[0]);
    expect(zip.getEntries().map((e) => e.entryName)).toEqual(["index.js"]);
    const code = zip.readFile("index.js");
    expect(code).not.toBeNull();
    const dir = mkdtempSync(join(tmpdir(), "scf-asset-"));
    writeFileSync(join(dir, "index.js"), code as Buffer);
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const loaded = require(join(dir, "index.js")) as Record<string, unknown>;
    expect(typeof loaded.main_handler).toBe("function");
    // The path's hash is the MD5 of index.js, what cdktf computed when it zipped the directory
    // itself: moving the zipping in-process changed no asset path.
    const md5 = createHash("md5")
      .update(code as Buffer)
      .digest("hex")
      .toUpperCase();
    expect(template.resource("tencentcloud_scf_function").zip_file).toBe(`assets/verification_code_7643B73D/${md5}/archive.zip`);
    // What is measured is what was built: the archived file is esbuild's output, byte for byte.
    expect((code as Buffer).length).toBe(stack.verification.bundleBytes);
    expect(statSync(zips[0]).size).toBeLessThan((code as Buffer).length);
  });
});
