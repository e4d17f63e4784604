// `campaign report <id> [--format table|csv|svg] [--out <file>]`: statistics merged from the
// results and delivery receipts, as a terminal table, a per-recipient CSV, or an SVG chart.
import { createWriteStream } from "node:fs";
import { once } from "node:events";
import { writeFile } from "node:fs/promises";
import { campaignStatistics, loadReceipts, mergedOutcomes } from "../../functions/bulk-greeting/report/campaign-statistics";
import { outcomeChartSvg } from "../../functions/bulk-greeting/report/outcome-chart-svg";
import { outcomeCsvHeader, outcomeCsvRow, statisticsTable } from "../../functions/bulk-greeting/report/report-formats";
import { readStatus } from "../../functions/bulk-greeting/sending/campaign-run";
import type { CampaignStorage } from "../../functions/bulk-greeting/storage/campaign-storage";
import { optionalFlag, type ParsedArguments } from "./arguments";
import { CliError, EXIT } from "../command-line";
import { loadDefinition } from "./status-command";
import type { CommandIo } from "./validate-command";

export async function reportCommand(args: ParsedArguments, io: CommandIo, storage: CampaignStorage): Promise<number> {
  const id = args.positional[0]!;
  const def = await loadDefinition(storage, id);
  const format = optionalFlag(args, "format") ?? "table";
  const out = optionalFlag(args, "out");
  if (format === "table") {
    io.out.write(statisticsTable(id, await readStatus(storage, id), await campaignStatistics(storage, id)));
  } else if (format === "csv") {
    const target = out ? createWriteStream(out) : io.out;
    target.write(outcomeCsvHeader);
    const receipts = await loadReceipts(storage, id);
    for await (const outcome of mergedOutcomes(storage, id, receipts)) {
      if (!target.write(outcomeCsvRow(outcome))) await once(target, "drain");
    }
    if (out) {
      (target as ReturnType<typeof createWriteStream>).end();
      await once(target, "finish");
      io.out.write(`wrote ${out}\n`);
    }
  } else if (format === "svg") {
    const file = out ?? `${id}-outcomes.svg`;
    await writeFile(
      file,
      outcomeChartSvg(`Campaign ${id} (${def.env}) — outcomes over time`, await campaignStatistics(storage, id)),
    );
    io.out.write(`wrote ${file}\n`);
  } else {
    throw new CliError("FORMAT_INVALID", `--format must be table, csv or svg, not "${format}"`, EXIT.USAGE);
  }
  return 0;
}
