// The verification insights' hourly counters in Redis, shared by the two functions: the
// verification scripts count requests, sends, refusals and verifications (lua-scripts.ts), the
// bulk-greeting tick files delivery receipts of verification SMS into the hour they were sent
// (matched by the SessionContext the verification function gave the SMS), and `npm run insights`
// reads them. One hash per UTC hour, `vc:{vc-limits}:in:<yyyymmddhh>`, fields
// "<metric>|p:<prefix>" and "<metric>|c:<country>"; it expires after the retention period.
import type { DeliveryReceipt } from "../sms/gateway";

/** The ioredis client calls used here (standalone or cluster client). */
export interface CounterClient {
  hgetall(key: string): Promise<Record<string, string>>;
  pipeline(): {
    hincrby(key: string, field: string, delta: number): unknown;
    expire(key: string, seconds: number, mode: "NX"): unknown;
    exec(): Promise<[Error | null, unknown][] | null>;
  };
}

export function insightsHourKey(hourStamp: string): string {
  return `vc:{vc-limits}:in:${hourStamp}`;
}

const contextPrefix = "vc1:";

/** The SessionContext of a verification SMS: its receipt is counted in the hour and scopes it was sent in. */
export function receiptContext(hourStamp: string, numberPrefix: string, countryCode: string): string {
  return `${contextPrefix}${hourStamp}:${numberPrefix}:${countryCode}`;
}

export interface ReceiptScope {
  hourStamp: string;
  numberPrefix: string;
  countryCode: string;
}

/** The scope of a receipt's SessionContext, or undefined for an SMS the verification function did not send. */
export function parseReceiptContext(context: string): ReceiptScope | undefined {
  const match = /^vc1:(\d{10}):(\+\d{1,16}):(\+\d{1,4})$/.exec(context);
  return match ? { hourStamp: match[1], numberPrefix: match[2], countryCode: match[3] } : undefined;
}

/** One hour's counters: field → count. */
export type HourCounters = Record<string, number>;

/** Reads the hours given (yyyymmddhh stamps); absent hours are empty. */
export async function readInsightHours(client: CounterClient, hourStamps: string[]): Promise<Map<string, HourCounters>> {
  const replies = await Promise.all(hourStamps.map((hour) => client.hgetall(insightsHourKey(hour))));
  const hours = new Map<string, HourCounters>();
  hourStamps.forEach((hour, i) => {
    const counters: HourCounters = {};
    for (const [field, value] of Object.entries(replies[i])) counters[field] = Number(value);
    hours.set(hour, counters);
  });
  return hours;
}

/**
 * Files the receipts of verification SMS (SessionContext from receiptContext) as dlv / undlv in
 * the hour they were sent; others are left out. Returns how many were filed. One pipeline.
 */
export async function fileVerificationReceipts(
  client: CounterClient,
  receipts: readonly DeliveryReceipt[],
  retentionSeconds: number,
): Promise<number> {
  const pipeline = client.pipeline();
  const hours = new Set<string>();
  let filed = 0;
  for (const receipt of receipts) {
    const scope = parseReceiptContext(receipt.sessionContext);
    if (!scope) continue;
    const metric = receipt.delivered ? "dlv" : "undlv";
    const key = insightsHourKey(scope.hourStamp);
    pipeline.hincrby(key, `${metric}|p:${scope.numberPrefix}`, 1);
    pipeline.hincrby(key, `${metric}|c:${scope.countryCode}`, 1);
    hours.add(scope.hourStamp);
    filed++;
  }
  if (filed === 0) return 0;
  // Receipts of an hour whose counters already expired would recreate the key: it gets a TTL too.
  for (const hour of hours) pipeline.expire(insightsHourKey(hour), retentionSeconds, "NX");
  const results = await pipeline.exec();
  const failed = results?.find(([error]) => error);
  if (failed) throw failed[0];
  return filed;
}
