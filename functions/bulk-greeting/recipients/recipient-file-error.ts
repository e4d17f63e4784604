// File-level problems that make a recipients file unusable as a whole (as opposed to per-row issues).
// Stable codes so the CLI and the handler can report them without stack traces.

export type RecipientFileErrorCode =
  "FileNotFound" | "UnsupportedFormat" | "BadEncoding" | "MalformedCsv" | "MalformedXlsx" | "EmptyFile" | "WrongColumns";

export class RecipientFileError extends Error {
  constructor(
    readonly code: RecipientFileErrorCode,
    message: string,
    /** 1-based line (CSV) or row (XLSX) the problem was found at, when there is one. */
    readonly line?: number,
  ) {
    super(line === undefined ? message : `line ${line}: ${message}`);
    this.name = "RecipientFileError";
  }
}

/** One record of a recipients file: its cells as text and where it starts in the file. */
export interface RecipientRow {
  line: number;
  cells: string[];
}
