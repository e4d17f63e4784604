// Loads the committed plan fixtures (real terraform output and tencentcloud-shaped ones).
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { parsePlan } from "../../../../infra/plan-review/read-plan";
import type { Plan } from "../../../../infra/plan-review/plan-json";

export const FIXTURE_DIR = join(__dirname, "..", "fixtures");

/** Secret values planted by make-fixtures.sh and tencentcloud-plan.ts. */
export const FIXTURE_SECRETS = [
  "fx-Sup3rSecret-pw-91c4",
  "fx-pepper-0d7e55aa",
  "fx-Rotated-pw-3b8f",
  "fx-tc-redis-pw-5e1d9Q",
  "fx-tc-pepper-77aa0c",
];

export function fixturePath(name: string): string {
  return join(FIXTURE_DIR, `${name}.plan.json`);
}

export function loadFixture(name: string): Plan {
  return parsePlan(readFileSync(fixturePath(name), "utf8"), name);
}

export function allFixtureNames(): string[] {
  return readdirSync(FIXTURE_DIR)
    .filter((f) => f.endsWith(".plan.json"))
    .map((f) => f.replace(/\.plan\.json$/, ""));
}
