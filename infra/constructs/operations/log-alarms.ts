// LogAlarms: CLS alarms over the functions' JSON log lines — what no platform metric sees: SMS
// send failures as a share of sends, rate-limit and SMS budget trips, ServiceUnavailable and
// InternalError bursts, and campaign runs that fail. Each alarm's query only names indexed fields
// (log-index-fields.ts; a test checks it) and its runbook page (docs/runbook/<id>.md) repeats it.
// Query and condition syntax: provider docs website/docs/r/cls_alarm.html.markdown (query
// "status:>500 | select count(*) as errorCounts", analysis result referenced as $1.<column>).
import { Construct } from "constructs";
import { ClsAlarm } from "../../.gen/providers/tencentcloud/cls-alarm";
import { AlarmThresholds } from "../../config/operations-settings";
import { ResourceNames } from "../resource-names";
import { LogDestination } from "./function-logs";
import { CLS_ALARM_VALUES, CLS_QUERY_SYNTAX } from "../../../cloud/cls";
import { logField as f } from "./log-index-fields";

/** A log field in CLS SQL: the top-level key, double-quoted (cloud/cls.ts). */
const sql = CLS_QUERY_SYNTAX.column;

export interface LogAlarmDefinition {
  /** Stable id: resource id, name suffix and runbook page (docs/runbook/<id>.md). */
  id: string;
  /** CLS query: search condition | SQL producing the columns the condition reads. */
  query: string;
  /** Trigger condition over the first query's result ($1). */
  condition: string;
  summary: string;
}

/** Log alarm definitions for an environment's thresholds; exported for the tests and the runbook. */
export function logAlarmDefinitions(t: AlarmThresholds): LogAlarmDefinition[] {
  return [
    {
      id: "sms-send-failures",
      query:
        `${f("msg")}:"verification request" AND ${f("method")}:"getSms" | select count(*) as requests, ` +
        `sum(case when ${sql("codeStr")} = 'SmsSendFailed' then 1 else 0 end) * 100.0 / count(*) as failurePercent`,
      condition: `$1.requests >= ${t.smsFailureMinRequests} && $1.failurePercent > ${t.smsFailureRatePercent}`,
      summary: `more than ${t.smsFailureRatePercent}% of getSms requests ended in SmsSendFailed`,
    },
    {
      id: "rate-limit-trips",
      query: `${f("codeStr")}:"RateLimited" | select count(*) as trips`,
      condition: `$1.trips > ${t.rateLimitedReplies}`,
      summary: `more than ${t.rateLimitedReplies} RateLimited replies`,
    },
    {
      id: "sms-budget-trips",
      query: `${f("codeStr")}:"RateLimited" AND ${f("limit")}:"budget" | select count(*) as trips`,
      condition: `$1.trips >= ${t.budgetTrips}`,
      summary: "the SMS spend budget refused sends",
    },
    {
      id: "fraud-guard-blocks",
      query: `${f("alarm")}:"fraudGuardBlocked" | select count(*) as blocks`,
      condition: `$1.blocks > 0`,
      summary: "the fraud guard blocked a number prefix or a country whose codes were not verified",
    },
    {
      id: "service-unavailable",
      query: `${f("codeStr")}:"ServiceUnavailable" | select count(*) as replies`,
      condition: `$1.replies > ${t.serviceUnavailableReplies}`,
      summary: `more than ${t.serviceUnavailableReplies} ServiceUnavailable replies`,
    },
    {
      id: "internal-errors",
      query: `${f("codeStr")}:"InternalError" | select count(*) as replies`,
      condition: `$1.replies >= ${t.internalErrorReplies}`,
      summary: "unexpected exceptions (InternalError replies)",
    },
    {
      id: "campaign-failures",
      query:
        `${f("fn")}:"bulk-greeting" AND (${f("event")}:"tickFailed" OR ${f("event")}:"configInvalid" OR (${f("event")}:"campaignRun" AND ${f("stop")}:"failed"))` +
        ` | select count(*) as failures`,
      condition: `$1.failures > 0`,
      summary: "a campaign run failed, or the bulk-greeting tick failed",
    },
  ];
}

export interface LogAlarmsProps {
  names: ResourceNames;
  logs: LogDestination;
  thresholds: AlarmThresholds;
  clsNoticeId: string;
  tags: Record<string, string>;
}

export class LogAlarms extends Construct {
  readonly alarms: Record<string, ClsAlarm> = {};

  constructor(scope: Construct, id: string, props: LogAlarmsProps) {
    super(scope, id);
    const window = props.thresholds.logWindowMinutes;
    for (const def of logAlarmDefinitions(props.thresholds)) {
      this.alarms[def.id] = new ClsAlarm(this, def.id, {
        name: props.names.of(def.id),
        alarmNoticeIds: [props.clsNoticeId],
        // Evaluate every minute over the last `window` minutes; notify again at most every 30 min.
        monitorTime: { type: CLS_ALARM_VALUES.everyPeriod, time: 1 },
        alarmTargets: [
          {
            logsetId: props.logs.logsetId,
            topicId: props.logs.topicId,
            number: 1,
            query: def.query,
            startTimeOffset: -window,
            endTimeOffset: 0,
            syntaxRule: CLS_ALARM_VALUES.cqlSyntax,
          },
        ],
        condition: def.condition,
        triggerCount: 1,
        alarmPeriod: 30,
        alarmLevel: def.id === "internal-errors" || def.id === "service-unavailable" ? 2 : 0,
        status: true,
        messageTemplate: `${def.summary}. Runbook: docs/runbook/${def.id}.md`,
        tags: props.tags,
      });
    }
  }
}
