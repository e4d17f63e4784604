// Plain-text rendering of a review for terminals and CI logs.
import type { AttributeChange } from "../attribute-diff";
import type { ResourceRow, Review } from "../review";
import { countsLine, environmentLine, KIND_SYMBOL, reasonLine, verdictLine } from "./summary";

function attributeLine(a: AttributeChange): string {
  if (a.before === undefined) return `      ${a.path} = ${a.after}`;
  if (a.after === undefined) return `      ${a.path}: ${a.before} -> (removed)`;
  return `      ${a.path}: ${a.before} -> ${a.after}`;
}

function rowLines(r: ResourceRow): string[] {
  const head = `  ${KIND_SYMBOL[r.kind].padEnd(3)} ${r.kind.padEnd(8)} ${r.address}`;
  const notes: string[] = [];
  if (r.previousAddress) notes.push(`moved from ${r.previousAddress}`);
  if (r.importId) notes.push(`imported from ${r.importId}`);
  const reason = reasonLine(r.actionReason, r.replacePaths);
  if (reason) notes.push(reason);
  const lines = [notes.length > 0 ? `${head}  (${notes.join("; ")})` : head];
  for (const a of r.attributes) lines.push(attributeLine(a));
  return lines;
}

export function renderText(review: Review): string {
  const lines: string[] = [];
  const version = review.terraformVersion ? `, terraform ${review.terraformVersion}` : "";
  lines.push(`Plan review — ${environmentLine(review)}${version}`);
  lines.push(`Changes: ${countsLine(review)}`);
  if (review.incomplete) lines.push("WARNING: terraform reported this plan as errored; it cannot be applied.");
  lines.push(verdictLine(review));

  if (review.findings.length > 0) {
    lines.push("", "Guarded changes:");
    for (const f of review.findings) {
      lines.push(`  ${f.allowed ? "allowed" : "GUARDED"}  [${f.rule}] ${f.address} (${f.kind}): ${f.reason}`);
    }
  }
  if (review.unusedAllowances.length > 0) {
    lines.push("", `--allow-replace matched no guarded change: ${review.unusedAllowances.join(", ")}`);
  }

  lines.push("", "Resource changes:");
  if (review.rows.length === 0) lines.push("  (none)");
  for (const r of review.rows) lines.push(...rowLines(r));

  if (review.drift.length > 0) {
    lines.push("", "Drift (changed outside terraform since the last apply):");
    for (const r of review.drift) lines.push(...rowLines(r));
  }
  if (review.outputs.length > 0) {
    lines.push("", "Output changes:");
    for (const o of review.outputs) {
      const change =
        o.before === undefined
          ? `= ${o.after}`
          : o.after === undefined
            ? `${o.before} -> (removed)`
            : `${o.before} -> ${o.after}`;
      lines.push(`  ${KIND_SYMBOL[o.kind].padEnd(3)} ${o.name}: ${change}`);
    }
  }
  return `${lines.join("\n")}\n`;
}
