import { reviewPlan } from "../../../../infra/plan-review/review";
import {
  statefulResourceReplaced,
  STATEFUL_RESOURCE_TYPES,
} from "../../../../infra/plan-review/rules/stateful-resource-replaced";
import {
  ADDRESSES,
  functionAttributes,
  redisAttributes,
  resourceChange,
  tags,
  tencentcloudPlan,
} from "../support/tencentcloud-plan";
import { loadFixture } from "../support/fixtures";

const only = [statefulResourceReplaced];

describe("rule stateful-resource-replaced", () => {
  it.each([
    ["Redis instance", ADDRESSES.redis],
    ["VPC", ADDRESSES.vpc],
    ["subnet", ADDRESSES.subnet],
    ["COS bucket", ADDRESSES.bucket],
  ])("guards replacing the %s", (_, address) => {
    const plan = tencentcloudPlan({
      changes: [
        resourceChange({
          address,
          actions: ["delete", "create"],
          before: { name: "x", tags: tags("dev") },
          after: { name: "y", tags: tags("dev") },
          replacePaths: [["name"]],
        }),
      ],
    });
    const review = reviewPlan(plan, { rules: only });
    expect(review.findings).toEqual([
      expect.objectContaining({ rule: "stateful-resource-replaced", address, kind: "replace", allowed: false }),
    ]);
    expect(review.guarded).toBe(true);
  });

  it("guards deleting the Redis instance (create_before_destroy order too)", () => {
    const plan = tencentcloudPlan({
      changes: [
        resourceChange({ address: ADDRESSES.redis, actions: ["delete"], before: redisAttributes("dev") }),
        resourceChange({
          address: ADDRESSES.vpc,
          actions: ["create", "delete"],
          before: { cidr_block: "10.0.0.0/16" },
          after: { cidr_block: "10.1.0.0/16" },
        }),
      ],
    });
    expect(reviewPlan(plan, { rules: only }).findings.map((f) => [f.address, f.kind])).toEqual([
      [ADDRESSES.redis, "delete"],
      [ADDRESSES.vpc, "replace"],
    ]);
  });

  it("leaves in-place updates of stateful resources and replacements of other resources alone", () => {
    const redis = redisAttributes("dev");
    const plan = tencentcloudPlan({
      changes: [
        resourceChange({ address: ADDRESSES.redis, actions: ["update"], before: redis, after: { ...redis, mem_size: 2048 } }),
        resourceChange({
          address: ADDRESSES.fn,
          actions: ["delete", "create"],
          before: functionAttributes("dev"),
          after: functionAttributes("dev"),
          replacePaths: [["namespace"]],
        }),
        resourceChange({ address: ADDRESSES.subnet, actions: ["create"], after: { cidr_block: "10.0.1.0/24" } }),
      ],
    });
    const review = reviewPlan(plan, { rules: only });
    expect(review.findings).toEqual([]);
    expect(review.guarded).toBe(false);
  });

  it("ignores the terraform_data replacement of the real fixture (not a stateful type)", () => {
    expect(reviewPlan(loadFixture("mixed"), { rules: only }).findings).toEqual([]);
    expect(STATEFUL_RESOURCE_TYPES).toContain("tencentcloud_redis_instance");
  });
});

describe("--allow-replace", () => {
  const plan = loadFixture("tencentcloud-staging-replace");

  it("allows exactly the named address and keeps the other guarded", () => {
    const review = reviewPlan(plan, { allowReplace: [ADDRESSES.redis] });
    expect(review.findings.map((f) => [f.address, f.allowed])).toEqual([
      [ADDRESSES.redis, true],
      [ADDRESSES.vpc, false],
    ]);
    expect(review.guarded).toBe(true);
  });

  it("clears the review when every guarded address is allowed", () => {
    const review = reviewPlan(plan, { allowReplace: [ADDRESSES.redis, ADDRESSES.vpc] });
    expect(review.guarded).toBe(false);
    expect(review.findings.every((f) => f.allowed)).toBe(true);
  });

  it("does not match by type, prefix or without the cdktf hash suffix", () => {
    for (const near of [
      "tencentcloud_redis_instance",
      "tencentcloud_redis_instance.redis_store_instance",
      `${ADDRESSES.redis}x`,
      ADDRESSES.redis.toLowerCase(),
    ]) {
      const review = reviewPlan(plan, { allowReplace: [near] });
      expect(review.findings.find((f) => f.address === ADDRESSES.redis)?.allowed).toBe(false);
      expect(review.unusedAllowances).toEqual([near]);
    }
  });
});
