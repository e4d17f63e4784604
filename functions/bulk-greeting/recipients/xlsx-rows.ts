// Streaming XLSX reader for recipients files. An .xlsx is a zip; yauzl reads entries on demand and
// saxes parses the first worksheet's XML as it streams, so only the shared-strings table (the
// distinct texts of the workbook) is held in memory, never the sheet itself.
// Handles shared strings (t="s"), inline strings (t="inlineStr"), formula strings (t="str"),
// numbers and booleans; empty cells are filled so columns keep their position.
import { SaxesParser } from "saxes";
import * as yauzl from "yauzl";
import type { Readable } from "node:stream";
import { RecipientFileError, type RecipientRow } from "./recipient-file-error";

/** `onFraction` receives the share of the worksheet XML parsed so far (0..1). */
export async function* readXlsxRows(path: string, onFraction?: (fraction: number) => void): AsyncGenerator<RecipientRow> {
  const zip = await openZip(path);
  try {
    const entries = await listEntries(zip);
    const sheetName = firstWorksheet(entries);
    const sharedStrings = entries.has("xl/sharedStrings.xml")
      ? await readSharedStrings(await openEntry(zip, entries.get("xl/sharedStrings.xml")!))
      : [];
    const sheet = entries.get(sheetName)!;
    const total = sheet.uncompressedSize || 1;
    let read = 0;
    const stream = await openEntry(zip, sheet);
    if (onFraction) stream.on("data", (chunk: Buffer) => onFraction(Math.min(1, (read += chunk.length) / total)));
    yield* readSheet(stream, sharedStrings);
  } finally {
    zip.close();
  }
}

function openZip(path: string): Promise<yauzl.ZipFile> {
  return new Promise((resolve, reject) => {
    yauzl.open(path, { lazyEntries: true, autoClose: false }, (error, zip) => {
      if (error || !zip)
        reject(new RecipientFileError("MalformedXlsx", `not a readable .xlsx (zip) file: ${error?.message ?? "unknown"}`));
      else resolve(zip);
    });
  });
}

function listEntries(zip: yauzl.ZipFile): Promise<Map<string, yauzl.Entry>> {
  return new Promise((resolve, reject) => {
    const entries = new Map<string, yauzl.Entry>();
    zip.on("entry", (entry: yauzl.Entry) => {
      entries.set(entry.fileName, entry);
      zip.readEntry();
    });
    zip.once("end", () => resolve(entries));
    zip.once("error", (error: Error) => reject(new RecipientFileError("MalformedXlsx", `corrupt zip: ${error.message}`)));
    zip.readEntry();
  });
}

// The console's template has one sheet; take sheet1 when present, otherwise the first by name.
function firstWorksheet(entries: Map<string, yauzl.Entry>): string {
  if (entries.has("xl/worksheets/sheet1.xml")) return "xl/worksheets/sheet1.xml";
  const sheets = [...entries.keys()].filter((name) => /^xl\/worksheets\/[^/]+\.xml$/.test(name)).sort();
  if (sheets.length === 0) throw new RecipientFileError("MalformedXlsx", "the workbook has no worksheet");
  return sheets[0];
}

function openEntry(zip: yauzl.ZipFile, entry: yauzl.Entry): Promise<Readable> {
  return new Promise((resolve, reject) => {
    zip.openReadStream(entry, (error, stream) => {
      if (error || !stream) reject(new RecipientFileError("MalformedXlsx", `cannot read ${entry.fileName}: ${error?.message}`));
      else resolve(stream);
    });
  });
}

async function readSharedStrings(stream: Readable): Promise<string[]> {
  const strings: string[] = [];
  const parser = new SaxesParser();
  let current: string | undefined;
  let inText = false;
  let depthInRuby = 0;
  parser.on("opentag", (tag) => {
    if (tag.name === "si") current = "";
    else if (tag.name === "rPh")
      depthInRuby++; // phonetic hints are not part of the text
    else if (tag.name === "t" && depthInRuby === 0) inText = true;
  });
  parser.on("closetag", (tag) => {
    if (tag.name === "si") {
      strings.push(current ?? "");
      current = undefined;
    } else if (tag.name === "rPh") depthInRuby--;
    else if (tag.name === "t") inText = false;
  });
  parser.on("text", (text) => {
    if (inText && current !== undefined) current += text;
  });
  await feed(parser, stream);
  return strings;
}

async function* readSheet(stream: Readable, sharedStrings: string[]): AsyncGenerator<RecipientRow> {
  const parser = new SaxesParser();
  const ready: RecipientRow[] = [];
  let rowNumber = 0;
  let cells: string[] = [];
  let cellColumn = 0;
  let cellType = "n";
  let cellText = "";
  let collecting = false;
  parser.on("opentag", (tag) => {
    const attrs = tag.attributes as Record<string, string>;
    if (tag.name === "row") {
      rowNumber = attrs.r ? Number(attrs.r) : rowNumber + 1;
      cells = [];
      cellColumn = 0;
    } else if (tag.name === "c") {
      cellColumn = attrs.r ? columnIndex(attrs.r) : cellColumn + 1;
      cellType = attrs.t ?? "n";
      cellText = "";
    } else if (tag.name === "v" || (tag.name === "t" && cellType === "inlineStr")) {
      collecting = true;
    }
  });
  parser.on("text", (text) => {
    if (collecting) cellText += text;
  });
  parser.on("closetag", (tag) => {
    if (tag.name === "v" || tag.name === "t") collecting = false;
    else if (tag.name === "c") {
      while (cells.length < cellColumn - 1) cells.push("");
      cells[cellColumn - 1] = cellValue(cellType, cellText, sharedStrings, rowNumber);
    } else if (tag.name === "row") {
      if (cells.some((cell) => cell.trim() !== "")) ready.push({ line: rowNumber, cells });
    }
  });
  try {
    const decoder = new TextDecoder("utf-8");
    for await (const chunk of stream as AsyncIterable<Buffer>) {
      parser.write(decoder.decode(chunk, { stream: true }));
      while (ready.length > 0) yield ready.shift()!;
    }
    parser.write(decoder.decode());
    parser.close();
  } catch (error) {
    if (error instanceof RecipientFileError) throw error;
    throw new RecipientFileError("MalformedXlsx", `worksheet XML is broken: ${(error as Error).message}`, rowNumber || undefined);
  } finally {
    stream.destroy();
  }
  while (ready.length > 0) yield ready.shift()!;
}

function cellValue(type: string, text: string, sharedStrings: string[], row: number): string {
  if (type === "s") {
    const value = sharedStrings[Number(text)];
    if (value === undefined) throw new RecipientFileError("MalformedXlsx", `cell refers to missing shared string ${text}`, row);
    return value;
  }
  if (type === "b") return text === "1" ? "TRUE" : "FALSE";
  return text;
}

/** "C12" → 3 */
function columnIndex(reference: string): number {
  let index = 0;
  for (const ch of reference) {
    const code = ch.charCodeAt(0);
    if (code < 65 || code > 90) break;
    index = index * 26 + (code - 64);
  }
  return index;
}

async function feed(parser: SaxesParser, stream: Readable): Promise<void> {
  try {
    // Decode across chunk boundaries correctly: a multi-byte character may be split between chunks.
    const decoder = new TextDecoder("utf-8");
    for await (const chunk of stream as AsyncIterable<Buffer>) parser.write(decoder.decode(chunk, { stream: true }));
    parser.write(decoder.decode());
    parser.close();
  } catch (error) {
    throw new RecipientFileError("MalformedXlsx", `shared strings XML is broken: ${(error as Error).message}`);
  }
}
