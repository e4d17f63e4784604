// Text renderings of a campaign report: a table for the terminal and a per-recipient CSV.
import type { CampaignStatus } from "../campaigns/campaign-definition";
import type { CampaignStatistics, MergedOutcome } from "./campaign-statistics";
import { textTable } from "./text-table";

export function statisticsTable(id: string, status: CampaignStatus | undefined, s: CampaignStatistics): string {
  const rows: [string, string | number][] = [
    ["campaign", id],
    ["state", status?.state ?? "unknown"],
    ["recipients recorded", s.recipients],
    ["sent (Ok)", s.sent],
    ["  delivered", s.delivered],
    ["  delivery failed", s.deliveryFailed],
    ["  awaiting receipt", s.awaitingReceipt],
    ["failed at send", s.failed],
    ["unknown (not re-sent)", s.unknown],
    ["skipped rows", status?.skippedRows ?? 0],
    ["fee units", s.fee],
  ];
  const lines = textTable(rows);
  const codes = Object.entries(s.failedByCode).sort((a, b) => b[1] - a[1]);
  if (codes.length > 0) {
    lines.push("", "failed at send by provider code");
    lines.push(...textTable(codes, { indent: "  ", align: ["left", "right"] }));
  }
  const reasons = Object.entries(s.deliveryFailedByReason).sort((a, b) => b[1] - a[1]);
  if (reasons.length > 0) {
    lines.push("", "delivery failures by reason");
    lines.push(...textTable(reasons, { indent: "  ", align: ["left", "right"] }));
  }
  if (status?.error) lines.push("", `last error: ${status.error.code}: ${status.error.message}`);
  return lines.join("\n") + "\n";
}

export const outcomeCsvHeader =
  "phone_number,line,batch,code,message,serial_no,fee,sent_at,delivery,delivery_description,received_at\r\n";

export function outcomeCsvRow(o: MergedOutcome): string {
  const delivery = o.code !== "Ok" ? "" : o.receipt ? (o.receipt.delivered ? "delivered" : "failed") : "pending";
  const cells = [
    o.phoneNumber,
    o.line,
    o.batch,
    o.code,
    o.message,
    o.serialNo ?? "",
    o.fee,
    o.at,
    delivery,
    o.receipt?.description ?? "",
    o.receipt?.receivedAt ?? "",
  ];
  return cells.map((c) => csvCell(String(c))).join(",") + "\r\n";
}

function csvCell(value: string): string {
  // A leading = + - @ would be run as a formula by spreadsheet programs.
  const safe = /^[=+\-@]/.test(value) && !/^[+-]?\d/.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}
