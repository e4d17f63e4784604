// Cloud Monitor: the alarm policy namespaces, metric names and dimensions the alarm policies use.
// The alarm API's names can differ from the data API's (CVM is `CPUUsage` in one, `cpu_usage` in
// the other), and a wrong one is accepted and then never fires: `npm run plan` with credentials
// checks every namespace and metric below against the account's own catalogue
// (tencentcloud_monitor_alarm_all_namespaces / tencentcloud_monitor_alarm_metric; see
// infra/plan-review/catalogue/) and fails the plan naming the nearest catalogue names.
import { CloudName, PROVIDER_SOURCE, Source } from "./source";

/** An alarm policy type: its namespace, rule metrics (by our key) and object dimensions. */
export interface AlarmCatalogueEntry {
  namespace: CloudName;
  metrics: Record<string, CloudName>;
  /** dimensions_json keys of a bound object. */
  dimensions: CloudName[];
}

/** tencentcloud_monitor_alarm_policy `monitor_type` for cloud product metrics. */
export const MONITOR_TYPE_ENTRY: CloudName = {
  name: "MT_QCE",
  source: PROVIDER_SOURCE('monitor/resource_tc_monitor_alarm_policy.md (every example uses monitor_type = "MT_QCE")'),
};

const SCF_METRIC_DOC =
  "https://cloud.tencent.com/document/product/248/45130 (Cloud Monitor API, Serverless Cloud Function, Namespace=QCE/SCF_V2)";
const REDIS_METRIC_DOC =
  "https://www.tencentcloud.com/document/product/248/39507 (Monitoring Metrics, Memory Edition, 5-Second: Namespace=QCE/REDIS_MEM, CpuUtil, MemUtil, ConnectionsUtil, dimension instanceid)";
const CHECKED_AT_PLAN =
  "checked by `npm run plan` against tencentcloud_monitor_alarm_metric; in the console: Cloud Monitor → Alarm Policy → the policy lists the metric";

/**
 * SCF functions. Policy namespace (alarm "policy type") `SCF`, the id DescribeAllNamespaces lists
 * for QCE/SCF_V2 ("SCF-version"); dimensions functionName, namespace.
 */
export const SCF_ALARMS: AlarmCatalogueEntry = {
  namespace: {
    name: "SCF",
    source: `Cloud Monitor DescribeAllNamespaces, as ${PROVIDER_SOURCE("monitor/data_source_tc_monitor_alarm_all_namespaces.go")} returns it`,
    confirm:
      "checked by `npm run plan` against tencentcloud_monitor_alarm_all_namespaces; in the console the policy's type reads Serverless Cloud Function",
  },
  metrics: {
    /** Error requests after execution: function errors plus platform errors. */
    errors: { name: "Error", source: SCF_METRIC_DOC, confirm: CHECKED_AT_PLAN },
    /** Invocations throttled (concurrency limit reached). */
    throttles: { name: "Throttle", source: SCF_METRIC_DOC, confirm: CHECKED_AT_PLAN },
    /** Function execution timed out (HTTP 433). */
    timeouts: { name: "Http433", source: SCF_METRIC_DOC, confirm: CHECKED_AT_PLAN },
    /** Average running duration, ms. */
    duration: { name: "Duration", source: SCF_METRIC_DOC, confirm: CHECKED_AT_PLAN },
  },
  dimensions: [
    { name: "functionName", source: SCF_METRIC_DOC, confirm: "the policy's Alarm Object list shows the function" },
    { name: "namespace", source: SCF_METRIC_DOC },
  ],
};

/**
 * TencentDB for Redis (memory edition). Policy namespace `redis_mem_edition` ("Cloud
 * Database-Redis-Memory Edition-Instance" in DescribeAllNamespaces); instance dimension `instanceid`.
 */
export const REDIS_ALARMS: AlarmCatalogueEntry = {
  namespace: {
    name: "redis_mem_edition",
    source: `Cloud Monitor DescribeAllNamespaces, as ${PROVIDER_SOURCE("monitor/data_source_tc_monitor_alarm_all_namespaces.go")} returns it`,
    confirm: "checked by `npm run plan` against tencentcloud_monitor_alarm_all_namespaces",
  },
  metrics: {
    /** Average CPU utilization, %. */
    cpu: { name: "CpuUtil", source: REDIS_METRIC_DOC, confirm: CHECKED_AT_PLAN },
    /** Used memory / total memory, %. */
    memory: { name: "MemUtil", source: REDIS_METRIC_DOC, confirm: CHECKED_AT_PLAN },
    /** TCP connections / maximum connections, %. */
    connections: { name: "ConnectionsUtil", source: REDIS_METRIC_DOC, confirm: CHECKED_AT_PLAN },
  },
  dimensions: [{ name: "instanceid", source: REDIS_METRIC_DOC, confirm: "the policy's Alarm Object list shows the instance" }],
};

/** Every alarm policy type the stacks create: what the plan-time catalogue check covers. */
export const ALARM_CATALOGUE: readonly AlarmCatalogueEntry[] = [SCF_ALARMS, REDIS_ALARMS];

/** tencentcloud_monitor_alarm_policy `remark`: the provider refuses more than 100 characters. */
export const ALARM_POLICY_REMARK_LIMIT = {
  maxLength: 100,
  source: PROVIDER_SOURCE("monitor/resource_tc_monitor_alarm_policy.go (remark: ValidateStringLengthInRange(0, 100))"),
} as const satisfies Source & Record<string, unknown>;

const names = <K extends string>(metrics: Record<K, CloudName>) =>
  Object.fromEntries(Object.entries<CloudName>(metrics).map(([key, entry]) => [key, entry.name])) as Record<K, string>;

// The plain strings the constructs use, read from the entries above.
export const MONITOR_TYPE = MONITOR_TYPE_ENTRY.name;
export const SCF_POLICY_NAMESPACE = SCF_ALARMS.namespace.name;
export const SCF_METRICS = names(SCF_ALARMS.metrics as Record<"errors" | "throttles" | "timeouts" | "duration", CloudName>);
export const REDIS_POLICY_NAMESPACE = REDIS_ALARMS.namespace.name;
export const REDIS_METRICS = names(REDIS_ALARMS.metrics as Record<"cpu" | "memory" | "connections", CloudName>);

/** Alarm rule evaluation period: every metric above is reported at 1-minute granularity. */
export const METRIC_PERIOD_SECONDS = 60;
/** Re-notify an ongoing alarm at most every 30 minutes. */
export const NOTICE_FREQUENCY_SECONDS = 1800;

/** dimensions_json of one SCF function for tencentcloud_monitor_policy_binding_object. */
export function scfFunctionDimensions(functionName: string, namespace = "default"): Record<string, string> {
  return { [SCF_ALARMS.dimensions[0].name]: functionName, [SCF_ALARMS.dimensions[1].name]: namespace };
}

/** dimensions_json of one Redis instance. */
export function redisInstanceDimensions(instanceId: string): Record<string, string> {
  return { [REDIS_ALARMS.dimensions[0].name]: instanceId };
}

/** tencentcloud_monitor_alarm_policy rule values: "greater than" and a static threshold. */
export const METRIC_RULE_VALUES = {
  source: PROVIDER_SOURCE('monitor/resource_tc_monitor_alarm_policy.md (rules: operator = "gt", rule_type = "STATIC")'),
  greaterThan: "gt",
  staticThreshold: "STATIC",
} as const satisfies Source & Record<string, unknown>;

/**
 * tencentcloud_monitor_alarm_notice values. The provider validates none of them: a misspelt channel
 * is accepted and then notifies nobody that way.
 */
export const MONITOR_NOTICE_VALUES = {
  source: PROVIDER_SOURCE(
    "monitor/resource_tc_monitor_alarm_notice.go (notice_type ALARM|OK|ALL; notice_language zh-CN|en-US; receiver_type USER|GROUP; notice_way EMAIL, SMS, CALL, WECHAT, RTX)",
  ),
  confirm: "Cloud Monitor → Notification Templates → <app>-<env>-alarms lists the recipients on each chosen channel",
  alarmAndRecovery: "ALL",
  language: "en-US",
  receiverTypes: { user: "USER", group: "GROUP" },
  channels: { email: "EMAIL", sms: "SMS", wechat: "WECHAT", call: "CALL" },
} as const satisfies Source & Record<string, unknown>;
