// `campaign status [<id>]` and `campaign cancel <id>`: read what the function last wrote for a
// campaign, or ask it to stop. A campaign that has not started is cancelled at once; a running
// one stops at the function's next check (between batches).
import {
  parseCampaignDefinition,
  type CampaignDefinition,
  type CampaignStatus,
} from "../../functions/bulk-greeting/campaigns/campaign-definition";
import { readStatus } from "../../functions/bulk-greeting/sending/campaign-run";
import { campaignKeys, type CampaignStorage } from "../../functions/bulk-greeting/storage/campaign-storage";
import type { ParsedArguments } from "./arguments";
import { textTable } from "../../functions/bulk-greeting/report/text-table";
import { CliError } from "../command-line";
import type { CommandIo } from "./validate-command";

export async function loadDefinition(storage: CampaignStorage, id: string): Promise<CampaignDefinition> {
  const body = await storage.get(campaignKeys.definition(id));
  if (!body) throw new CliError("CAMPAIGN_UNKNOWN", `no campaign ${id} in ${storage.location}`);
  return parseCampaignDefinition(body);
}

export async function statusCommand(args: ParsedArguments, io: CommandIo, storage: CampaignStorage): Promise<number> {
  const id = args.positional[0];
  if (id) {
    const def = await loadDefinition(storage, id);
    const status = await readStatus(storage, id);
    io.out.write(describe(def, status));
    return 0;
  }
  const ids = (await storage.list("campaigns/")).filter((k) => k.endsWith("/campaign.json")).map((k) => k.split("/")[1]);
  const rows: string[][] = [["campaign", "state", "send at (UTC)", "sent", "failed", "unknown"]];
  for (const campaignId of ids) {
    const def = await loadDefinition(storage, campaignId);
    const s = await readStatus(storage, campaignId);
    rows.push([
      campaignId,
      s?.state ?? "scheduled",
      def.sendAt.slice(0, 19),
      String(s?.sent ?? 0),
      String(s?.failed ?? 0),
      String(s?.unknown ?? 0),
    ]);
  }
  if (ids.length > 0)
    io.out.write(textTable(rows, { align: ["left", "left", "left", "right", "right", "right"] }).join("\n") + "\n");
  if (ids.length === 0) io.out.write(`no campaigns in ${storage.location}\n`);
  return 0;
}

export async function cancelCommand(args: ParsedArguments, io: CommandIo, storage: CampaignStorage, now: Date): Promise<number> {
  const id = args.positional[0]!;
  const def = await loadDefinition(storage, id);
  const status = await readStatus(storage, id);
  if (status && ["completed", "cancelled", "failed"].includes(status.state)) {
    throw new CliError("CAMPAIGN_FINISHED", `campaign ${id} is already ${status.state}`);
  }
  await storage.put(campaignKeys.cancelRequest(id), JSON.stringify({ requestedAt: now.toISOString() }));
  if ((!status || status.state === "scheduled") && Date.parse(def.sendAt) > now.getTime() + 60_000) {
    // Not started: nothing can be in flight, so cancel outright instead of waiting for a tick.
    await storage.remove(campaignKeys.pending(id));
    const cancelled: CampaignStatus = {
      ...(status ?? { id, batchesDone: 0, sent: 0, failed: 0, unknown: 0, skippedRows: 0, fee: 0 }),
      state: "cancelled",
      updatedAt: now.toISOString(),
    } as CampaignStatus;
    await storage.put(campaignKeys.status(id), JSON.stringify(cancelled, null, 2));
    io.out.write(`cancelled ${id} (it had not started)\n`);
  } else {
    io.out.write(`cancel requested for ${id}; the function stops it between batches on its next run\n`);
  }
  return 0;
}

function describe(def: CampaignDefinition, s: CampaignStatus | undefined): string {
  const lines = [
    `campaign        ${def.id} (${def.env})`,
    `state           ${s?.state ?? "scheduled"}${s?.updatedAt ? ` (updated ${s.updatedAt})` : ""}`,
    `send at         ${def.sendAt}`,
    `template        ${def.templateKey} (${def.templateId}), signature 【${def.signName}】`,
    `recipients      ${def.expected.recipients} expected, estimated SMS ${def.expected.estimatedSms}`,
    `sent            ${s?.sent ?? 0}`,
    `failed          ${s?.failed ?? 0}`,
    `unknown         ${s?.unknown ?? 0}`,
    `skipped rows    ${s?.skippedRows ?? 0}`,
    `fee units       ${s?.fee ?? 0}`,
  ];
  if (s?.error) lines.push(`last error      ${s.error.code}: ${s.error.message}`);
  return lines.join("\n") + "\n";
}
