// Plain-text tables for the campaign CLI: every column as wide as its widest cell, so a long
// campaign id or provider code never runs into the next column.

export type Align = "left" | "right";

export interface TableOptions {
  /** Per column; default left. */
  align?: readonly Align[];
  /** Put before every line (e.g. two spaces for a nested list). */
  indent?: string;
  /** Spaces between columns. */
  gap?: number;
}

/** Renders rows (the first may be a header) as lines without trailing spaces. */
export function textTable(rows: ReadonlyArray<ReadonlyArray<string | number>>, options: TableOptions = {}): string[] {
  const cells = rows.map((row) => row.map(String));
  const widths: number[] = [];
  for (const row of cells) row.forEach((cell, i) => (widths[i] = Math.max(widths[i] ?? 0, [...cell].length)));
  const gap = " ".repeat(options.gap ?? 2);
  return cells.map((row) => {
    const line = row
      .map((cell, i) => {
        const pad = " ".repeat(widths[i]! - [...cell].length);
        return options.align?.[i] === "right" ? pad + cell : cell + pad;
      })
      .join(gap);
    return (options.indent ?? "") + line.trimEnd();
  });
}
