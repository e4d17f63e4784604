// A 30 MB recipients file is validated by streaming: the child process gets a 48 MB old-space
// heap (far less than the file plus its rows would need if it were loaded whole) and its peak
// heap/RSS growth over the baseline is bounded.
import { execFile } from "node:child_process";
import { mkdtempSync, rmSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { promisify } from "node:util";
import { writeLargeRecipientsCsv } from "./fixtures/large-recipients";

const run = promisify(execFile);
const dir = mkdtempSync(join(tmpdir(), "recipients-30mb-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

it("validates a 30 MB CSV with bounded memory and counts every row", async () => {
  const file = join(dir, "members.csv");
  const rows = await writeLargeRecipientsCsv(file, 30 * 2 ** 20);
  expect(statSync(file).size).toBeGreaterThanOrEqual(30 * 2 ** 20);
  const probe = resolve(__dirname, "fixtures/measure-validation.ts");
  const { stdout } = await run(process.execPath, ["--max-old-space-size=48", "--expose-gc", "--import", "tsx", probe, file], {
    cwd: resolve(__dirname, "../../.."),
    maxBuffer: 1 << 20,
  });
  const result = JSON.parse(stdout.trim().split("\n").pop()!);
  expect(result).toMatchObject({ rows, valid: rows, usable: true, fatal: null });
  expect(result.heapGrowthMb).toBeLessThan(40);
  expect(result.rssGrowthMb).toBeLessThan(160);
}, 120_000);
