// InsightsDashboard: the verification funnel as CLS SQL panels on a dashboard
// (tencentcloud_cls_dashboard, provider 1.83.25: dashboard_name, data = the dashboard's JSON
// configuration, tags) over the function's log topic — the figures `npm run insights` reads from
// Redis, here from the request log lines: getSms requested and sent, logins verified, conversion,
// refusals by limit, and the fraud guard's blocks. Every query names only indexed log fields
// (log-index-fields.ts; a test checks it), through the same field helper the log alarms use.
// The provider documents `data` only as "dashboard configuration data in JSON format"; the panel
// layout below follows the CLS console's export (panels with a title, a chart type and a
// TopicId + Query target). Open the dashboard once after the first apply (docs/operations.md).
import { Construct } from "constructs";
import { ClsDashboard } from "../../.gen/providers/tencentcloud/cls-dashboard";
import { ResourceNames } from "../resource-names";
import { LogDestination } from "./function-logs";
import { logField as f } from "./log-index-fields";
import { CLS_TIME_FIELD } from "../../../cloud/cls";

const sql = (field: string) => `"${f(field)}"`;
const when = (condition: string) => `sum(case when ${condition} then 1 else 0 end)`;
const hour = CLS_TIME_FIELD.hourly;

export interface InsightsPanel {
  id: string;
  title: string;
  chart: "line" | "bar" | "table";
  /** CLS query: search condition | SQL. */
  query: string;
}

/** The dashboard's panels; exported for the tests (indexed fields only) and the docs. */
export function insightsPanels(): InsightsPanel[] {
  const request = `${f("msg")}:"verification request"`;
  const getSms = `${sql("method")} = 'getSms'`;
  const login = `${sql("method")} = 'login'`;
  const success = `${sql("codeStr")} = 'Success'`;
  return [
    {
      id: "funnel-by-hour",
      title: "Codes requested, sent and verified per hour",
      chart: "line",
      query:
        `${request} | select ${hour} as hour, ${when(getSms)} as requested, ${when(`${getSms} and ${success}`)} as sent, ` +
        `${when(`${login} and ${success}`)} as verified group by hour order by hour limit 1000`,
    },
    {
      id: "conversion-by-hour",
      title: "Conversion (verified / sent) per hour, %",
      chart: "line",
      query:
        `${request} | select ${hour} as hour, ${when(`${login} and ${success}`)} * 100.0 / ` +
        `greatest(${when(`${getSms} and ${success}`)}, 1) as conversion group by hour order by hour limit 1000`,
    },
    {
      id: "refusals-by-limit",
      title: "Refusals by limit",
      chart: "bar",
      query: `${f("codeStr")}:"RateLimited" | select ${sql("limit")} as refused_by, count(*) as refusals group by refused_by order by refusals desc limit 20`,
    },
    {
      id: "fraud-guard-blocks",
      title: "Fraud guard blocks",
      chart: "table",
      query:
        `${f("alarm")}:"fraudGuardBlocked" | select ${CLS_TIME_FIELD.name} as blocked_at, ${sql("guardScope")} as scope, ` +
        `${sql("guardSent")} as sent, ${sql("guardVerified")} as verified order by blocked_at desc limit 100`,
    },
    {
      id: "budget-prefixes",
      title: "Number prefixes refused by the prefix budget",
      chart: "table",
      query:
        `${f("alarm")}:"smsBudgetTripped" AND ${f("budget")}:"prefixHourly" | select ${sql("numberPrefix")} as prefix, ` +
        `count(*) as refusals group by prefix order by refusals desc limit 20`,
    },
  ];
}

export interface InsightsDashboardProps {
  names: ResourceNames;
  logs: LogDestination;
  tags: Record<string, string>;
}

export class InsightsDashboard extends Construct {
  readonly dashboard: ClsDashboard;

  constructor(scope: Construct, id: string, props: InsightsDashboardProps) {
    super(scope, id);
    const panels = insightsPanels().map((panel, i) => ({
      id: panel.id,
      title: panel.title,
      type: panel.chart,
      gridPos: { x: (i % 2) * 12, y: Math.floor(i / 2) * 8, w: 12, h: 8 },
      target: { TopicId: props.logs.topicId, Query: panel.query, SyntaxRule: 1 },
    }));
    this.dashboard = new ClsDashboard(this, "dashboard", {
      dashboardName: props.names.of("insights"),
      data: JSON.stringify({ timezone: "browser", panels }),
      tags: props.tags,
    });
  }
}
