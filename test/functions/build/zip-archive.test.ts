// The in-process zip writer behind every function asset: readable by an independent zip reader
// (yauzl, which checks CRCs and sizes while inflating), byte-for-byte reproducible, and carrying
// Unix file permissions SCF can read.
import { randomBytes } from "node:crypto";
import { crc32 as zlibCrc32 } from "node:zlib";
import yauzl from "yauzl";
import { crc32, zipArchive } from "../../../functions/build/zip-archive";

function readZip(zip: Buffer): Promise<{ name: string; data: Buffer; mode: number; modified: Date }[]> {
  return new Promise((resolve, reject) => {
    yauzl.fromBuffer(zip, { lazyEntries: true, validateEntrySizes: true }, (error, file) => {
      if (error || !file) return reject(error);
      const entries: { name: string; data: Buffer; mode: number; modified: Date }[] = [];
      file.on("entry", (entry: yauzl.Entry) => {
        file.openReadStream(entry, (streamError, stream) => {
          if (streamError || !stream) return reject(streamError);
          const chunks: Buffer[] = [];
          stream.on("data", (chunk: Buffer) => chunks.push(chunk));
          stream.on("error", reject);
          stream.on("end", () => {
            entries.push({
              name: entry.fileName,
              data: Buffer.concat(chunks),
              mode: (entry.externalFileAttributes >>> 16) & 0o777,
              modified: entry.getLastModDate(),
            });
            file.readEntry();
          });
        });
      });
      file.on("end", () => resolve(entries));
      file.on("error", reject);
      file.readEntry();
    });
  });
}

it("writes entries an independent reader inflates back to the same bytes, as rw-r--r-- files", async () => {
  const code = Buffer.from("exports.main_handler = async () => ({ ok: true });\n".repeat(2000));
  const noise = randomBytes(70_000);
  const entries = await readZip(
    zipArchive([
      { name: "index.js", data: code },
      { name: "data/blob.bin", data: noise },
    ]),
  );
  expect(entries.map((e) => e.name)).toEqual(["index.js", "data/blob.bin"]);
  expect(entries[0].data.equals(code)).toBe(true);
  expect(entries[1].data.equals(noise)).toBe(true);
  expect(entries.map((e) => e.mode)).toEqual([0o644, 0o644]);
});

it("gives the same bytes for the same input (no build time inside), and compresses", () => {
  const code = Buffer.from("const a = 1;\n".repeat(10_000));
  const first = zipArchive([{ name: "index.js", data: code }]);
  expect(zipArchive([{ name: "index.js", data: code }]).equals(first)).toBe(true);
  expect(first.length).toBeLessThan(code.length / 10);
});

it("computes the IEEE CRC-32 zip requires", () => {
  const data = randomBytes(10_000);
  expect(crc32(Buffer.from("123456789"))).toBe(0xcbf43926);
  if (typeof zlibCrc32 === "function") expect(crc32(data)).toBe(zlibCrc32(data));
});
