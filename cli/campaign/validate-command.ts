// `campaign validate <file> --template <id|name> --env <env>`: one streaming pass, per-row
// problems with line numbers, totals and the SMS estimate. Exit 0 when every row is sendable,
// 3 when the file is usable but some rows will be skipped, 1 when the file is unusable.
import { findCampaignTemplate } from "../../functions/bulk-greeting/content/campaign-templates";
import { validateRecipientsFile, type ValidationReport } from "../../functions/bulk-greeting/recipients/validate-recipients";
import { requiredFlag, type ParsedArguments } from "./arguments";
import { textTable } from "../../functions/bulk-greeting/report/text-table";
import { EXIT } from "../command-line";
import { lookupError, placeholderWarning, type CampaignTable } from "./table-bindings";
import { createProgressDisplay } from "./progress-display";

export interface CommandIo {
  out: NodeJS.WritableStream;
  err: NodeJS.WriteStream | NodeJS.WritableStream;
  interactive: boolean;
}

export async function validateCommand(args: ParsedArguments, io: CommandIo, table: CampaignTable): Promise<number> {
  const file = args.positional[0]!;
  const report = await validateWithProgress(
    file,
    requiredFlag(args, "template", "a template key, name or id"),
    requiredFlag(args, "env", "an environment of the table with campaigns"),
    io,
    table,
  );
  io.out.write(formatValidationReport(report));
  if (!report.usable) return EXIT.FAILED;
  return report.invalid > 0 ? EXIT.PARTIAL : EXIT.OK;
}

export async function validateWithProgress(
  file: string,
  templateRef: string,
  env: string,
  io: CommandIo,
  table: CampaignTable,
): Promise<ValidationReport> {
  const lookup = findCampaignTemplate(templateRef, env, table.bindings);
  if (!lookup.ok) throw lookupError(lookup);
  const warning = placeholderWarning(table, env, lookup.template.key);
  if (warning) io.err.write(warning);
  const progress = createProgressDisplay(`validating ${file}`, { stream: io.err, interactive: io.interactive });
  const report = await validateRecipientsFile(file, {
    template: lookup.template,
    signName: lookup.binding.signName,
    progressEvery: 2000,
    onProgress: (p) => progress.update(p.rows, p.fraction),
  });
  progress.done(report.rows);
  return report;
}

export function formatValidationReport(report: ValidationReport): string {
  const lines: string[] = [];
  if (report.fatal) {
    lines.push(`error ${report.fatal.code}: ${report.fatal.message}`);
  }
  for (const issue of report.issues) lines.push(`line ${issue.line}: ${issue.code}: ${issue.message}`);
  const shown = report.issues.length;
  if (report.invalid > shown) lines.push(`… and ${report.invalid - shown} more problem rows`);
  lines.push("");
  const summary: [string, string | number][] = [
    ["rows", report.rows],
    ["sendable", report.valid],
    ["with problems", report.invalid],
    ...Object.entries(report.issuesByCode).map(([code, count]): [string, number] => [`  ${code}`, count]),
    ["region", report.domestic === undefined ? "-" : report.domestic ? "mainland China" : "international"],
    ["estimated SMS", `${report.estimatedSms} (long messages count as several)`],
    ["verdict", report.usable ? (report.invalid > 0 ? "usable; problem rows will be skipped" : "ok") : "UNUSABLE"],
  ];
  lines.push(...textTable(summary));
  return lines.join("\n") + "\n";
}
