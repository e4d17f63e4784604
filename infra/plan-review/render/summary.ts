// Wording shared by the text and markdown renderers, so both say the same thing.
import type { ChangeKind } from "../change-kind";
import type { Review } from "../review";

export const KIND_SYMBOL: Record<ChangeKind, string> = {
  create: "+",
  update: "~",
  replace: "-/+",
  delete: "-",
  "no-op": " ",
  read: "<=",
  forget: ".",
};

const KIND_PHRASE: Record<ChangeKind, string> = {
  create: "to create",
  update: "to update",
  replace: "to replace",
  delete: "to delete",
  "no-op": "unchanged",
  read: "to read",
  forget: "to forget",
};

export function countsLine(review: Review): string {
  const order: ChangeKind[] = ["create", "update", "replace", "delete", "no-op", "read", "forget"];
  return order
    .filter((k) => k !== "forget" || review.counts.forget > 0)
    .map((k) => `${review.counts[k]} ${KIND_PHRASE[k]}`)
    .join(", ");
}

export function environmentLine(review: Review): string {
  if (!review.environment) return "environment: unknown (pass --env; the prod-delete rule is not applied)";
  const from = review.environment.source === "--env" ? "--env" : "resource tags";
  const mismatch = review.environment.taggedAs
    ? `; WARNING: the resources are tagged env=${review.environment.taggedAs}, is this the right plan?`
    : "";
  return `environment: ${review.environment.name} (from ${from}${mismatch})`;
}

export function verdictLine(review: Review): string {
  const open = review.findings.filter((f) => !f.allowed).length;
  if (open > 0) return `GUARDED: ${open} change(s) need an explicit --allow-replace <address> (or the CI allow label)`;
  if (review.findings.length > 0) return "OK: every guarded change is explicitly allowed";
  return "OK: no guarded change";
}

export function reasonLine(actionReason: string | undefined, replacePaths: string[]): string {
  const parts: string[] = [];
  if (actionReason) parts.push(actionReason);
  if (replacePaths.length > 0) parts.push(`forced by ${replacePaths.join(", ")}`);
  return parts.join("; ");
}
