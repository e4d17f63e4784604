// One streaming pass over a recipients file: per-row issues with line numbers, totals and the
// estimated SMS count. File-level problems (encoding, broken CSV/XLSX, empty, wrong columns)
// end the pass with a fatal error; the file is unusable if that happens or no row is sendable.
import type { CampaignTemplate } from "../content/campaign-templates";
import { RecipientFileError } from "./recipient-file-error";
import { readRecipientRows } from "./recipient-rows";
import { RowChecker, type RowIssue, type RowIssueCode } from "./row-check";

export interface ValidationProgress {
  rows: number;
  /** Share of the file read, 0..1. */
  fraction: number;
}

export interface ValidationReport {
  rows: number;
  valid: number;
  invalid: number;
  domestic: boolean | undefined;
  estimatedSms: number;
  issuesByCode: Partial<Record<RowIssueCode, number>>;
  /** The first `maxIssues` issues, in file order. */
  issues: RowIssue[];
  fatal?: { code: string; message: string; line?: number };
  usable: boolean;
}

export interface ValidateOptions {
  template: CampaignTemplate;
  signName: string;
  maxIssues?: number;
  /** Called every `progressEvery` rows. */
  onProgress?: (progress: ValidationProgress) => void;
  progressEvery?: number;
}

export async function validateRecipientsFile(path: string, options: ValidateOptions): Promise<ValidationReport> {
  const checker = new RowChecker(options.template, options.signName);
  const maxIssues = options.maxIssues ?? 100;
  const every = options.progressEvery ?? 5000;
  const report: ValidationReport = {
    rows: 0,
    valid: 0,
    invalid: 0,
    domestic: undefined,
    estimatedSms: 0,
    issuesByCode: {},
    issues: [],
    usable: false,
  };
  try {
    let fraction = 0;
    for await (const row of readRecipientRows(path, (f) => (fraction = f))) {
      if (report.rows === 0) checkColumns(row.cells, checker.expectedColumns, options.template, row.line);
      report.rows++;
      const result = checker.check(row);
      if (result.ok) {
        report.valid++;
        report.estimatedSms += result.recipient.parts;
      } else {
        report.invalid++;
        report.issuesByCode[result.issue.code] = (report.issuesByCode[result.issue.code] ?? 0) + 1;
        if (report.issues.length < maxIssues) report.issues.push(result.issue);
      }
      if (options.onProgress && report.rows % every === 0) options.onProgress({ rows: report.rows, fraction });
    }
    if (report.rows === 0) throw new RecipientFileError("EmptyFile", "the file has no recipient rows");
  } catch (error) {
    if (!(error instanceof RecipientFileError)) throw error;
    report.fatal = { code: error.code, message: error.message, line: error.line };
  }
  report.domestic = checker.domestic;
  report.usable = report.fatal === undefined && report.valid > 0;
  options.onProgress?.({ rows: report.rows, fraction: 1 });
  return report;
}

// The first data row decides whether the file has the template's shape at all: too few cells, or
// extra non-empty ones, mean the wrong file or the wrong template rather than one bad row.
function checkColumns(cells: string[], expected: number, template: CampaignTemplate, line: number): void {
  let used = cells.length;
  while (used > 1 && cells[used - 1].trim() === "") used--;
  if (cells.length < expected || used > expected) {
    const names = template.variables.map((v) => v.name).join(", ");
    throw new RecipientFileError(
      "WrongColumns",
      `template ${template.key} needs ${expected} columns (phone number, then ${names}); the first row has ${used}`,
      line,
    );
  }
}
