// `node scripts/compare-synth.mjs <cdktf.out A> <cdktf.out B>`: exits 0 when two synth outputs
// describe the same infrastructure, apart from the framework's own metadata. Used by
// scripts/check-cdk-terrain.sh to prove a CDK Terrain synth equals the cdktf one.
//
// What counts as equal, file by file (the same set of files on both sides):
// - JSON (cdk.tf.json, manifest.json): equal after parsing, with the framework's version stamps
//   removed (`//.metadata.version` in a stack, `version` in the manifest). Byte differences that
//   parse to the same value (cdktf 0.21 prints an empty array as "[\n ]", CDK Terrain as "[]") are
//   counted and reported, not failed.
// - zip assets: the same entries with the same bytes once inflated. The deflate stream itself
//   depends on the zlib of the Node that ran the synth, not on the framework.
// - anything else: byte for byte.
import { Buffer } from "node:buffer";
import { readFileSync, readdirSync, statSync } from "node:fs";
import { isDeepStrictEqual } from "node:util";
import { inflateRawSync } from "node:zlib";
import { join, relative } from "node:path";

function listFiles(dir) {
  return readdirSync(dir).flatMap((name) => {
    const full = join(dir, name);
    return statSync(full).isDirectory() ? listFiles(full) : [full];
  });
}

function withoutFrameworkStamps(file, value) {
  if (file === "manifest.json") {
    const { version: _version, ...rest } = value;
    return rest;
  }
  if (value?.["//"]?.metadata) {
    const { version: _version, ...metadata } = value["//"].metadata;
    return { ...value, "//": { ...value["//"], metadata } };
  }
  return value;
}

/** Entries of a zip as name → inflated bytes (stored or deflated entries; what our zips hold). */
function zipEntries(buffer) {
  const entries = new Map();
  let eocd = buffer.length - 22;
  while (eocd >= 0 && buffer.readUInt32LE(eocd) !== 0x06054b50) eocd--;
  if (eocd < 0) throw new Error("not a zip archive");
  const count = buffer.readUInt16LE(eocd + 10);
  let at = buffer.readUInt32LE(eocd + 16);
  for (let i = 0; i < count; i++) {
    const method = buffer.readUInt16LE(at + 10);
    const compressedSize = buffer.readUInt32LE(at + 20);
    const nameLength = buffer.readUInt16LE(at + 28);
    const extraLength = buffer.readUInt16LE(at + 30);
    const commentLength = buffer.readUInt16LE(at + 32);
    const localOffset = buffer.readUInt32LE(at + 42);
    const name = buffer.toString("utf8", at + 46, at + 46 + nameLength);
    const dataStart = localOffset + 30 + buffer.readUInt16LE(localOffset + 26) + buffer.readUInt16LE(localOffset + 28);
    const data = buffer.subarray(dataStart, dataStart + compressedSize);
    entries.set(name, method === 0 ? Buffer.from(data) : inflateRawSync(data));
    at += 46 + nameLength + extraLength + commentLength;
  }
  return entries;
}

function sameZip(a, b) {
  const left = zipEntries(a);
  const right = zipEntries(b);
  return left.size === right.size && [...left].every(([name, bytes]) => right.get(name)?.equals(bytes));
}

export function compareSynth(dirA, dirB) {
  const filesA = listFiles(dirA)
    .map((f) => relative(dirA, f))
    .sort();
  const filesB = listFiles(dirB)
    .map((f) => relative(dirB, f))
    .sort();
  const problems = [];
  const onlyA = filesA.filter((f) => !filesB.includes(f));
  const onlyB = filesB.filter((f) => !filesA.includes(f));
  for (const f of onlyA) problems.push(`only in ${dirA}: ${f}`);
  for (const f of onlyB) problems.push(`only in ${dirB}: ${f}`);
  let formattingOnly = 0;
  let identical = 0;
  for (const file of filesA.filter((f) => filesB.includes(f))) {
    const a = readFileSync(join(dirA, file));
    const b = readFileSync(join(dirB, file));
    if (a.equals(b)) {
      identical++;
      continue;
    }
    if (file.endsWith(".json")) {
      const base = file.split("/").pop();
      const left = withoutFrameworkStamps(base, JSON.parse(a.toString("utf8")));
      const right = withoutFrameworkStamps(base, JSON.parse(b.toString("utf8")));
      if (isDeepStrictEqual(left, right)) formattingOnly++;
      else problems.push(`differs beyond the framework's metadata: ${file}`);
    } else if (file.endsWith(".zip")) {
      if (!sameZip(a, b)) problems.push(`zip entries differ: ${file}`);
    } else {
      problems.push(`differs: ${file}`);
    }
  }
  return { problems, files: filesA.length, identical, formattingOnly };
}

if (process.argv[1] && import.meta.url.endsWith(process.argv[1].split("/").pop())) {
  const [dirA, dirB] = process.argv.slice(2);
  if (!dirA || !dirB) {
    console.error("usage: node scripts/compare-synth.mjs <synth output A> <synth output B>");
    process.exit(2);
  }
  const { problems, files, identical, formattingOnly } = compareSynth(dirA, dirB);
  if (problems.length > 0) {
    console.error(`synth outputs differ:\n  ${problems.join("\n  ")}`);
    process.exit(1);
  }
  console.log(
    `synth outputs match: ${files} files, ${identical} byte-identical, ${formattingOnly} JSON equal apart from the framework's version stamp and whitespace, the rest zips with identical entries`,
  );
}
