// A plan adopting existing resources (import blocks) shows each import in the review, also when
// the adopted resource needs no other change.
import { parsePlan } from "../../../infra/plan-review/read-plan";
import { renderMarkdown } from "../../../infra/plan-review/render/markdown";
import { renderText } from "../../../infra/plan-review/render/text";
import { reviewPlan } from "../../../infra/plan-review/review";

const plan = parsePlan(
  JSON.stringify({
    format_version: "1.2",
    terraform_version: "1.11.4",
    resource_changes: [
      {
        address: "tencentcloud_vpc.network_vpc_1A2B3C4D",
        mode: "managed",
        type: "tencentcloud_vpc",
        name: "network_vpc_1A2B3C4D",
        change: {
          actions: ["no-op"],
          before: { cidr_block: "10.10.0.0/16" },
          after: { cidr_block: "10.10.0.0/16" },
          importing: { id: "vpc-2ari9m7h" },
        },
      },
      {
        address: "tencentcloud_redis_instance.redis_instance_5E6F7A8B",
        mode: "managed",
        type: "tencentcloud_redis_instance",
        name: "redis_instance_5E6F7A8B",
        change: {
          actions: ["update"],
          before: { mem_size: 256, name: "tutorial" },
          after: { mem_size: 256, name: "smsverify-dev-redis" },
          importing: { id: "crs-5kq7xz2m" },
        },
      },
    ],
  }),
  "import.plan.json",
);

describe("review of an adopting plan", () => {
  const review = reviewPlan(plan, { environment: "dev" });

  it("lists an import that changes nothing else, with the adopted id", () => {
    expect(review.rows.map((r) => [r.address, r.kind, r.importId])).toEqual([
      ["tencentcloud_vpc.network_vpc_1A2B3C4D", "no-op", "vpc-2ari9m7h"],
      ["tencentcloud_redis_instance.redis_instance_5E6F7A8B", "update", "crs-5kq7xz2m"],
    ]);
    expect(review.guarded).toBe(false);
  });

  it("says 'imported from <id>' in text and markdown", () => {
    expect(renderText(review)).toContain("tencentcloud_vpc.network_vpc_1A2B3C4D  (imported from vpc-2ari9m7h)");
    expect(renderMarkdown(review)).toContain("imported from crs-5kq7xz2m");
  });
});
