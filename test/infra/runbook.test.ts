// The runbook stays in step with the alarms: one page per alarm (every log alarm, every rule of the
// function and Redis policies), each log alarm's page repeats the alarm's search query verbatim,
// and operations.md links every page.
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { REDIS_METRICS, SCF_METRICS } from "../../cloud/monitor";
import { logAlarmDefinitions } from "../../infra/constructs/operations/log-alarms";
import { ENVIRONMENTS } from "../../infra/config/environments";

const docs = resolve(__dirname, "..", "..", "docs");
const runbook = join(docs, "runbook");
const page = (id: string) => readFileSync(join(runbook, `${id}.md`), "utf8");

const metricPages = [
  ...Object.entries(SCF_METRICS).map(([rule, metric]) => ({ id: `function-${rule}`, metric })),
  ...Object.entries(REDIS_METRICS).map(([rule, metric]) => ({ id: `redis-${rule}`, metric })),
];

describe("runbook", () => {
  const definitions = logAlarmDefinitions(ENVIRONMENTS.find((e) => e.name === "prod")!.operations.alarms.thresholds);

  it.each(definitions.map((d) => [d.id, d.query.split("|")[0]!.trim()]))(
    "log alarm %s: its page shows the alarm's query",
    (id, search) => {
      expect(page(id)).toContain(search);
    },
  );

  it.each(metricPages.map((m) => [m.id, m.metric]))("metric rule %s: its page names the metric %s", (id, metric) => {
    expect(page(id)).toContain(`\`${metric}\``);
  });

  it("has no page without an alarm, and operations.md links every page", () => {
    const expected = [...definitions.map((d) => d.id), ...metricPages.map((m) => m.id)].sort();
    expect(
      readdirSync(runbook)
        .map((f) => f.replace(/\.md$/, ""))
        .sort(),
    ).toEqual(expected);
    const operations = readFileSync(join(docs, "operations.md"), "utf8");
    for (const id of expected) expect(operations).toContain(`(runbook/${id}.md)`);
  });

  it("links between runbook pages resolve", () => {
    for (const file of readdirSync(runbook)) {
      for (const [, target] of readFileSync(join(runbook, file), "utf8").matchAll(/\]\(([a-z-]+\.md)\)/g)) {
        // campaigns.md lives one level up (docs/); the rest are runbook pages.
        expect([existsSync(join(runbook, target!)), existsSync(join(docs, target!)) || target === "campaigns.md"]).toContain(
          true,
        );
      }
    }
  });
});
