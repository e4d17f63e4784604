// One timer tick: file the delivery receipts waiting at the provider, then run every pending
// campaign whose send time has come, oldest first, until the time budget is spent.
import type { CampaignRunDependencies, RunSummary } from "../sending/campaign-run";
import { runCampaign } from "../sending/campaign-run";
import { collectDeliveryReceipts, type ReceiptCollection, type ReceiptSource } from "../sending/delivery-receipts";
import { campaignKeys } from "../storage/campaign-storage";
import type { DeliveryReceipt } from "../../shared/sms/gateway";
import { parseCampaignDefinition, type CampaignDefinition } from "./campaign-definition";

export interface TickResult {
  receipts: ReceiptCollection;
  runs: RunSummary[];
  /** Pending campaigns whose definition could not be read (named, never fatal for the tick). */
  broken: { id: string; message: string }[];
}

export async function runDueCampaigns(
  deps: CampaignRunDependencies & {
    receipts: ReceiptSource;
    /** Receipts no campaign sent (verification SMS on the same app): filed into the insights. */
    otherReceipts?: (receipts: DeliveryReceipt[]) => Promise<void>;
  },
  deadline: number,
): Promise<TickResult> {
  const { storage, clock } = deps;
  const hasTime = () => clock.now() + deps.attemptMs + 1000 < deadline;
  const receipts = await collectDeliveryReceipts(deps.receipts, deps.checkpoints, storage, {
    now: clock.now,
    hasTime,
    others: deps.otherReceipts,
  });
  const result: TickResult = { receipts, runs: [], broken: [] };
  const due: CampaignDefinition[] = [];
  for (const key of await storage.list(campaignKeys.pendingPrefix)) {
    const id = key.slice(campaignKeys.pendingPrefix.length);
    try {
      const body = await storage.get(campaignKeys.definition(id));
      if (!body) throw new Error("campaign.json is missing");
      const def = parseCampaignDefinition(body);
      if (Date.parse(def.sendAt) <= clock.now()) due.push(def);
    } catch (error) {
      result.broken.push({ id, message: (error as Error).message });
    }
  }
  due.sort((a, b) => Date.parse(a.sendAt) - Date.parse(b.sendAt));
  for (const def of due) {
    if (!hasTime()) break;
    result.runs.push(await runCampaign(def, deadline, deps));
  }
  return result;
}
