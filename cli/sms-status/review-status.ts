// Review state of the content an environment uses, from the SMS API's signature and template
// lists: approved (StatusCode 0, usable), under review (1), approved but not yet effective (2),
// rejected (-1, with the reviewer's reply) — or not found at all. Pure: the lists come in.
import { ReferencedContent } from "./referenced-content";

export interface ListedContent {
  id: number;
  name: string;
  international: number;
  statusCode: number;
  reviewReply: string;
}

export type ReviewState = "approved" | "under review" | "approved, not yet effective" | "rejected" | "not found";

export interface ContentStatus {
  content: ReferencedContent;
  state: ReviewState;
  /** The listed id, when found. */
  id?: number;
  /** The reviewer's reply (why it was rejected), when there is one. */
  reason?: string;
}

const STATE_BY_CODE: Record<number, ReviewState> = {
  0: "approved",
  1: "under review",
  2: "approved, not yet effective",
  [-1]: "rejected",
};

export function reviewStatus(content: ReferencedContent, listed: readonly ListedContent[]): ContentStatus {
  const candidates = listed.filter(
    (item) =>
      item.international === content.international &&
      (content.id !== undefined ? item.id === content.id : item.name === content.name),
  );
  if (candidates.length === 0) return { content, state: "not found" };
  // Resubmissions leave several entries with one name: an approved one is what sends use.
  const best = candidates.find((c) => c.statusCode === 0) ?? candidates[candidates.length - 1]!;
  const state = STATE_BY_CODE[best.statusCode] ?? "under review";
  return { content, state, id: best.id, ...(best.reviewReply ? { reason: best.reviewReply } : {}) };
}

export function allApproved(statuses: readonly ContentStatus[]): boolean {
  return statuses.every((s) => s.state === "approved");
}

/** One aligned line per item: what, which, state, and the reviewer's reason. */
export function formatStatusTable(statuses: readonly ContentStatus[]): string {
  const rows = statuses.map((s) => [
    s.content.purpose,
    s.content.id !== undefined ? `id ${s.content.id}` : `"${s.content.name}"${s.id !== undefined ? ` (id ${s.id})` : ""}`,
    s.content.international ? "international" : "mainland",
    s.state,
    s.reason ?? "",
  ]);
  const header = ["content", "name", "list", "status", "reviewer's reason"];
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i]!.length)));
  const line = (cells: string[]) =>
    cells
      .map((c, i) => c.padEnd(widths[i]!))
      .join("  ")
      .trimEnd();
  return [line(header), ...rows.map(line)].join("\n") + "\n";
}
