import { reviewPlan } from "../../../../infra/plan-review/review";
import { camTrustPolicyChanged } from "../../../../infra/plan-review/rules/cam-trust-policy-changed";
import { ADDRESSES, resourceChange, roleAttributes, tencentcloudPlan } from "../support/tencentcloud-plan";

const only = [camTrustPolicyChanged];

function rolePlan(before: Record<string, unknown>, after: Record<string, unknown>, afterUnknown = {}) {
  return tencentcloudPlan({
    changes: [
      resourceChange({
        address: ADDRESSES.role,
        actions: ["update"],
        before: before as never,
        after: after as never,
        afterUnknown,
      }),
    ],
  });
}

describe("rule cam-trust-policy-changed", () => {
  it("flags a role whose trust policy admits another principal", () => {
    const review = reviewPlan(rolePlan(roleAttributes("dev"), roleAttributes("dev", "cvm.qcloud.com")), { rules: only });
    expect(review.findings).toEqual([
      expect.objectContaining({
        rule: "cam-trust-policy-changed",
        address: ADDRESSES.role,
        reason: "trust policy (document) changes",
      }),
    ]);
    expect(review.guarded).toBe(true);
  });

  it("flags a trust policy that becomes unknown until apply", () => {
    const after = { ...roleAttributes("dev"), document: null };
    expect(reviewPlan(rolePlan(roleAttributes("dev"), after, { document: true }), { rules: only }).findings).toHaveLength(1);
  });

  it("does not flag a description change or a re-formatted but equal document", () => {
    const before = roleAttributes("dev");
    const reformatted = JSON.stringify(JSON.parse(before.document as string), null, 2);
    const review = reviewPlan(rolePlan(before, { ...before, description: "new", document: reformatted }), { rules: only });
    expect(review.findings).toEqual([]);
  });

  it("does not flag creating the role", () => {
    const plan = tencentcloudPlan({
      changes: [resourceChange({ address: ADDRESSES.role, actions: ["create"], after: roleAttributes("dev") })],
    });
    expect(reviewPlan(plan, { rules: only }).findings).toEqual([]);
  });
});
