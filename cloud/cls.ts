// SCF logs in CLS: the fields SCF writes for every line, how a function's own JSON line arrives,
// and the query syntax the log alarms and the runbook use.
import { CloudName, PROVIDER_SOURCE, Source } from "./source";

/** Index value types CLS key-value indexes take. */
export type ClsIndexType = "text" | "long" | "double";

export interface ClsKey extends CloudName {
  type: ClsIndexType;
}

const SCF_LOG_STRUCTURE =
  "https://cloud.tencent.com/document/product/583/60336 (SCF 日志结构说明: every line's fixed keys and their types)";

/** SCF's own per-line keys worth indexing (the request id follows one invocation). */
export const SCF_PLATFORM_KEYS: readonly ClsKey[] = [
  { name: "SCF_FunctionName", type: "text", source: SCF_LOG_STRUCTURE },
  { name: "SCF_RequestId", type: "text", source: SCF_LOG_STRUCTURE },
  { name: "SCF_Qualifier", type: "text", source: SCF_LOG_STRUCTURE },
  { name: "SCF_Level", type: "text", source: SCF_LOG_STRUCTURE },
];

/**
 * The line the function wrote, as text (document 583/60336 types it `text`, not JSON). Indexed as
 * text so the whole line stays searchable; nothing is read from inside it.
 */
export const SCF_MESSAGE_KEY: ClsKey = {
  name: "SCF_Message",
  type: "text",
  source: SCF_LOG_STRUCTURE,
  confirm: "CLS console → the topic → Index Configuration shows SCF_Message as text; a search on a line's word finds it",
};

/**
 * How a function's JSON line reaches CLS: "when a single line the function outputs is JSON, it is
 * parsed and delivered as field:value pairs; only first-level fields whose values are numbers or
 * text are parsed" — so `codeStr`, `limit`, `latencyMs` arrive as top-level keys named as written,
 * and a nested object or an array would not be a key at all. The functions therefore write one
 * flat JSON object per line (first-level numbers and text only), each line its own write, with
 * process.stdout.write (document 583/46772 describes a "timestamp RequestId content" wrapper that
 * older Node runtimes put around console.log output, which would stop the line being JSON).
 */
export const SCF_JSON_LINE_FIELDS = {
  source:
    "https://cloud.tencent.com/document/product/583/18032 (日志说明 → 自定义日志字段 / 输出方式; mirrored at cloud.tencent.cn/document/product/858/18032), https://cloud.tencent.com/document/product/583/46772",
  confirm:
    'after the first request: CLS console → the topic → search `codeStr:"Success"` finds the line; `SCF_Message.codeStr:"Success"` finds nothing',
  /** A logged field's CLS key: its own name, at the top level. */
  key: (field: string) => field,
} as const satisfies Source & Record<string, unknown>;

/**
 * CLS query syntax the alarms use: `key:"value"` search conditions joined by AND/OR, then `|` and
 * SQL in which a key is a double-quoted column; an alarm's condition reads the first query's
 * columns as `$1.<column>`. Provider docs: website/docs/r/cls_alarm.html.markdown (query
 * "status:>500 | select count(*) as errorCounts", condition "$1.errorCounts > 10").
 */
export const CLS_QUERY_SYNTAX = {
  source: PROVIDER_SOURCE("cls/resource_tc_cls_alarm.md (example query and condition)"),
  search: (field: string, value: string) => `${SCF_JSON_LINE_FIELDS.key(field)}:${JSON.stringify(value)}`,
  column: (field: string) => `"${SCF_JSON_LINE_FIELDS.key(field)}"`,
} as const satisfies Source & Record<string, unknown>;

/**
 * tencentcloud_cls_alarm_notice and tencentcloud_cls_alarm values (unvalidated by the provider): who
 * is notified on which channel, and how often an alarm runs its query.
 */
export const CLS_ALARM_VALUES = {
  source: `${PROVIDER_SOURCE("cls/resource_tc_cls_alarm_notice.go (type Trigger|Recovery|All; receiver_type Uin|Group; receiver_channels Email, Sms, WeChat, Phone; callback_type Http, …)")}; ${PROVIDER_SOURCE("cls/resource_tc_cls_alarm.go (monitor_time.type Period|Fixed; syntax_rule 1: CQL)")}`,
  confirm: "CLS console → Alarm Notification Groups → <app>-<env>-log-alarms lists the recipients on each chosen channel",
  triggerAndRecovery: "All",
  receiverTypes: { user: "Uin", group: "Group" },
  channels: { email: "Email", sms: "Sms", wechat: "WeChat", call: "Phone" },
  webhook: "Http",
  everyPeriod: "Period",
  cqlSyntax: 1,
} as const satisfies Source & Record<string, unknown>;

/** CLS's own time field (milliseconds, every log has it) and the hourly bucket the dashboards group by. */
export const CLS_TIME_FIELD = {
  name: "__TIMESTAMP__",
  source:
    "https://intl.cloud.tencent.com/document/product/614/36746 (CLS datetime functions: __TIMESTAMP__, histogram(cast(__TIMESTAMP__ as timestamp), INTERVAL 1 HOUR))",
  hourly: "histogram(cast(__TIMESTAMP__ as timestamp), interval 1 hour)",
} as const satisfies Source & Record<string, unknown>;
