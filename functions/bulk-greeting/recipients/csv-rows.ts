// Streaming CSV reader for recipients files: UTF-8 with or without BOM, RFC 4180 quoting (quoted
// fields may hold commas, doubled quotes and line breaks), CRLF, LF or CR line ends, even mixed.
// The parsing is csv-parse's (node-csv); this module streams the file into it chunk by chunk with
// back-pressure, so a 30 MB file never sits in memory, and keeps our promises around it: a fatal
// UTF-8 check so a file saved in GBK or UTF-16 fails with BadEncoding instead of producing mojibake
// numbers, blank lines skipped, each record's first line, and our error codes and messages.
import { parse, type CsvError, type CsvErrorCode, type InfoRecord, type Options } from "csv-parse";
import { createReadStream, statSync } from "node:fs";
import { Transform, pipeline } from "node:stream";
import { RecipientFileError, type RecipientRow } from "./recipient-file-error";

/** What csv-parse refuses, in the words the campaign CLI and the report show. */
const malformed: Partial<Record<CsvErrorCode, string>> = {
  INVALID_OPENING_QUOTE: "a quote inside an unquoted field (quote the whole field and double inner quotes)",
  CSV_NON_TRIMABLE_CHAR_AFTER_CLOSING_QUOTE: "text after the closing quote of a field",
  CSV_INVALID_CLOSING_QUOTE: "text after the closing quote of a field",
  CSV_QUOTE_NOT_CLOSED: "a quoted field is never closed",
};

/** `onFraction` receives the share of the file read so far (0..1), for progress displays. */
export async function* readCsvRows(path: string, onFraction?: (fraction: number) => void): AsyncGenerator<RecipientRow> {
  const total = statSync(path).size || 1;
  // Lines are counted here, as the file's lines: csv-parse's own count takes a CRLF inside a
  // quoted field for two. `line` is where the next record starts; `offset` is how far csv-parse's
  // count has run ahead by the end of the last record, to place its errors on our lines. Both move
  // in on_record, as csv-parse reads each record, not as they are taken from the stream: an error
  // in a chunk comes before the records already read from it are handed out.
  let line = 1;
  let offset = 0;
  const options: Options<RecipientRow, string[]> = {
    bom: true,
    // Rows with too few or too many cells are reported per row by the validation, not here.
    relax_column_count: true,
    // Every line end counts wherever it appears (csv-parse would otherwise take the first one
    // found as the only record delimiter, and read a later bare LF as field text).
    record_delimiter: ["\r\n", "\n", "\r"],
    on_record: (cells, context: InfoRecord) => {
      const start = line;
      line = start + 1 + lineBreaksIn(cells);
      offset = context.lines - (line - 1);
      // Blank lines (often at the end of exported files) are not records.
      if (cells.length === 1 && cells[0].trim() === "") return null;
      return { line: start, cells };
    },
  };
  // parse() is typed for string[] records; on_record makes them RecipientRows.
  const parser = parse(options as unknown as Options);
  const source = createReadStream(path, { highWaterMark: 256 * 1024 });
  pipeline(
    source,
    utf8Check(total, () => line, onFraction),
    parser,
    () => undefined,
  );
  try {
    for await (const row of parser as AsyncIterable<RecipientRow>) yield row;
  } catch (error) {
    throw recipientFileError(error, line, offset);
  } finally {
    source.destroy();
    parser.destroy();
  }
}

/** Line breaks inside quoted fields: each LF (a CRLF counts once, as a lone CR does not). */
function lineBreaksIn(record: string[]): number {
  let breaks = 0;
  for (const cell of record) {
    for (let at = cell.indexOf("\n"); at !== -1; at = cell.indexOf("\n", at + 1)) breaks++;
  }
  return breaks;
}

/** Passes the bytes through unchanged, failing on the first one that is not UTF-8. */
function utf8Check(total: number, line: () => number, onFraction?: (fraction: number) => void): Transform {
  // TextDecoder in stream mode keeps a sequence split across chunks for the next one.
  const decoder = new TextDecoder("utf-8", { fatal: true });
  let read = 0;
  const badEncoding = () => new RecipientFileError("BadEncoding", 'the file is not valid UTF-8 (save it as "CSV UTF-8")', line());
  return new Transform({
    transform(chunk: Buffer, _encoding, callback) {
      try {
        decoder.decode(chunk, { stream: true });
      } catch {
        callback(badEncoding());
        return;
      }
      read += chunk.length;
      onFraction?.(read / total);
      callback(null, chunk);
    },
    flush(callback) {
      try {
        decoder.decode();
      } catch {
        callback(badEncoding());
        return;
      }
      callback();
    },
  });
}

function recipientFileError(error: unknown, recordStart: number, offset: number): unknown {
  if (error instanceof RecipientFileError) return error;
  const csv = error as Partial<CsvError>;
  const message = csv.code ? malformed[csv.code] : undefined;
  if (!message) return error;
  // An unclosed quote is reported where its record starts; a stray quote where csv-parse met it.
  const line =
    csv.code === "CSV_QUOTE_NOT_CLOSED" || typeof csv.lines !== "number"
      ? recordStart
      : Math.max(recordStart, csv.lines - offset);
  return new RecipientFileError("MalformedCsv", message, line);
}
