import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { requireRemoteState, stateBackendOf } from "../../../infra/plan-review/workflow/state-backend";

function synthesized(document: object): string {
  const path = join(mkdtempSync(join(tmpdir(), "state-backend-")), "cdk.tf.json");
  writeFileSync(path, JSON.stringify(document));
  return path;
}

describe("state backend check for CI applies", () => {
  it("accepts a stack with a COS backend", () => {
    const path = synthesized({
      terraform: { backend: { cos: { bucket: "tfstate-1250000000", prefix: "sms/prod", encrypt: true } } },
    });
    expect(stateBackendOf(path)).toBe("cos");
    expect(() => requireRemoteState(path, "prod")).not.toThrow();
  });

  it.each([
    ["an explicit local backend", { terraform: { backend: { local: { path: "terraform.dev.tfstate" } } } }],
    ["no backend at all", { resource: {} }],
  ])("refuses %s", (_, document) => {
    expect(() => requireRemoteState(synthesized(document), "dev")).toThrow(/local file.*COS state backend for dev/);
  });
});
