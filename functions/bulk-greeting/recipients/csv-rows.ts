// Streaming CSV reader for recipients files: UTF-8 with or without BOM, RFC 4180 quoting
// (quoted fields may hold commas, doubled quotes and line breaks), CRLF or LF line ends.
// Reads the file chunk by chunk so a 30 MB file never sits in memory; the decoder is fatal so
// a file saved in GBK or UTF-16 fails with BadEncoding instead of producing mojibake numbers.
import { createReadStream, statSync } from "node:fs";
import { RecipientFileError, type RecipientRow } from "./recipient-file-error";

/** `onFraction` receives the share of the file read so far (0..1), for progress displays. */
export async function* readCsvRows(path: string, onFraction?: (fraction: number) => void): AsyncGenerator<RecipientRow> {
  const total = statSync(path).size || 1;
  let read = 0;
  // TextDecoder strips a leading UTF-8 BOM by default (ignoreBOM: false).
  const decoder = new TextDecoder("utf-8", { fatal: true });
  const parser = new CsvRecordParser();
  let line = 1;
  const decode = (chunk?: Buffer): string => {
    try {
      return chunk ? decoder.decode(chunk, { stream: true }) : decoder.decode();
    } catch {
      throw new RecipientFileError(
        "BadEncoding",
        'the file is not valid UTF-8 (save it as "CSV UTF-8")',
        parser.currentLine(line),
      );
    }
  };
  const stream = createReadStream(path, { highWaterMark: 256 * 1024 });
  try {
    for await (const chunk of stream as AsyncIterable<Buffer>) {
      const text = decode(chunk);
      read += chunk.length;
      onFraction?.(read / total);
      for (const row of parser.push(text)) yield row;
      line = parser.line;
    }
    const tail = decode();
    for (const row of parser.push(tail)) yield row;
    for (const row of parser.end()) yield row;
  } finally {
    stream.destroy();
  }
}

/** Incremental RFC 4180 state machine; `push` returns the records completed by that text. */
class CsvRecordParser {
  line = 1;
  private cells: string[] = [];
  private field = "";
  private inQuotes = false;
  private quoteSeenInQuotes = false;
  private fieldWasQuoted = false;
  private recordStart = 1;
  private pendingCr = false;

  currentLine(fallback: number): number {
    return Math.max(fallback, this.line);
  }

  push(text: string): RecipientRow[] {
    const out: RecipientRow[] = [];
    for (let i = 0; i < text.length; i++) {
      const ch = text[i];
      if (this.pendingCr) {
        this.pendingCr = false;
        if (ch === "\n") continue; // CRLF already ended the record at the CR
      }
      if (this.inQuotes) {
        if (this.quoteSeenInQuotes) {
          this.quoteSeenInQuotes = false;
          if (ch === '"') {
            this.field += '"';
            continue;
          }
          this.inQuotes = false; // the quote closed the field; fall through to unquoted handling
        } else if (ch === '"') {
          this.quoteSeenInQuotes = true;
          continue;
        } else {
          if (ch === "\n") this.line++;
          this.field += ch;
          continue;
        }
      }
      if (ch === ",") {
        this.endField();
      } else if (ch === "\n" || ch === "\r") {
        this.endField();
        this.endRecord(out);
        this.line++;
        this.recordStart = this.line;
        if (ch === "\r") this.pendingCr = true;
      } else if (ch === '"') {
        if (this.field.length > 0 || this.fieldWasQuoted) {
          throw new RecipientFileError(
            "MalformedCsv",
            "a quote inside an unquoted field (quote the whole field and double inner quotes)",
            this.line,
          );
        }
        this.inQuotes = true;
        this.fieldWasQuoted = true;
      } else {
        if (this.fieldWasQuoted) {
          throw new RecipientFileError("MalformedCsv", "text after the closing quote of a field", this.line);
        }
        this.field += ch;
      }
    }
    return out;
  }

  end(): RecipientRow[] {
    if (this.inQuotes && !this.quoteSeenInQuotes) {
      throw new RecipientFileError("MalformedCsv", "a quoted field is never closed", this.recordStart);
    }
    this.inQuotes = false;
    const out: RecipientRow[] = [];
    if (this.field.length > 0 || this.cells.length > 0 || this.fieldWasQuoted) {
      this.endField();
      this.endRecord(out);
    }
    return out;
  }

  private endField(): void {
    this.cells.push(this.field);
    this.field = "";
    this.fieldWasQuoted = false;
  }

  private endRecord(out: RecipientRow[]): void {
    const cells = this.cells;
    this.cells = [];
    // Blank lines (often at the end of exported files) are not records.
    if (cells.length === 1 && cells[0].trim() === "") return;
    out.push({ line: this.recordStart, cells });
  }
}
