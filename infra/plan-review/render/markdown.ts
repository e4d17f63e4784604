// Markdown rendering for a pull-request comment: a hidden per-environment marker first (CI
// finds and updates that one comment instead of adding another), the verdict and counts,
// a table of changed addresses, and attribute diffs folded into <details> blocks.
import type { AttributeChange } from "../attribute-diff";
import type { ResourceRow, Review } from "../review";
import { countsLine, environmentLine, KIND_SYMBOL, reasonLine, verdictLine } from "./summary";

/** GitHub rejects comment bodies over 65,536 characters; stay well below. */
export const MAX_COMMENT_CHARS = 60_000;

/** The hidden marker CI searches for to update this environment's comment. */
export function commentMarker(environment: string | undefined): string {
  return `<!-- plan-review:${environment ?? "unknown"} -->`;
}

function cell(text: string): string {
  return text.replace(/\\/g, "\\\\").replace(/\|/g, "\\|").replace(/\r?\n/g, " ");
}

function code(text: string): string {
  return `\`${text.replace(/`/g, "ˋ")}\``;
}

function fenceSafe(text: string): string {
  return text.replace(/```/g, "ˋˋˋ");
}

function diffLines(attributes: AttributeChange[]): string[] {
  const lines: string[] = [];
  for (const a of attributes) {
    if (a.before !== undefined) lines.push(`- ${a.path} = ${a.before}`);
    if (a.after !== undefined) lines.push(`+ ${a.path} = ${a.after}`);
  }
  return lines.map(fenceSafe);
}

function details(r: ResourceRow): string[] {
  if (r.attributes.length === 0) return [];
  return [
    "<details>",
    `<summary>${KIND_SYMBOL[r.kind]} ${code(r.address)} — ${r.attributes.length} attribute change(s)</summary>`,
    "",
    "```diff",
    ...diffLines(r.attributes),
    "```",
    "</details>",
  ];
}

function table(rows: ResourceRow[]): string[] {
  const lines = ["| action | address | reason |", "|---|---|---|"];
  for (const r of rows) {
    const notes: string[] = [];
    if (r.previousAddress) notes.push(`moved from ${r.previousAddress}`);
    if (r.importId) notes.push(`imported from ${r.importId}`);
    const reason = reasonLine(r.actionReason, r.replacePaths);
    if (reason) notes.push(reason);
    lines.push(`| ${r.kind} | ${code(cell(r.address))} | ${cell(notes.join("; "))} |`);
  }
  return lines;
}

export function renderMarkdown(review: Review): string {
  const env = review.environment?.name;
  const out: string[] = [commentMarker(env)];
  const icon = review.guarded ? "❌" : "✅";
  out.push(`### ${icon} Terraform plan review: ${env ?? "unknown environment"}`, "");
  out.push(`**${verdictLine(review)}**`, "");
  out.push(`${environmentLine(review)}${review.terraformVersion ? ` · terraform ${review.terraformVersion}` : ""}`, "");
  out.push(`Changes: ${countsLine(review)}`, "");
  if (review.incomplete) out.push("> ⚠️ terraform reported this plan as errored; it cannot be applied.", "");

  if (review.findings.length > 0) {
    out.push("#### Guarded changes", "", "| status | rule | address | action | why |", "|---|---|---|---|---|");
    for (const f of review.findings) {
      out.push(
        `| ${f.allowed ? "✅ allowed" : "❌ guarded"} | ${f.rule} | ${code(cell(f.address))} | ${f.kind} | ${cell(f.reason)} |`,
      );
    }
    out.push("");
  }
  if (review.unusedAllowances.length > 0) {
    out.push(`> --allow-replace matched no guarded change: ${review.unusedAllowances.map(code).join(", ")}`, "");
  }

  out.push("#### Resource changes", "");
  if (review.rows.length === 0) out.push("No resource changes.", "");
  else out.push(...table(review.rows), "", ...review.rows.flatMap(details), "");

  if (review.drift.length > 0) {
    out.push(
      "#### Drift (changed outside terraform since the last apply)",
      "",
      ...table(review.drift),
      "",
      ...review.drift.flatMap(details),
      "",
    );
  }
  if (review.outputs.length > 0) {
    out.push("#### Output changes", "", "| action | output | before | after |", "|---|---|---|---|");
    for (const o of review.outputs) {
      out.push(
        `| ${o.kind} | ${code(o.name)} | ${o.before === undefined ? "" : code(cell(o.before))} | ${o.after === undefined ? "" : code(cell(o.after))} |`,
      );
    }
    out.push("");
  }
  return fitComment(out.join("\n"));
}

/** Cuts an over-long comment at a line boundary and points readers to the full artifact. */
function fitComment(body: string): string {
  if (body.length <= MAX_COMMENT_CHARS) return `${body}\n`;
  const note = "\n\n> ✂️ Review truncated to fit a comment; the full review is in the workflow's plan artifact.\n";
  let cut = body.lastIndexOf("\n", MAX_COMMENT_CHARS - note.length);
  if (cut < 0) cut = MAX_COMMENT_CHARS - note.length;
  let head = body.slice(0, cut);
  // Close an open code fence / details block so the rest of the comment still renders.
  if ((head.match(/```/g) ?? []).length % 2 === 1) head += "\n```";
  if ((head.match(/<details>/g) ?? []).length > (head.match(/<\/details>/g) ?? []).length) head += "\n</details>";
  return `${head}${note}`;
}
