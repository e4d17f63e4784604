// `npm run insights -- <env> --format html`: one self-contained page (no script, no external
// resource) with the funnel table and two inline SVG charts — conversion over time (codes sent per
// hour as bars, the conversion rate as a line) and the prefixes with the lowest conversion.
import { funnelTable, type FunnelReport, type FunnelRow } from "./funnel-report";

const escape = (text: string) => text.replace(/[&<>"]/g, (c) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;" })[c]!);

const width = 720;
const height = 240;
const margin = { left: 48, right: 48, top: 16, bottom: 40 };

/** Bars: codes sent per hour; line: conversion in % (right axis). */
export function conversionChart(byHour: FunnelRow[]): string {
  const plotW = width - margin.left - margin.right;
  const plotH = height - margin.top - margin.bottom;
  const maxSent = Math.max(1, ...byHour.map((r) => r.sent));
  const step = plotW / Math.max(1, byHour.length);
  const bars = byHour
    .map((row, i) => {
      const h = (row.sent / maxSent) * plotH;
      const x = margin.left + i * step + step * 0.15;
      return `<rect class="sent" x="${x.toFixed(1)}" y="${(margin.top + plotH - h).toFixed(1)}" width="${(step * 0.7).toFixed(1)}" height="${h.toFixed(1)}"><title>${escape(row.key)}: ${row.sent} sent</title></rect>`;
    })
    .join("");
  const points = byHour
    .filter((row) => row.conversionPercent !== null)
    .map((row) => {
      const i = byHour.indexOf(row);
      const x = margin.left + i * step + step / 2;
      const y = margin.top + plotH - ((row.conversionPercent ?? 0) / 100) * plotH;
      return `${x.toFixed(1)},${y.toFixed(1)}`;
    });
  const line = points.length > 0 ? `<polyline class="conversion" points="${points.join(" ")}"/>` : "";
  const dots = points.map((p) => `<circle class="conversion" cx="${p.split(",")[0]}" cy="${p.split(",")[1]}" r="3"/>`).join("");
  const labels = byHour
    .map((row, i) =>
      i % Math.ceil(byHour.length / 8) === 0
        ? `<text x="${(margin.left + i * step + step / 2).toFixed(1)}" y="${height - 20}" text-anchor="middle">${escape(row.key.slice(11, 16))}</text>`
        : "",
    )
    .join("");
  const axes =
    `<line x1="${margin.left}" y1="${margin.top + plotH}" x2="${width - margin.right}" y2="${margin.top + plotH}" class="axis"/>` +
    `<text x="${margin.left - 6}" y="${margin.top + 10}" text-anchor="end">${maxSent}</text>` +
    `<text x="${width - margin.right + 6}" y="${margin.top + 10}">100%</text>` +
    `<text x="${width - margin.right + 6}" y="${margin.top + plotH}">0%</text>`;
  return `<svg id="conversion-over-time" role="img" aria-label="codes sent per hour and conversion" viewBox="0 0 ${width} ${height}" width="${width}" height="${height}">${axes}${bars}${line}${dots}${labels}</svg>`;
}

/** Horizontal bars: the prefixes with at least `minSent` sends and the lowest conversion. */
export function failingPrefixesChart(byPrefix: FunnelRow[], minSent = 5, top = 10): string {
  const rows = byPrefix
    .filter((r) => r.sent >= minSent)
    .sort((a, b) => (a.conversionPercent ?? 0) - (b.conversionPercent ?? 0) || b.sent - a.sent)
    .slice(0, top);
  const rowH = 22;
  const h = Math.max(1, rows.length) * rowH + 24;
  const plotW = width - 180 - 80;
  const bars = rows
    .map((row, i) => {
      const y = 8 + i * rowH;
      const w = Math.max(2, ((row.conversionPercent ?? 0) / 100) * plotW);
      return (
        `<text x="170" y="${y + 14}" text-anchor="end">${escape(row.key)} (${row.sent} sent)</text>` +
        `<rect class="prefix" x="180" y="${y}" width="${w.toFixed(1)}" height="${rowH - 6}"><title>${escape(row.key)}: ${row.verified}/${row.sent} verified</title></rect>` +
        `<text x="${(186 + w).toFixed(1)}" y="${y + 14}">${(row.conversionPercent ?? 0).toFixed(1)}%</text>`
      );
    })
    .join("");
  const empty = rows.length === 0 ? `<text x="10" y="20">no prefix with ${minSent} or more codes sent</text>` : "";
  return `<svg id="failing-prefixes" role="img" aria-label="prefixes with the lowest conversion" viewBox="0 0 ${width} ${h}" width="${width}" height="${h}">${bars}${empty}</svg>`;
}

export function funnelPage(report: FunnelReport, byHour: FunnelRow[], byPrefix: FunnelRow[]): string {
  const table = funnelTable(report);
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>Verification insights — ${escape(report.env)}</title>
<style>
body { font: 14px system-ui, sans-serif; margin: 24px; color: #1f2328; background: #fff; }
h1 { font-size: 20px; } h2 { font-size: 16px; margin-top: 28px; }
svg text { font: 11px system-ui, sans-serif; fill: #444; }
rect.sent { fill: #8cb4e8; } rect.prefix { fill: #e07a5f; }
polyline.conversion { fill: none; stroke: #2a9d8f; stroke-width: 2.5; } circle.conversion { fill: #2a9d8f; }
line.axis { stroke: #999; }
pre { background: #f6f8fa; padding: 12px; overflow-x: auto; }
</style>
</head>
<body>
<h1>Verification insights — ${escape(report.env)}</h1>
<p>${escape(report.from)} to ${escape(report.to)} · ${report.total.sent} codes sent, ${report.total.verified} verified (${report.total.conversionPercent === null ? "-" : report.total.conversionPercent.toFixed(1) + "%"})</p>
<h2>Conversion over time</h2>
<figure>${conversionChart(byHour)}<figcaption>bars: codes sent per hour (UTC); line: verified / sent</figcaption></figure>
<h2>Prefixes with the lowest conversion</h2>
<figure>${failingPrefixesChart(byPrefix)}<figcaption>number prefixes with 5 or more codes sent, lowest conversion first</figcaption></figure>
<h2>By ${escape(report.by)}</h2>
<pre id="funnel-table">${escape(table.join("\n"))}</pre>
</body>
</html>
`;
}
