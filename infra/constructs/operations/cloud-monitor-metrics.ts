// The Cloud Monitor names the alarm policies use, each with where it is documented. A wrong
// namespace or metric name is accepted by terraform and then silently never fires, so every name
// here is copied from the documentation cited next to it, and nowhere else in the code.

/** tencentcloud_monitor_alarm_policy `monitor_type` for cloud product metrics. Source: provider docs
 *  website/docs/r/monitor_alarm_policy.html.markdown (every example uses monitor_type = "MT_QCE"). */
export const MONITOR_TYPE = "MT_QCE";

/**
 * SCF functions. Policy namespace (alarm "policy type") `SCF` — the id Cloud Monitor's
 * DescribeAllNamespaces lists for QCE/SCF_V2 ("SCF-version"), as returned by the provider's
 * tencentcloud_monitor_alarm_all_namespaces data source. Metric names: Cloud Monitor API
 * documentation "Serverless Cloud Function" (Namespace=QCE/SCF_V2,
 * https://cloud.tencent.com/document/product/248/45130): dimensions functionName, namespace,
 * version/alias.
 */
export const SCF_POLICY_NAMESPACE = "SCF";
export const SCF_METRICS = {
  /** "Error": error requests after execution, function errors plus platform errors. */
  errors: "Error",
  /** "Throttle": invocations throttled (concurrency limit reached). */
  throttles: "Throttle",
  /** "Http433": function execution timed out. */
  timeouts: "Http433",
  /** "Duration": average running duration, ms. */
  duration: "Duration",
} as const;

/**
 * TencentDB for Redis (memory edition). Policy namespace `redis_mem_edition` ("Cloud
 * Database-Redis-Memory Edition-Instance", DescribeAllNamespaces; also the Cloud Monitor console
 * path /monitor/product/redis_mem_edition linked from the Redis monitoring docs). Metric names:
 * Cloud Monitor API documentation "TencentDB for Redis (memory edition)" (Namespace=QCE/REDIS_MEM),
 * instance dimension `instanceid`; the Redis "Monitoring Metric Description" page lists the same
 * instance metrics as cpu_util, mem_util and connections_util.
 */
export const REDIS_POLICY_NAMESPACE = "redis_mem_edition";
export const REDIS_METRICS = {
  /** Average CPU utilization, %. */
  cpu: "CpuUtil",
  /** Used memory / total memory, %. */
  memory: "MemUtil",
  /** TCP connections / maximum connections, %. */
  connections: "ConnectionsUtil",
} as const;

/** Alarm rule evaluation period: every metric above is reported at 1-minute granularity. */
export const METRIC_PERIOD_SECONDS = 60;
/** Re-notify an ongoing alarm at most every 30 minutes. */
export const NOTICE_FREQUENCY_SECONDS = 1800;

/** dimensions_json of one SCF function for tencentcloud_monitor_policy_binding_object. */
export function scfFunctionDimensions(functionName: string, namespace = "default"): Record<string, string> {
  return { functionName, namespace };
}

/** dimensions_json of one Redis instance. */
export function redisInstanceDimensions(instanceId: string): Record<string, string> {
  return { instanceid: instanceId };
}
