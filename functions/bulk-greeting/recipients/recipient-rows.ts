// Opens a recipients file by format (CSV or XLSX, decided by the file's first bytes, then its
// extension) and yields its data rows, dropping the console template's header row if present.
import { open } from "node:fs/promises";
import { extname } from "node:path";
import { readCsvRows } from "./csv-rows";
import { RecipientFileError, type RecipientRow } from "./recipient-file-error";
import { readXlsxRows } from "./xlsx-rows";

export type RecipientFormat = "csv" | "xlsx";

export async function detectFormat(path: string): Promise<RecipientFormat> {
  let handle;
  try {
    handle = await open(path, "r");
  } catch {
    throw new RecipientFileError("FileNotFound", `cannot open recipients file ${path}`);
  }
  try {
    const head = Buffer.alloc(4);
    const { bytesRead } = await handle.read(head, 0, 4, 0);
    if (bytesRead === 0) throw new RecipientFileError("EmptyFile", "the recipients file is empty");
    if (head[0] === 0x50 && head[1] === 0x4b) return "xlsx";
    const ext = extname(path).toLowerCase();
    if (ext === ".xls")
      throw new RecipientFileError("UnsupportedFormat", "legacy .xls is not supported; save as .xlsx or CSV UTF-8");
    if (ext === ".xlsx") throw new RecipientFileError("MalformedXlsx", "the file is named .xlsx but is not a zip archive");
    if ((head[0] === 0xff && head[1] === 0xfe) || (head[0] === 0xfe && head[1] === 0xff)) {
      throw new RecipientFileError("BadEncoding", 'the file is UTF-16; save it as "CSV UTF-8"', 1);
    }
    return "csv";
  } finally {
    await handle.close();
  }
}

/** Data rows of the file, header removed. A header is a first row whose phone cell has no digit. */
export async function* readRecipientRows(path: string, onFraction?: (fraction: number) => void): AsyncGenerator<RecipientRow> {
  const kind = await detectFormat(path);
  const rows = kind === "xlsx" ? readXlsxRows(path, onFraction) : readCsvRows(path, onFraction);
  let first = true;
  for await (const row of rows) {
    if (first) {
      first = false;
      if (!/\d/.test(row.cells[0] ?? "")) continue;
    }
    yield row;
  }
}
