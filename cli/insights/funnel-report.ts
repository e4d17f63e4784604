// The verification funnel from the hourly counters (functions/shared/insights/hourly-counters.ts):
// codes requested → sent → delivered → verified, the conversion rate (verified / sent), failed
// sends and refusals by limit, grouped by country, number prefix or hour; as a text table or JSON.
import type { HourCounters } from "../../functions/shared/insights/hourly-counters";

export type GroupBy = "country" | "prefix" | "hour";

export interface FunnelRow {
  /** "+86", "+8613800" or "2026-03-10T08:00Z". */
  key: string;
  requested: number;
  sent: number;
  failed: number;
  delivered: number;
  undelivered: number;
  verified: number;
  /** verified / sent in %, one decimal; null without sends. */
  conversionPercent: number | null;
  /** Refusals by limit name (cooldown, daily, ip, budget, fraudGuard). */
  refused: Record<string, number>;
}

export interface FunnelReport {
  env: string;
  by: GroupBy;
  from: string;
  to: string;
  rows: FunnelRow[];
  total: FunnelRow;
}

const metricColumns: Record<string, keyof Omit<FunnelRow, "key" | "conversionPercent" | "refused">> = {
  req: "requested",
  sent: "sent",
  fail: "failed",
  dlv: "delivered",
  undlv: "undelivered",
  ver: "verified",
};

function emptyRow(key: string): FunnelRow {
  return {
    key,
    requested: 0,
    sent: 0,
    failed: 0,
    delivered: 0,
    undelivered: 0,
    verified: 0,
    conversionPercent: null,
    refused: {},
  };
}

function add(row: FunnelRow, metric: string, count: number): void {
  const column = metricColumns[metric];
  if (column) row[column] += count;
  else if (metric.startsWith("r:")) row.refused[metric.slice(2)] = (row.refused[metric.slice(2)] ?? 0) + count;
}

function finish(row: FunnelRow): FunnelRow {
  row.conversionPercent = row.sent > 0 ? Math.round((row.verified * 1000) / row.sent) / 10 : null;
  return row;
}

/** "2026031008" → "2026-03-10T08:00Z". */
export function hourLabel(stamp: string): string {
  return `${stamp.slice(0, 4)}-${stamp.slice(4, 6)}-${stamp.slice(6, 8)}T${stamp.slice(8, 10)}:00Z`;
}

/** UTC hour stamps from `from` to `to` inclusive (yyyymmddhh). */
export function hourStampsBetween(from: Date, to: Date): string[] {
  const stamps: string[] = [];
  const hour = new Date(Math.floor(from.getTime() / 3600000) * 3600000);
  for (; hour.getTime() <= to.getTime(); hour.setTime(hour.getTime() + 3600000)) {
    stamps.push(hour.toISOString().slice(0, 13).replace(/[-T]/g, ""));
  }
  return stamps;
}

export function funnelReport(env: string, by: GroupBy, hours: Map<string, HourCounters>, from: Date, to: Date): FunnelReport {
  const rows = new Map<string, FunnelRow>();
  const total = emptyRow("total");
  for (const [hour, counters] of hours) {
    for (const [field, count] of Object.entries(counters)) {
      const [metric, dimension] = field.split("|");
      if (!dimension) continue;
      // Each count is stored per country and per prefix: the country copy is the total.
      if (dimension.startsWith("c:")) add(total, metric, count);
      const wanted = by === "prefix" ? "p:" : "c:";
      if (!dimension.startsWith(wanted)) continue;
      const key = by === "hour" ? hourLabel(hour) : dimension.slice(2);
      let row = rows.get(key);
      if (!row) rows.set(key, (row = emptyRow(key)));
      add(row, metric, count);
    }
  }
  const sorted = [...rows.values()].map(finish);
  if (by === "hour") sorted.sort((a, b) => a.key.localeCompare(b.key));
  else sorted.sort((a, b) => b.sent - a.sent || a.key.localeCompare(b.key));
  return { env, by, from: from.toISOString(), to: to.toISOString(), rows: sorted, total: finish(total) };
}

/** Limits that refused anything in the report, in a stable order. */
export function refusalColumns(report: FunnelReport): string[] {
  const names = new Set<string>();
  for (const row of [...report.rows, report.total]) for (const name of Object.keys(row.refused)) names.add(name);
  return [...names].sort();
}

export function funnelTable(report: FunnelReport): string[] {
  const limits = refusalColumns(report);
  const header = [
    report.by,
    "requested",
    "sent",
    "failed",
    "delivered",
    "undelivered",
    "verified",
    "conversion",
    ...limits.map((l) => `refused:${l}`),
  ];
  const cells = (row: FunnelRow) => [
    row.key,
    ...[row.requested, row.sent, row.failed, row.delivered, row.undelivered, row.verified].map(String),
    row.conversionPercent === null ? "-" : `${row.conversionPercent.toFixed(1)}%`,
    ...limits.map((l) => String(row.refused[l] ?? 0)),
  ];
  const rows = [header, ...report.rows.map(cells), cells(report.total)];
  const widths = header.map((_, i) => Math.max(...rows.map((r) => r[i].length)));
  const line = (r: string[]) =>
    r
      .map((c, i) => (i === 0 ? c.padEnd(widths[i]) : c.padStart(widths[i])))
      .join("  ")
      .trimEnd();
  return rows.map(line);
}
