// `campaign schedule <file> --template <id|name> --env <env> --at <time> [--id <id>] [--allow-skips]`:
// validates the file, uploads it and the campaign definition, and marks the campaign pending so
// the function's timer picks it up at the send time (to the second, at most one month ahead).
import { randomBytes } from "node:crypto";
import { extname } from "node:path";
import { findCampaignTemplate } from "../../functions/bulk-greeting/content/campaign-templates";
import {
  checkCampaignId,
  emptyStatus,
  type CampaignDefinition,
} from "../../functions/bulk-greeting/campaigns/campaign-definition";
import { detectFormat } from "../../functions/bulk-greeting/recipients/recipient-rows";
import { campaignKeys, type CampaignStorage } from "../../functions/bulk-greeting/storage/campaign-storage";
import { flagSet, optionalFlag, requiredFlag, type ParsedArguments } from "./arguments";
import { CliError, EXIT } from "../command-line";
import { lookupError, type CampaignTable } from "./table-bindings";
import { formatValidationReport, validateWithProgress, type CommandIo } from "./validate-command";

export async function scheduleCommand(
  args: ParsedArguments,
  io: CommandIo,
  storage: CampaignStorage,
  now: Date,
  table: CampaignTable,
): Promise<number> {
  const file = args.positional[0]!;
  const env = requiredFlag(args, "env", "an environment of the table with campaigns");
  const templateRef = requiredFlag(args, "template", "a template key, name or id");
  const sendAt = parseSendTime(requiredFlag(args, "at", 'e.g. 2026-02-09T08:00:00+08:00 or "now"'), now);
  const lookup = findCampaignTemplate(templateRef, env, table.bindings);
  if (!lookup.ok) throw lookupError(lookup);
  const id =
    optionalFlag(args, "id") ??
    `${lookup.template.key}-${sendAt.toISOString().slice(0, 16).replace(/[-:T]/g, "")}-${randomBytes(2).toString("hex")}`;
  const badId = checkCampaignId(id);
  if (badId) throw new CliError("CAMPAIGN_ID_INVALID", badId, EXIT.USAGE);
  if (await storage.exists(campaignKeys.definition(id)))
    throw new CliError("CAMPAIGN_EXISTS", `campaign ${id} already exists in ${storage.location}`);

  const report = await validateWithProgress(file, templateRef, env, io, table);
  if (!report.usable || (report.invalid > 0 && !flagSet(args, "allow-skips"))) {
    io.out.write(formatValidationReport(report));
    if (!report.usable) throw new CliError("RECIPIENTS_UNUSABLE", "the recipients file is unusable; nothing was scheduled");
    throw new CliError(
      "RECIPIENTS_HAVE_PROBLEMS",
      `${report.invalid} row(s) have problems; fix them or pass --allow-skips to send to the others`,
    );
  }
  const format = (await detectFormat(file)) === "xlsx" || extname(file).toLowerCase() === ".xlsx" ? "xlsx" : "csv";
  const def: CampaignDefinition = {
    id,
    env,
    templateKey: lookup.template.key,
    templateId: lookup.binding.templateId,
    signName: lookup.binding.signName,
    recipientsKey: campaignKeys.recipients(id, format),
    sendAt: sendAt.toISOString(),
    createdAt: now.toISOString(),
    expected: { recipients: report.valid, estimatedSms: report.estimatedSms },
  };
  // Recipients first, the pending marker last: the function never sees a half-created campaign.
  await storage.uploadFile(def.recipientsKey, file);
  await storage.put(campaignKeys.definition(id), JSON.stringify(def, null, 2));
  // The problem rows found here are the rows the function will skip: status shows them from now on.
  const status = { ...emptyStatus(id, "scheduled", now), skippedRows: report.invalid };
  await storage.put(campaignKeys.status(id), JSON.stringify(status, null, 2));
  await storage.put(campaignKeys.pending(id), "");
  io.out.write(
    [
      `scheduled ${id}`,
      `  send at        ${def.sendAt} (${shanghaiTime(sendAt)} Asia/Shanghai)`,
      `  template       ${lookup.template.key} (${def.templateId}), signature 【${def.signName}】`,
      `  recipients     ${report.valid}${report.invalid > 0 ? ` (${report.invalid} problem rows skipped)` : ""}`,
      `  estimated SMS  ${report.estimatedSms}`,
      `  storage        ${storage.location}`,
      "",
    ].join("\n"),
  );
  return 0;
}

/** ISO-8601 with an explicit offset (or Z), whole seconds, not in the past, at most one month ahead. */
export function parseSendTime(value: string, now: Date): Date {
  if (value === "now") return new Date(Math.floor(now.getTime() / 1000) * 1000);
  if (!/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2})?(Z|[+-]\d{2}:\d{2})$/.test(value)) {
    throw new CliError(
      "SEND_TIME_INVALID",
      `send time "${value}" must be ISO-8601 with seconds precision and an offset, e.g. 2026-02-09T08:00:00+08:00`,
      EXIT.USAGE,
    );
  }
  const at = new Date(value);
  if (Number.isNaN(at.getTime())) throw new CliError("SEND_TIME_INVALID", `send time "${value}" is not a real date`, EXIT.USAGE);
  if (at.getTime() < now.getTime() - 60_000)
    throw new CliError("SEND_TIME_INVALID", `send time ${at.toISOString()} is in the past`, EXIT.USAGE);
  const limit = new Date(now);
  limit.setUTCMonth(limit.getUTCMonth() + 1);
  if (at > limit)
    throw new CliError(
      "SEND_TIME_INVALID",
      `send time ${at.toISOString()} is more than one month ahead (limit ${limit.toISOString()})`,
      EXIT.USAGE,
    );
  return at;
}

function shanghaiTime(at: Date): string {
  return new Date(at.getTime() + 8 * 3_600_000).toISOString().slice(0, 19).replace("T", " ");
}
