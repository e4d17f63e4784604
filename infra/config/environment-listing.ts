// The environment table as people, docs and CI read it: a plain-text table (`npm run envs`), the
// Markdown table docs/environments.md embeds (`--markdown`), and the CI plan (`--json`, ci-environments.ts).
import type { CiPlan } from "./ci-environments";

export function renderEnvsText(plan: CiPlan): string {
  const rows = plan.environments.map((e, i) => [String(i + 1), e.name, e.region, e.backend, e.apply ? "yes" : "no", e.reason]);
  const header = ["#", "environment", "region", "state", "CI applies", "why"];
  const widths = header.map((h, c) => Math.max(h.length, ...rows.map((r) => r[c].length)));
  const line = (cells: string[]): string =>
    cells
      .map((cell, c) => cell.padEnd(widths[c]))
      .join("  ")
      .trimEnd();
  return [line(header), ...rows.map(line)].join("\n") + "\n";
}

export function renderEnvsMarkdown(plan: CiPlan): string {
  const header = ["order", "environment", "region", "state", "CI applies", "why"];
  const rows = plan.environments.map((e, i) => [
    String(i + 1),
    `\`${e.name}\``,
    e.region,
    e.backend,
    e.apply ? "yes" : "no",
    e.reason,
  ]);
  // Columns padded to their widest cell, as Prettier lays out markdown tables, so the page it
  // is pasted into stays formatted.
  const widths = header.map((h, c) => Math.max(h.length, ...rows.map((r) => r[c]!.length)));
  const line = (cells: string[]) => `| ${cells.map((cell, c) => cell.padEnd(widths[c]!)).join(" | ")} |`;
  return [line(header), line(widths.map((w) => "-".repeat(w))), ...rows.map(line)].join("\n") + "\n";
}
