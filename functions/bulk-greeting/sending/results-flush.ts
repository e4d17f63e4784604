// Copies outcome lines from the Redis checkpoint into the campaign's results objects in storage,
// as parts named by their offset. A crash between writing a part and acknowledging it only
// means the same part is written again with the same content — the copy is idempotent.
import { campaignKeys, type CampaignStorage } from "../storage/campaign-storage";
import type { CampaignCheckpoints } from "./campaign-checkpoints";

export const resultsPartSize = 2000;

export async function flushResults(
  id: string,
  checkpoints: CampaignCheckpoints,
  storage: CampaignStorage,
  minLines = 1,
): Promise<number> {
  let copied = 0;
  for (;;) {
    const { offset, lines } = await checkpoints.pendingResults(id, resultsPartSize);
    if (lines.length === 0 || lines.length < minLines) return copied;
    await storage.put(campaignKeys.resultsPart(id, offset), lines.join("\n") + "\n");
    await checkpoints.acknowledgeResults(id, lines.length);
    copied += lines.length;
    if (lines.length < resultsPartSize) return copied;
  }
}
