import { commentMarker, MAX_COMMENT_CHARS, renderMarkdown } from "../../../infra/plan-review/render/markdown";
import { reviewPlan } from "../../../infra/plan-review/review";
import { loadFixture } from "./support/fixtures";
import { ADDRESSES, resourceChange, tags, tencentcloudPlan } from "./support/tencentcloud-plan";

describe("markdown pull-request comment", () => {
  it("starts with one hidden marker per environment so CI updates instead of adding comments", () => {
    const dev = renderMarkdown(reviewPlan(loadFixture("mixed"), { environment: "dev" }));
    const prod = renderMarkdown(reviewPlan(loadFixture("mixed"), { environment: "prod" }));
    expect(dev.split("\n")[0]).toBe("<!-- plan-review:dev -->");
    expect(prod.split("\n")[0]).toBe(commentMarker("prod"));
    expect(dev.match(/<!-- plan-review:/g)).toHaveLength(1);
  });

  it("has the verdict, counts, a row per changed address and collapsible attribute diffs", () => {
    const md = renderMarkdown(reviewPlan(loadFixture("tencentcloud-staging-replace")));
    expect(md).toContain("❌ Terraform plan review: staging");
    expect(md).toContain("0 to create, 1 to update, 2 to replace, 0 to delete");
    expect(md).toContain(`| replace | \`${ADDRESSES.redis}\` | replace_because_cannot_update; forced by availability_zone |`);
    expect(md).toContain("| ❌ guarded | stateful-resource-replaced |");
    expect(md).toMatch(
      /<details>\n<summary>-\/\+ `tencentcloud_redis_instance\.[^`]+` — 3 attribute change\(s\)<\/summary>\n\n```diff\n- availability_zone = "ap-guangzhou-3"\n\+ availability_zone = "ap-guangzhou-4"/,
    );
    expect(md.match(/<details>/g)?.length).toBe(md.match(/<\/details>/g)?.length);
  });

  it("reports drift and outputs in their own sections", () => {
    const md = renderMarkdown(reviewPlan(loadFixture("tencentcloud-dev-update")));
    expect(md).toContain("#### Drift (changed outside terraform since the last apply)");
    expect(md).toContain("#### Output changes");
    expect(md).toContain("✅ Terraform plan review: dev");
  });

  it("keeps a huge plan under GitHub's comment limit with balanced blocks", () => {
    const changes = Array.from({ length: 3000 }, (_, i) =>
      resourceChange({
        address: `tencentcloud_vpc.v_${i}`,
        actions: ["update"],
        before: { name: `a${i}`, tags: tags("dev") },
        after: { name: `b${i}`, tags: tags("dev") },
      }),
    );
    const md = renderMarkdown(reviewPlan(tencentcloudPlan({ changes })));
    expect(md.length).toBeLessThanOrEqual(MAX_COMMENT_CHARS);
    expect(md).toContain("Review truncated");
    expect((md.match(/```/g) ?? []).length % 2).toBe(0);
    expect(md.match(/<details>/g)?.length).toBe(md.match(/<\/details>/g)?.length);
  });

  it("escapes pipes in table cells", () => {
    const plan = tencentcloudPlan({
      changes: [resourceChange({ address: 'tencentcloud_vpc.v["a|b"]', actions: ["create"], after: { name: "x" } })],
    });
    expect(renderMarkdown(reviewPlan(plan))).toContain('`tencentcloud_vpc.v["a\\|b"]`');
  });
});
