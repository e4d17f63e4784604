// Collapses terraform's action lists into the one word a reviewer reads: a replacement is
// ["delete","create"] or ["create","delete"] (create_before_destroy), never two rows.
import type { PlanAction } from "./plan-json";

export type ChangeKind = "create" | "update" | "replace" | "delete" | "no-op" | "read" | "forget";

export const CHANGE_KINDS: readonly ChangeKind[] = ["create", "update", "replace", "delete", "no-op", "read", "forget"];

export function changeKind(actions: readonly PlanAction[]): ChangeKind {
  if (actions.includes("delete") && actions.includes("create")) return "replace";
  if (actions.length === 1) return actions[0] as ChangeKind;
  // ["forget","create"] (removed block + re-import) and other future pairs: the first
  // action is the one that touches the existing object.
  return actions[0] as ChangeKind;
}

/** True when the change destroys the existing remote object (delete or replacement). */
export function destroysExisting(kind: ChangeKind): boolean {
  return kind === "delete" || kind === "replace";
}
