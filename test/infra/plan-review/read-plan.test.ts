import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { parsePlan, PlanReadError, readPlanFile } from "../../../infra/plan-review/read-plan";
import { allFixtureNames, fixturePath, loadFixture } from "./support/fixtures";

function readError(fn: () => unknown): PlanReadError {
  try {
    fn();
  } catch (error) {
    if (error instanceof PlanReadError) return error;
    throw error;
  }
  throw new Error("expected a PlanReadError");
}

describe("reading terraform show -json plans", () => {
  it.each(allFixtureNames())("parses the %s fixture into typed changes", (name) => {
    const plan = loadFixture(name);
    expect(plan.format_version).toMatch(/^1\./);
    expect(plan.resource_changes.length).toBeGreaterThan(0);
    for (const rc of plan.resource_changes) expect(rc.change.actions.length).toBeGreaterThan(0);
  });

  it("reads the real terraform 1.11 fixture with the terraform-json field names", () => {
    const plan = readPlanFile(fixturePath("mixed"));
    expect(plan.terraform_version).toMatch(/^1\.11\./);
    const replaced = plan.resource_changes.find((rc) => rc.address === "terraform_data.replaced");
    expect(replaced?.change.replace_paths).toEqual([["triggers_replace"]]);
    expect(replaced?.action_reason).toBe("replace_because_cannot_update");
    expect(plan.resource_changes.find((rc) => rc.address === "terraform_data.renamed")?.previous_address).toBe(
      "terraform_data.old_name",
    );
  });

  it("names a missing file", () => {
    const error = readError(() => readPlanFile("/nonexistent/dev.plan.json"));
    expect(error.code).toBe("PLAN_FILE_UNREADABLE");
    expect(error.message).toContain("/nonexistent/dev.plan.json");
  });

  it("rejects text that is not JSON, e.g. human-readable plan output", () => {
    const error = readError(() => parsePlan("Terraform will perform the following actions:", "plan.txt"));
    expect(error.code).toBe("PLAN_NOT_JSON");
  });

  it("rejects a state document and explains what is expected", () => {
    const dir = mkdtempSync(join(tmpdir(), "plan-review-"));
    const path = join(dir, "state.json");
    writeFileSync(path, JSON.stringify({ format_version: "1.0", terraform_version: "1.11.4", values: { root_module: {} } }));
    const error = readError(() => readPlanFile(path));
    expect(error.code).toBe("PLAN_FORMAT_INVALID");
    expect(error.message).toContain("terraform show -json");
  });

  it("rejects a resource change with an unknown action", () => {
    const doc = { format_version: "1.2", resource_changes: [{ address: "a.b", type: "a", change: { actions: ["explode"] } }] };
    expect(readError(() => parsePlan(JSON.stringify(doc))).code).toBe("PLAN_FORMAT_INVALID");
  });
});
