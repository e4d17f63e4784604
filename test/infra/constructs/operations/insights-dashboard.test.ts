// The CLS dashboard of the verification insights: declared once per stack on the function's log
// topic, its panels' queries name only indexed log fields (as the log alarms' must), and the
// synthesized resource passes the provider schema check.
import { insightsPanels } from "../../../../infra/constructs/operations/insights-dashboard";
import { loggedFieldNames, logField } from "../../../../infra/constructs/operations/log-index-fields";
import { checkSynthesizedStack, formatViolations } from "../../../../infra/schema-check/check-synthesized-stack";
import { environmentTemplate } from "../../support/environment-fixtures";
import { PROVIDER_SCHEMAS } from "../../support/provider-schemas";

it("every panel's query names only fields the functions log (and the index has)", () => {
  const logged = new Set(loggedFieldNames());
  const prefix = logField("");
  for (const panel of insightsPanels()) {
    // Log fields are flat now (logField("") is ""): a field is a search key (`field:`) or a quoted SQL column.
    const p = prefix.replace(".", "\\.");
    const named = [...panel.query.matchAll(new RegExp(`(?:^|\\s)${p}([A-Za-z]+):|(?<!:)"${p}([A-Za-z]+)"`, "g"))].map(
      (m) => m[1] ?? m[2],
    );
    expect(named.length).toBeGreaterThan(0);
    for (const field of named) expect([panel.id, logged.has(field)]).toEqual([panel.id, true]);
  }
});

it("the staging stack declares the dashboard on its log topic with the funnel panels", () => {
  const template = environmentTemplate("staging");
  const [dashboard] = template.resources("tencentcloud_cls_dashboard") as { dashboard_name: string; data: string }[];
  expect(dashboard.dashboard_name).toBe("smsverify-staging-insights");
  const data = JSON.parse(dashboard.data) as { panels: { id: string; target: { TopicId: string; Query: string } }[] };
  expect(data.panels.map((p) => p.id)).toEqual([
    "funnel-by-hour",
    "conversion-by-hour",
    "refusals-by-limit",
    "fraud-guard-blocks",
    "budget-prefixes",
  ]);
  expect(new Set(data.panels.map((p) => p.target.TopicId))).toEqual(
    new Set([template.referenceTo("tencentcloud_cls_topic", "id")]),
  );
  expect(formatViolations(checkSynthesizedStack(template.document, PROVIDER_SCHEMAS).violations)).toBe("");
});
