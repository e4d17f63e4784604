// A self-contained SVG chart of a campaign's outcomes over time: per time bucket, grouped bars
// for sent, delivered, failed at send, and failed delivery, with axes, a legend and a title, so
// a person can open it in any browser.
import type { CampaignStatistics } from "./campaign-statistics";

const series = [
  { key: "sent", label: "sent (accepted by provider)", color: "#4e79a7" },
  { key: "delivered", label: "delivered", color: "#59a14f" },
  { key: "failed", label: "failed at send", color: "#e15759" },
  { key: "deliveryFailed", label: "delivery failed", color: "#f28e2b" },
] as const;

export function outcomeChartSvg(title: string, stats: CampaignStatistics): string {
  const width = 960;
  const height = 480;
  const margin = { top: 60, right: 24, bottom: 90, left: 72 };
  const plotW = width - margin.left - margin.right;
  const plotH = height - margin.top - margin.bottom;
  const buckets = stats.timeline;
  const max = Math.max(1, ...buckets.flatMap((b) => series.map((s) => b[s.key])));
  const step = niceStep(max / 5);
  const top = Math.ceil(max / step) * step;
  const y = (v: number) => margin.top + plotH - (v / top) * plotH;
  const slot = plotW / Math.max(1, buckets.length);
  const barW = Math.max(1, (slot * 0.8) / series.length);
  const parts: string[] = [];
  parts.push(
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" font-family="Helvetica, Arial, sans-serif" font-size="12">`,
  );
  parts.push(`<rect width="100%" height="100%" fill="#ffffff"/>`);
  parts.push(`<text x="${width / 2}" y="24" text-anchor="middle" font-size="16" font-weight="bold">${escape(title)}</text>`);
  parts.push(`<text x="${width / 2}" y="42" text-anchor="middle" fill="#555">${escape(summaryLine(stats))}</text>`);
  for (let v = 0; v <= top; v += step) {
    parts.push(`<line x1="${margin.left}" x2="${width - margin.right}" y1="${y(v)}" y2="${y(v)}" stroke="#e5e5e5"/>`);
    parts.push(`<text x="${margin.left - 8}" y="${y(v) + 4}" text-anchor="end">${v.toLocaleString("en-US")}</text>`);
  }
  // A "MM-DD hh:mm" label is ~80 px wide at 12 px: label only as many buckets as fit side by side.
  const labelEvery = Math.max(1, Math.ceil(90 / slot));
  buckets.forEach((bucket, i) => {
    const x0 = margin.left + i * slot + slot * 0.1;
    series.forEach((s, j) => {
      const value = bucket[s.key];
      if (value > 0) {
        parts.push(
          `<rect x="${(x0 + j * barW).toFixed(1)}" y="${y(value).toFixed(1)}" width="${barW.toFixed(1)}" height="${(margin.top + plotH - y(value)).toFixed(1)}" fill="${s.color}"><title>${s.label}: ${value}</title></rect>`,
        );
      }
    });
    if (i % labelEvery === 0) {
      const lx = margin.left + i * slot + slot / 2;
      parts.push(
        `<text x="${lx}" y="${margin.top + plotH + 16}" text-anchor="middle">${escape(formatTime(bucket.start))}</text>`,
      );
    }
  });
  parts.push(
    `<line x1="${margin.left}" x2="${width - margin.right}" y1="${margin.top + plotH}" y2="${margin.top + plotH}" stroke="#333"/>`,
  );
  parts.push(`<line x1="${margin.left}" x2="${margin.left}" y1="${margin.top}" y2="${margin.top + plotH}" stroke="#333"/>`);
  parts.push(
    `<text x="${margin.left + plotW / 2}" y="${margin.top + plotH + 38}" text-anchor="middle" fill="#555">time (UTC), ${stats.bucketMs / 60_000}-minute buckets</text>`,
  );
  parts.push(
    `<text transform="translate(18 ${margin.top + plotH / 2}) rotate(-90)" text-anchor="middle" fill="#555">recipients</text>`,
  );
  series.forEach((s, i) => {
    const lx = margin.left + i * 220;
    const ly = height - 22;
    parts.push(
      `<rect x="${lx}" y="${ly - 10}" width="12" height="12" fill="${s.color}"/><text x="${lx + 18}" y="${ly}">${escape(s.label)}</text>`,
    );
  });
  if (buckets.length === 0)
    parts.push(`<text x="${width / 2}" y="${height / 2}" text-anchor="middle" fill="#888">no outcomes recorded yet</text>`);
  parts.push("</svg>");
  return parts.join("\n") + "\n";
}

function summaryLine(s: CampaignStatistics): string {
  return `${s.recipients} recipients · ${s.sent} sent · ${s.delivered} delivered · ${s.failed} failed · ${s.unknown} unknown · ${s.fee} fee units`;
}

function niceStep(raw: number): number {
  const power = 10 ** Math.floor(Math.log10(Math.max(raw, 1)));
  for (const m of [1, 2, 5, 10]) if (m * power >= raw) return Math.max(1, m * power);
  return 10 * power;
}

function formatTime(ms: number): string {
  const iso = new Date(ms).toISOString();
  return `${iso.slice(5, 10)} ${iso.slice(11, 16)}`;
}

function escape(text: string): string {
  return text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");
}
