// Draining PullSmsSendStatus: the provider hands out each delivery receipt once, per SMS app, up to
// 100 a call, oldest first. Both pullers (the bulk-greeting tick and the verification function's
// receipts timer) page through it the same way: until a page comes back short (nothing more is
// waiting), their page budget is spent or their time is up. Each page is handled before the next
// is pulled, so a failure loses at most the page in hand.
import { maxReceiptsPerPull, type DeliveryReceipt } from "./gateway";

export interface ReceiptSource {
  pullSendStatus(limit: number): Promise<DeliveryReceipt[]>;
}

/** Pulls pages of receipts into `onPage` (page index from 0); returns how many receipts were pulled. */
export async function pullReceiptPages(
  source: ReceiptSource,
  options: { maxPulls: number; hasTime?: () => boolean },
  onPage: (receipts: DeliveryReceipt[], page: number) => Promise<void>,
): Promise<number> {
  let pulled = 0;
  for (let page = 0; page < options.maxPulls && (options.hasTime?.() ?? true); page++) {
    const receipts = await source.pullSendStatus(maxReceiptsPerPull);
    pulled += receipts.length;
    if (receipts.length === 0) break;
    await onPage(receipts, page);
    if (receipts.length < maxReceiptsPerPull) break;
  }
  return pulled;
}
