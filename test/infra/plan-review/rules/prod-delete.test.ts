import { reviewPlan } from "../../../../infra/plan-review/review";
import { prodDelete } from "../../../../infra/plan-review/rules/prod-delete";
import { loadFixture } from "../support/fixtures";
import { ADDRESSES, resourceChange, tags, tencentcloudPlan } from "../support/tencentcloud-plan";

const only = [prodDelete];

function attachmentDeletePlan(env: string) {
  return tencentcloudPlan({
    changes: [
      resourceChange({
        address: ADDRESSES.attachment,
        actions: ["delete"],
        before: { role_name: `sms-${env}-function`, policy_name: "QcloudSMSFullAccess" },
      }),
      resourceChange({
        address: ADDRESSES.fn,
        actions: ["update"],
        before: { mem_size: 128, tags: tags(env) },
        after: { mem_size: 256, tags: tags(env) },
      }),
    ],
  });
}

describe("rule prod-delete", () => {
  it("guards any delete when the environment is prod", () => {
    const review = reviewPlan(attachmentDeletePlan("prod"), { environment: "prod", rules: only });
    expect(review.findings).toEqual([
      expect.objectContaining({ rule: "prod-delete", address: ADDRESSES.attachment, kind: "delete" }),
    ]);
    expect(review.guarded).toBe(true);
  });

  it("counts the delete half of a replacement in prod (real terraform fixture)", () => {
    const review = reviewPlan(loadFixture("mixed"), { environment: "prod", rules: only });
    expect(review.findings.map((f) => [f.address, f.kind])).toEqual([
      ["terraform_data.removed", "delete"],
      ["terraform_data.replaced", "replace"],
    ]);
  });

  it("applies when prod is only known from the resources' env tag", () => {
    expect(reviewPlan(attachmentDeletePlan("prod"), { rules: only }).guarded).toBe(true);
  });

  it("does not guard the same delete in dev or staging", () => {
    expect(reviewPlan(attachmentDeletePlan("dev"), { rules: only }).findings).toEqual([]);
    expect(reviewPlan(loadFixture("destroy"), { environment: "staging", rules: only }).findings).toEqual([]);
  });

  it("does not guard creates, updates or deferred reads in prod", () => {
    const plan = loadFixture("mixed");
    plan.resource_changes = plan.resource_changes.filter((rc) => !rc.change.actions.includes("delete"));
    expect(reviewPlan(plan, { environment: "prod", rules: only }).findings).toEqual([]);
  });

  it("can be allowed per address", () => {
    const review = reviewPlan(attachmentDeletePlan("prod"), {
      environment: "prod",
      rules: only,
      allowReplace: [ADDRESSES.attachment],
    });
    expect(review.guarded).toBe(false);
  });
});
