// Decides which environment a plan is for, because the "any delete in prod" rule depends
// on it. An explicit `--env` wins; otherwise the `env` tag that every taggable resource of
// this project carries is used, but only when all tagged resources agree on one value.
import type { JsonValue, Plan } from "./plan-json";

export interface ReviewedEnvironment {
  name: string;
  source: "--env" | "tags";
  /** Set when --env names one environment but the resources are tagged with another. */
  taggedAs?: string;
}

const ENV_NAME = /^[a-z][a-z0-9-]{0,31}$/;
const ENV_TAG_KEYS = ["env", "environment"];

export function isValidEnvironmentName(name: string): boolean {
  return ENV_NAME.test(name);
}

function envTag(value: JsonValue | undefined): string | undefined {
  if (typeof value !== "object" || value === null || Array.isArray(value)) return undefined;
  const tags = value.tags;
  if (typeof tags !== "object" || tags === null || Array.isArray(tags)) return undefined;
  for (const key of ENV_TAG_KEYS) {
    const tag = tags[key];
    if (typeof tag === "string" && tag !== "") return tag;
  }
  return undefined;
}

/** The environment named by the plan's resource tags, or undefined when absent/ambiguous. */
export function environmentFromTags(plan: Plan): string | undefined {
  const seen = new Set<string>();
  for (const rc of plan.resource_changes) {
    for (const value of [rc.change.before, rc.change.after]) {
      const tag = envTag(value);
      if (tag !== undefined) seen.add(tag);
    }
  }
  return seen.size === 1 ? [...seen][0] : undefined;
}

export function resolveReviewedEnvironment(plan: Plan, explicit: string | undefined): ReviewedEnvironment | undefined {
  const tagged = environmentFromTags(plan);
  if (explicit !== undefined) {
    return tagged !== undefined && tagged !== explicit
      ? { name: explicit, source: "--env", taggedAs: tagged }
      : { name: explicit, source: "--env" };
  }
  return tagged === undefined ? undefined : { name: tagged, source: "tags" };
}
