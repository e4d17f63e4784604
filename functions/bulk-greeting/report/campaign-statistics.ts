// Campaign statistics from the stored results and receipts: sent, delivered, failed by provider
// code, unknown, fee units, and a timeline of outcomes. Results are streamed part by part; only
// the receipts are indexed in memory (by SerialNo) to merge them in.
import type { RecipientOutcome } from "../sending/recipient-outcome";
import type { StoredReceipt } from "../sending/delivery-receipts";
import { campaignKeys, type CampaignStorage } from "../storage/campaign-storage";

export interface TimelineBucket {
  /** Bucket start, epoch ms. */
  start: number;
  sent: number;
  failed: number;
  delivered: number;
  deliveryFailed: number;
}

export interface CampaignStatistics {
  recipients: number;
  sent: number;
  failed: number;
  failedByCode: Record<string, number>;
  unknown: number;
  delivered: number;
  deliveryFailed: number;
  deliveryFailedByReason: Record<string, number>;
  awaitingReceipt: number;
  fee: number;
  bucketMs: number;
  timeline: TimelineBucket[];
}

export interface MergedOutcome extends RecipientOutcome {
  receipt?: StoredReceipt;
}

export async function loadReceipts(storage: CampaignStorage, id: string): Promise<Map<string, StoredReceipt>> {
  const receipts = new Map<string, StoredReceipt>();
  for (const key of await storage.list(campaignKeys.receiptsPrefix(id))) {
    for (const line of ((await storage.get(key)) ?? "").toString().split("\n")) {
      if (!line) continue;
      const receipt = JSON.parse(line) as StoredReceipt;
      receipts.set(receipt.serialNo, receipt);
    }
  }
  return receipts;
}

/** Every recipient's outcome with its receipt, in results order. */
export async function* mergedOutcomes(
  storage: CampaignStorage,
  id: string,
  receipts: Map<string, StoredReceipt>,
): AsyncGenerator<MergedOutcome> {
  for (const key of await storage.list(campaignKeys.resultsPrefix(id))) {
    for (const line of ((await storage.get(key)) ?? "").toString().split("\n")) {
      if (!line) continue;
      const outcome = JSON.parse(line) as MergedOutcome;
      const receipt = outcome.serialNo ? receipts.get(outcome.serialNo) : undefined;
      if (receipt) outcome.receipt = receipt;
      yield outcome;
    }
  }
}

export async function campaignStatistics(storage: CampaignStorage, id: string): Promise<CampaignStatistics> {
  const receipts = await loadReceipts(storage, id);
  const stats: CampaignStatistics = {
    recipients: 0,
    sent: 0,
    failed: 0,
    failedByCode: {},
    unknown: 0,
    delivered: 0,
    deliveryFailed: 0,
    deliveryFailedByReason: {},
    awaitingReceipt: 0,
    fee: 0,
    bucketMs: 60_000,
    timeline: [],
  };
  // Counted per minute while streaming (a campaign spans few minutes compared to its recipients),
  // then merged into wider buckets at the end.
  const perMinute = new Map<number, TimelineBucket>();
  const count = (at: number, kind: EventKind) => {
    const minute = Math.floor(at / 60_000) * 60_000;
    let bucket = perMinute.get(minute);
    if (!bucket) perMinute.set(minute, (bucket = { start: minute, sent: 0, failed: 0, delivered: 0, deliveryFailed: 0 }));
    bucket[kind]++;
  };
  for await (const o of mergedOutcomes(storage, id, receipts)) {
    stats.recipients++;
    stats.fee += o.fee;
    const at = Date.parse(o.at);
    if (o.code === "Ok") {
      stats.sent++;
      count(at, "sent");
      if (!o.receipt) stats.awaitingReceipt++;
      else if (o.receipt.delivered) {
        stats.delivered++;
        count(o.receipt.receivedAt ? Date.parse(o.receipt.receivedAt) : at, "delivered");
      } else {
        stats.deliveryFailed++;
        const reason = o.receipt.description || o.receipt.reportStatus;
        stats.deliveryFailedByReason[reason] = (stats.deliveryFailedByReason[reason] ?? 0) + 1;
        count(o.receipt.receivedAt ? Date.parse(o.receipt.receivedAt) : at, "deliveryFailed");
      }
    } else if (o.code.startsWith("Unknown.")) {
      stats.unknown++;
    } else {
      stats.failed++;
      stats.failedByCode[o.code] = (stats.failedByCode[o.code] ?? 0) + 1;
      count(at, "failed");
    }
  }
  Object.assign(stats, timeline([...perMinute.values()]));
  return stats;
}

type EventKind = keyof Omit<TimelineBucket, "start">;

// Buckets of 1 min, 5 min, 15 min, 1 h or 1 day: the smallest giving at most 60 bars.
function timeline(minutes: TimelineBucket[]): { bucketMs: number; timeline: TimelineBucket[] } {
  if (minutes.length === 0) return { bucketMs: 60_000, timeline: [] };
  const first = Math.min(...minutes.map((m) => m.start));
  const last = Math.max(...minutes.map((m) => m.start));
  const sizes = [60_000, 300_000, 900_000, 3_600_000, 86_400_000];
  const bucketMs = sizes.find((s) => Math.floor(last / s) - Math.floor(first / s) < 60) ?? sizes[sizes.length - 1];
  const start = Math.floor(first / bucketMs) * bucketMs;
  const count = Math.floor((last - start) / bucketMs) + 1;
  const buckets: TimelineBucket[] = Array.from({ length: count }, (_, i) => ({
    start: start + i * bucketMs,
    sent: 0,
    failed: 0,
    delivered: 0,
    deliveryFailed: 0,
  }));
  for (const m of minutes) {
    const b = buckets[Math.floor((m.start - start) / bucketMs)];
    b.sent += m.sent;
    b.failed += m.failed;
    b.delivered += m.delivered;
    b.deliveryFailed += m.deliveryFailed;
  }
  return { bucketMs, timeline: buckets };
}
