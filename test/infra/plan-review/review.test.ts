import { renderText } from "../../../infra/plan-review/render/text";
import { reviewPlan } from "../../../infra/plan-review/review";
import { loadFixture } from "./support/fixtures";

describe("reviewing a real terraform plan", () => {
  const review = reviewPlan(loadFixture("mixed"), { environment: "dev" });
  const row = (address: string) => review.rows.find((r) => r.address === address);

  it("counts every action terraform planned", () => {
    expect(review.counts).toEqual({ create: 1, update: 3, replace: 1, delete: 1, "no-op": 2, read: 1, forget: 0 });
  });

  it("lists one row per changed address with its action, and leaves plain no-ops out", () => {
    expect(review.rows.map((r) => [r.address, r.kind])).toEqual([
      ["data.terraform_remote_state.deferred", "read"],
      ["terraform_data.added", "create"],
      ["terraform_data.changed", "update"],
      ["terraform_data.credentials", "update"],
      ["terraform_data.function_settings", "update"],
      ["terraform_data.removed", "delete"],
      ["terraform_data.renamed", "no-op"],
      ["terraform_data.replaced", "replace"],
    ]);
    expect(row("terraform_data.kept")).toBeUndefined();
  });

  it("shows what forces a replacement and why", () => {
    expect(row("terraform_data.replaced")).toMatchObject({
      replacePaths: ["triggers_replace"],
      actionReason: "replace_because_cannot_update",
    });
    expect(row("terraform_data.removed")?.actionReason).toBe("delete_because_no_resource_config");
    expect(row("data.terraform_remote_state.deferred")?.actionReason).toBe("read_because_config_unknown");
  });

  it("shows moves with their previous address", () => {
    expect(row("terraform_data.renamed")?.previousAddress).toBe("terraform_data.old_name");
  });

  it("shows the changed attributes, with unknown-after-apply values as such", () => {
    expect(row("terraform_data.changed")?.attributes).toEqual([
      { path: "input", before: '"v1"', after: '"v2"' },
      { path: "output", before: '"v1"', after: "(known after apply)" },
    ]);
    expect(row("terraform_data.added")?.attributes).toContainEqual({ path: "id", after: "(known after apply)" });
  });

  it("reports a changed sensitive value without showing it", () => {
    expect(row("terraform_data.credentials")?.attributes).toContainEqual({
      path: "input",
      before: "(sensitive value)",
      after: "(sensitive value)",
    });
  });

  it("reports output changes separately, masking sensitive outputs", () => {
    expect(review.outputs).toEqual([
      { name: "added_id", kind: "create", after: "(known after apply)" },
      { name: "db_password", kind: "create", after: "(sensitive value)" },
      { name: "endpoint", kind: "update", before: '"https://old.example.test"', after: '"https://new.example.test"' },
    ]);
  });

  it("treats an operator-requested replacement as a replacement", () => {
    const byRequest = reviewPlan(loadFixture("replace-by-request"), { environment: "dev" });
    expect(byRequest.rows).toEqual([
      expect.objectContaining({ address: "terraform_data.kept", kind: "replace", actionReason: "replace_by_request" }),
    ]);
  });

  it("has nothing to list for a no-op plan", () => {
    const noop = reviewPlan(loadFixture("noop"), { environment: "dev" });
    expect(noop.rows).toEqual([]);
    expect(noop.counts["no-op"]).toBe(7);
    expect(noop.guarded).toBe(false);
  });
});

describe("drift", () => {
  const review = reviewPlan(loadFixture("tencentcloud-dev-update"));

  it("reports resource drift apart from the planned changes", () => {
    expect(review.drift).toEqual([
      expect.objectContaining({
        address: "tencentcloud_redis_instance.redis_store_instance_4F1A2B3C",
        attributes: [{ path: "mem_size", before: "1024", after: "2048" }],
      }),
    ]);
    expect(review.rows.map((r) => r.address)).not.toContain("tencentcloud_redis_instance.redis_store_instance_4F1A2B3C");
  });

  it("takes the environment from the resources' env tag when --env is not given", () => {
    expect(review.environment).toEqual({ name: "dev", source: "tags" });
  });

  it("prefers --env over the tags, and warns when they disagree", () => {
    const review = reviewPlan(loadFixture("tencentcloud-dev-update"), { environment: "prod" });
    expect(review.environment).toEqual({ name: "prod", source: "--env", taggedAs: "dev" });
    expect(renderText(review)).toContain("WARNING: the resources are tagged env=dev, is this the right plan?");
    expect(reviewPlan(loadFixture("tencentcloud-dev-update"), { environment: "dev" }).environment).toEqual({
      name: "dev",
      source: "--env",
    });
  });

  it("says the environment is unknown when neither --env nor tags name it", () => {
    const review = reviewPlan(loadFixture("mixed"));
    expect(review.environment).toBeUndefined();
    expect(renderText(review)).toContain("environment: unknown (pass --env; the prod-delete rule is not applied)");
  });
});
