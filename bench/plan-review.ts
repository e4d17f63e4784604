// Benchmark: reviewing a 5,000-resource plan (parse + validate, review with masking and
// guard rules, text and markdown rendering). Prints a table; not a test, timings vary.
// Run: npm run bench:review
import { performance } from "node:perf_hooks";
import { parsePlan } from "../infra/plan-review/read-plan";
import { renderMarkdown } from "../infra/plan-review/render/markdown";
import { renderText } from "../infra/plan-review/render/text";
import { reviewPlan } from "../infra/plan-review/review";
import type { ResourceChange } from "../infra/plan-review/plan-json";
import {
  functionAttributes,
  noop,
  redisAttributes,
  resourceChange,
  roleAttributes,
  tencentcloudPlan,
} from "../test/infra/plan-review/support/tencentcloud-plan";

const RESOURCES = 5_000;
const ITERATIONS = 20;

function bigPlanJson(): string {
  const changes: ResourceChange[] = [];
  const drift: ResourceChange[] = [];
  for (let i = 0; i < RESOURCES; i += 1) {
    const suffix = i.toString(16).toUpperCase().padStart(8, "0");
    switch (i % 20) {
      case 0: // replaced Redis instance: guarded
        changes.push(
          resourceChange({
            address: `tencentcloud_redis_instance.redis_${suffix}`,
            actions: ["delete", "create"],
            // Distinct passwords: the masking also hunts for each known secret in other strings.
            before: { ...redisAttributes("prod", "ap-guangzhou-3"), password: `bench-pw-${suffix}` },
            after: { ...redisAttributes("prod", "ap-guangzhou-4"), password: `bench-pw-${suffix}` },
            afterUnknown: { ip: true },
            replacePaths: [["availability_zone"]],
            actionReason: "replace_because_cannot_update",
          }),
        );
        break;
      case 1:
      case 2: // function env updates with secret-bearing keys
        changes.push(
          resourceChange({
            address: `tencentcloud_scf_function.fn_${suffix}`,
            actions: ["update"],
            before: functionAttributes("prod", "10.0.1.7"),
            after: functionAttributes("prod", `10.0.${i % 250}.9`),
          }),
        );
        break;
      case 3:
        changes.push(
          resourceChange({
            address: `tencentcloud_cam_role.role_${suffix}`,
            actions: ["create"],
            after: roleAttributes("prod"),
            afterUnknown: { id: true },
          }),
        );
        break;
      default:
        changes.push(noop(`tencentcloud_scf_function.same_${suffix}`, functionAttributes("prod")));
    }
    if (i % 100 === 0) {
      drift.push(
        resourceChange({
          address: `tencentcloud_redis_instance.redis_${suffix}`,
          actions: ["update"],
          before: redisAttributes("prod"),
          after: { ...redisAttributes("prod"), mem_size: 4096 },
        }),
      );
    }
  }
  return JSON.stringify(tencentcloudPlan({ changes, drift }));
}

function measure(label: string, fn: () => unknown): { label: string; median: number; p95: number; max: number } {
  for (let i = 0; i < 3; i += 1) fn();
  const samples: number[] = [];
  for (let i = 0; i < ITERATIONS; i += 1) {
    const start = performance.now();
    fn();
    samples.push(performance.now() - start);
  }
  samples.sort((a, b) => a - b);
  const at = (q: number) => samples[Math.min(samples.length - 1, Math.floor(q * samples.length))] as number;
  return { label, median: at(0.5), p95: at(0.95), max: samples[samples.length - 1] as number };
}

const json = bigPlanJson();
const plan = parsePlan(json);
const review = reviewPlan(plan, { environment: "prod" });
const rows = [
  measure("parse + validate", () => parsePlan(json)),
  measure("review (diff, masking, rules)", () => reviewPlan(plan, { environment: "prod" })),
  measure("render text", () => renderText(review)),
  measure("render markdown", () => renderMarkdown(review)),
  measure("end to end (parse → text)", () => renderText(reviewPlan(parsePlan(json), { environment: "prod" }))),
];

console.log(
  `plan: ${RESOURCES} resource changes, ${(json.length / 1024 / 1024).toFixed(1)} MiB JSON; ` +
    `review: ${review.rows.length} changed rows, ${review.findings.length} guard findings, ${review.drift.length} drifted; ` +
    `${ITERATIONS} iterations after 3 warm-ups, node ${process.version}`,
);
console.log("| step | median ms | p95 ms | max ms |");
console.log("|---|---:|---:|---:|");
for (const r of rows) console.log(`| ${r.label} | ${r.median.toFixed(1)} | ${r.p95.toFixed(1)} | ${r.max.toFixed(1)} |`);
