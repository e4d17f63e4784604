// scripts/compare-synth.mjs, which the CDK Terrain step of .ci/run relies on to say "the same
// stacks": it must accept what legitimately differs between frameworks (the version stamp, JSON
// whitespace, the deflate stream of a zip) and fail on anything else.
import AdmZip from "adm-zip";
import { spawnSync } from "node:child_process";
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join, resolve } from "node:path";
import { zipArchive } from "../../functions/build/zip-archive";

const SCRIPT = resolve(__dirname, "..", "..", "scripts", "compare-synth.mjs");
const work = mkdtempSync(join(tmpdir(), "compare-synth-"));
afterAll(() => rmSync(work, { recursive: true, force: true }));

const stack = (version: string, extra: Record<string, unknown> = {}) => ({
  "//": { metadata: { backend: "local", stackName: "dev", version } },
  resource: { tencentcloud_vpc: { vpc: { cidr_block: "10.10.0.0/16", tags: {}, ...extra } } },
});

let counter = 0;
/** Writes a synth output directory: stack JSON (cdktf's or cdktn's printing), manifest, one zip. */
function output(files: Record<string, string | Buffer>): string {
  const dir = join(work, `out-${counter++}`);
  for (const [path, content] of Object.entries(files)) {
    mkdirSync(dirname(join(dir, path)), { recursive: true });
    writeFileSync(join(dir, path), content);
  }
  return dir;
}

const code = Buffer.from("exports.main_handler = async () => ({ statusCode: 200 });\n");
const ours = zipArchive([{ name: "index.js", data: code }]);
const otherDeflate = (() => {
  const zip = new AdmZip();
  zip.addFile("index.js", code);
  return zip.toBuffer();
})();

function compare(a: string, b: string) {
  const run = spawnSync(process.execPath, [SCRIPT, a, b], { encoding: "utf8" });
  return { status: run.status, output: `${run.stdout}${run.stderr}` };
}

const cdktf = output({
  "manifest.json": JSON.stringify({ version: "0.21.0", stacks: { dev: { dependencies: [] } } }, null, 2),
  "stacks/dev/cdk.tf.json": JSON.stringify(stack("0.21.0"), null, 2).replace("{}", "{\n      }"),
  "stacks/dev/assets/code/archive.zip": ours,
});

describe("compare-synth", () => {
  it("accepts the same stacks with another framework version stamp, JSON whitespace and zip compression", () => {
    const cdktn = output({
      "manifest.json": JSON.stringify({ version: "0.24.0", stacks: { dev: { dependencies: [] } } }, null, 2),
      "stacks/dev/cdk.tf.json": JSON.stringify(stack("0.24.0"), null, 2),
      "stacks/dev/assets/code/archive.zip": otherDeflate,
    });
    expect(ours.equals(otherDeflate)).toBe(false);
    const result = compare(cdktf, cdktn);
    expect(result).toEqual({ status: 0, output: expect.stringContaining("synth outputs match: 3 files") });
  });

  it("fails when a resource differs, naming the file", () => {
    const changed = output({
      "manifest.json": JSON.stringify({ version: "0.24.0", stacks: { dev: { dependencies: [] } } }, null, 2),
      "stacks/dev/cdk.tf.json": JSON.stringify(stack("0.24.0", { cidr_block: "10.20.0.0/16" }), null, 2),
      "stacks/dev/assets/code/archive.zip": ours,
    });
    expect(compare(cdktf, changed)).toEqual({
      status: 1,
      output: expect.stringContaining("beyond the framework's metadata: stacks/dev/cdk.tf.json"),
    });
  });

  it("fails when other metadata than the version stamp differs, or a zip holds other bytes, or a file is missing", () => {
    const otherBackend = stack("0.21.0");
    otherBackend["//"].metadata.backend = "cos";
    const variants: Record<string, string | Buffer>[] = [
      { "stacks/dev/cdk.tf.json": JSON.stringify(otherBackend, null, 2), "stacks/dev/assets/code/archive.zip": ours },
      {
        "stacks/dev/cdk.tf.json": JSON.stringify(stack("0.21.0"), null, 2),
        "stacks/dev/assets/code/archive.zip": zipArchive([
          { name: "index.js", data: Buffer.from("exports.main_handler = 1;\n") },
        ]),
      },
      { "stacks/dev/cdk.tf.json": JSON.stringify(stack("0.21.0"), null, 2) },
    ];
    for (const files of variants) {
      const other = output({
        "manifest.json": JSON.stringify({ version: "0.21.0", stacks: { dev: { dependencies: [] } } }, null, 2),
        ...files,
      });
      expect(compare(cdktf, other).status).toBe(1);
    }
  });
});
