// Parses and validates a `terraform show -json` plan document at the edge, turning
// anything that is not one (state JSON, truncated file, plain `terraform plan` text) into a
// PlanReadError with a stable code instead of an exception deep in the review.
import { readFileSync } from "node:fs";
import type { Change, OutputChange, Plan, ResourceChange } from "./plan-json";

export type PlanReadErrorCode = "PLAN_FILE_UNREADABLE" | "PLAN_NOT_JSON" | "PLAN_FORMAT_INVALID";

export class PlanReadError extends Error {
  constructor(
    readonly code: PlanReadErrorCode,
    message: string,
  ) {
    super(message);
    this.name = "PlanReadError";
  }
}

const KNOWN_ACTIONS = new Set(["no-op", "create", "read", "update", "delete", "forget"]);

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

function invalid(source: string, detail: string): PlanReadError {
  return new PlanReadError(
    "PLAN_FORMAT_INVALID",
    `${source} is not a terraform plan in JSON form (expected the output of \`terraform show -json <planfile>\`): ${detail}`,
  );
}

function validateChange(source: string, where: string, change: unknown): Change {
  if (!isObject(change)) throw invalid(source, `${where}.change is missing`);
  const actions = change.actions;
  if (!Array.isArray(actions) || actions.length === 0 || !actions.every((a) => KNOWN_ACTIONS.has(a as string))) {
    throw invalid(source, `${where}.change.actions is not a list of terraform actions`);
  }
  return change as unknown as Change;
}

function validateResourceChanges(source: string, field: string, value: unknown): ResourceChange[] {
  if (value === undefined) return [];
  if (!Array.isArray(value)) throw invalid(source, `${field} is not a list`);
  return value.map((entry, i) => {
    const where = `${field}[${i}]`;
    if (!isObject(entry) || typeof entry.address !== "string" || typeof entry.type !== "string") {
      throw invalid(source, `${where} has no address/type`);
    }
    validateChange(source, where, entry.change);
    return entry as unknown as ResourceChange;
  });
}

/** Validates an already-parsed document; `source` names it in error messages. */
export function planFromJson(document: unknown, source = "input"): Plan {
  if (!isObject(document)) throw invalid(source, "the top level is not an object");
  if (typeof document.format_version !== "string") throw invalid(source, "format_version is missing");
  if (!("resource_changes" in document) && !("planned_values" in document) && !("output_changes" in document)) {
    // A state file (`terraform show -json` without a plan) has `values` but none of these.
    throw invalid(source, "it has no resource_changes/planned_values (is it a state file?)");
  }
  const outputs = document.output_changes;
  if (outputs !== undefined && !isObject(outputs)) throw invalid(source, "output_changes is not an object");
  const outputChanges: Record<string, OutputChange> = {};
  for (const [name, change] of Object.entries(outputs ?? {})) {
    outputChanges[name] = validateChange(source, `output_changes.${name}`, change) as OutputChange;
  }
  return {
    ...(document as unknown as Plan),
    resource_changes: validateResourceChanges(source, "resource_changes", document.resource_changes),
    resource_drift: validateResourceChanges(source, "resource_drift", document.resource_drift),
    output_changes: outputChanges,
  };
}

/** Parses plan JSON text. */
export function parsePlan(text: string, source = "input"): Plan {
  let document: unknown;
  try {
    document = JSON.parse(text);
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    throw new PlanReadError(
      "PLAN_NOT_JSON",
      `${source} is not valid JSON (${reason}); pass the output of \`terraform show -json <planfile>\``,
    );
  }
  return planFromJson(document, source);
}

/** Reads and parses a plan JSON file. */
export function readPlanFile(path: string): Plan {
  let text: string;
  try {
    text = readFileSync(path, "utf8");
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    const reason = code === "ENOENT" ? "no such file" : code === "EISDIR" ? "it is a directory" : (code ?? String(error));
    throw new PlanReadError("PLAN_FILE_UNREADABLE", `cannot read plan file ${path}: ${reason}`);
  }
  return parsePlan(text, path);
}
