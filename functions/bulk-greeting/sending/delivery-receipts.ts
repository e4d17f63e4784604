// Pulls delivery receipts (PullSmsSendStatus) and files each one under the campaign whose SendSms
// produced its SerialNo. The provider hands each receipt out once and per SMS app, not per
// campaign; receipts of SerialNos no campaign sent (e.g. verification codes on a shared app) are
// counted and handed to `others` (the verification insights file theirs). Receipts are written to storage before their SerialNo is forgotten.
import type { DeliveryReceipt } from "../../shared/sms/gateway";
import { pullReceiptPages, type ReceiptSource } from "../../shared/sms/receipt-pages";
import { campaignKeys, type CampaignStorage } from "../storage/campaign-storage";
import type { CampaignCheckpoints } from "./campaign-checkpoints";

export type { ReceiptSource } from "../../shared/sms/receipt-pages";

/** One line of a campaign's receipts files. */
export interface StoredReceipt {
  serialNo: string;
  phoneNumber: string;
  delivered: boolean;
  reportStatus: string;
  description: string;
  receivedAt?: string;
}

export interface ReceiptCollection {
  pulled: number;
  filed: number;
  unmatched: number;
}

export async function collectDeliveryReceipts(
  source: ReceiptSource,
  checkpoints: CampaignCheckpoints,
  storage: CampaignStorage,
  options: {
    now: () => number;
    maxPulls?: number;
    hasTime?: () => boolean;
    /** Receipts no campaign sent (verification codes on a shared SMS app): handed here, e.g. to the insights. */
    others?: (receipts: DeliveryReceipt[]) => Promise<void>;
  },
): Promise<ReceiptCollection> {
  const totals: ReceiptCollection = { pulled: 0, filed: 0, unmatched: 0 };
  const pages = { maxPulls: options.maxPulls ?? 50, hasTime: options.hasTime };
  totals.pulled = await pullReceiptPages(source, pages, async (receipts, pull) => {
    const owners = await checkpoints.campaignsOfSerials(
      receipts.map((r) => r.serialNo),
      options.now(),
    );
    const byCampaign = new Map<string, StoredReceipt[]>();
    const others: DeliveryReceipt[] = [];
    receipts.forEach((receipt, i) => {
      const owner = owners[i];
      if (!owner) {
        totals.unmatched++;
        others.push(receipt);
        return;
      }
      const stored: StoredReceipt = {
        serialNo: receipt.serialNo,
        phoneNumber: receipt.phoneNumber,
        delivered: receipt.delivered,
        reportStatus: receipt.reportStatus,
        description: receipt.description,
      };
      if (receipt.receivedAt) stored.receivedAt = receipt.receivedAt.toISOString();
      const list = byCampaign.get(owner) ?? [];
      list.push(stored);
      byCampaign.set(owner, list);
    });
    if (others.length > 0 && options.others) await options.others(others);
    const pulledAt = new Date(options.now());
    for (const [id, list] of byCampaign) {
      await storage.put(campaignKeys.receiptsPart(id, pulledAt, pull), list.map((r) => JSON.stringify(r)).join("\n") + "\n");
      await checkpoints.forgetSerials(
        list.map((r) => r.serialNo),
        options.now(),
      );
      totals.filed += list.length;
    }
  });
  return totals;
}
