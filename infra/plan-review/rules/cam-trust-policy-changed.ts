// Flags any change to a CAM role's trust policy (`document`): it decides who may assume the
// role that can send SMS, so widening it is a security change that needs a second look.
// Documents are compared as parsed JSON so re-formatting alone is not reported.
import type { JsonValue } from "../plan-json";
import type { GuardRule } from "./guard-rule";

function attribute(value: JsonValue | undefined, name: string): JsonValue | undefined {
  if (typeof value !== "object" || value === null || Array.isArray(value)) return undefined;
  return value[name];
}

function canonical(document: JsonValue | undefined): string | undefined {
  if (typeof document !== "string") return document === undefined || document === null ? undefined : JSON.stringify(document);
  try {
    return JSON.stringify(sortKeys(JSON.parse(document)));
  } catch {
    return document;
  }
}

function sortKeys(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(sortKeys);
  if (typeof value !== "object" || value === null) return value;
  return Object.fromEntries(
    Object.keys(value)
      .sort()
      .map((k) => [k, sortKeys((value as Record<string, unknown>)[k])]),
  );
}

function unknownAfter(marks: unknown): boolean {
  return typeof marks === "object" && marks !== null && (marks as Record<string, unknown>).document === true;
}

export const camTrustPolicyChanged: GuardRule = {
  id: "cam-trust-policy-changed",
  description: "a change to a CAM role's trust policy (who may assume the role)",
  check({ change, kind }) {
    if (change.mode !== "managed" || change.type !== "tencentcloud_cam_role") return undefined;
    if (kind !== "update" && kind !== "replace") return undefined;
    const before = canonical(attribute(change.change.before, "document"));
    if (unknownAfter(change.change.after_unknown)) return "trust policy (document) becomes unknown until apply";
    const after = canonical(attribute(change.change.after, "document"));
    return before === after ? undefined : "trust policy (document) changes";
  },
};
