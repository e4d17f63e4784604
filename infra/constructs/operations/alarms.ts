// Alarms: everything that pages someone in one environment — the contacts, one Cloud Monitor
// policy per function (errors, throttles, timeouts, duration), one for the Redis instance (memory,
// CPU, connections), and the CLS log alarms. Thresholds come from the environment table.
import { Construct } from "constructs";
import { ScfFunction } from "../../.gen/providers/tencentcloud/scf-function";
import { AlarmSettings } from "../../config/operations-settings";
import { ResourceNames } from "../resource-names";
import { AlarmContacts } from "./alarm-contacts";
import {
  REDIS_METRICS,
  REDIS_POLICY_NAMESPACE,
  redisInstanceDimensions,
  SCF_METRICS,
  SCF_POLICY_NAMESPACE,
  scfFunctionDimensions,
} from "../../../cloud/monitor";
import { SCF_NAMESPACE } from "./function-capacity";
import { LogDestination } from "./function-logs";
import { LogAlarms } from "./log-alarms";
import { MetricAlarm } from "./metric-alarm";

export interface WatchedFunction {
  /** Short name used in ids and policy names: "verification", "bulk-greeting". */
  part: string;
  function: ScfFunction;
  /** Average duration (ms) above which the duration rule fires. */
  durationMs: number;
}

export interface AlarmsProps {
  names: ResourceNames;
  region: string;
  settings: AlarmSettings;
  functions: WatchedFunction[];
  /** Absent for a brought Redis without an instance id: no Redis alarm (its owner watches it). */
  redisInstanceId?: string;
  logs: LogDestination;
  tags: Record<string, string>;
}

export class Alarms extends Construct {
  readonly contacts: AlarmContacts;
  readonly functionAlarms: Record<string, MetricAlarm> = {};
  readonly redisAlarm?: MetricAlarm;
  readonly logAlarms: LogAlarms;

  constructor(scope: Construct, id: string, props: AlarmsProps) {
    super(scope, id);
    const { names, settings } = props;
    this.contacts = new AlarmContacts(this, "contacts", { names, contacts: settings.contacts, tags: props.tags });
    const noticeIds = [this.contacts.monitorNotice.id];
    for (const watched of props.functions) this.functionAlarms[watched.part] = this.functionAlarm(watched, props, noticeIds);
    if (props.redisInstanceId !== undefined) this.redisAlarm = this.redisInstanceAlarm(props.redisInstanceId, props, noticeIds);
    this.logAlarms = new LogAlarms(this, "logs", {
      names,
      logs: props.logs,
      thresholds: settings.thresholds,
      clsNoticeId: this.contacts.clsNotice.id,
      tags: props.tags,
    });
  }

  /** Errors, throttles and timeouts per minute, and average duration, of one function. */
  private functionAlarm(watched: WatchedFunction, props: AlarmsProps, noticeIds: string[]): MetricAlarm {
    const t = props.settings.thresholds;
    return new MetricAlarm(this, `${watched.part}-function`, {
      policyName: props.names.of(`${watched.part}-function`),
      namespace: SCF_POLICY_NAMESPACE,
      region: props.region,
      noticeIds,
      remark: `SCF ${watched.part}: errors, throttles, timeouts, duration. Runbook: docs/runbook/function-*.md`,
      objects: [scfFunctionDimensions(watched.function.name, SCF_NAMESPACE)],
      rules: [
        { metric: SCF_METRICS.errors, above: t.functionErrorsPerMinute, periods: 1, description: "Errors per minute" },
        {
          metric: SCF_METRICS.throttles,
          above: t.functionThrottlesPerMinute,
          periods: 1,
          description: "Throttled invocations per minute",
        },
        {
          metric: SCF_METRICS.timeouts,
          above: t.functionTimeoutsPerMinute,
          periods: 1,
          description: "Timed-out invocations per minute",
        },
        { metric: SCF_METRICS.duration, above: watched.durationMs, periods: 3, description: "Average duration (ms)" },
      ],
    });
  }

  /** Memory, CPU and connection utilization of the Redis instance. */
  private redisInstanceAlarm(instanceId: string, props: AlarmsProps, noticeIds: string[]): MetricAlarm {
    const t = props.settings.thresholds;
    return new MetricAlarm(this, "redis", {
      policyName: props.names.of("redis"),
      namespace: REDIS_POLICY_NAMESPACE,
      region: props.region,
      noticeIds,
      remark: "TencentDB for Redis: memory, CPU, connections. Runbook: docs/runbook/redis-*.md",
      objects: [redisInstanceDimensions(instanceId)],
      rules: [
        { metric: REDIS_METRICS.memory, above: t.redisMemoryPercent, periods: 3, description: "Memory utilization (%)" },
        { metric: REDIS_METRICS.cpu, above: t.redisCpuPercent, periods: 3, description: "CPU utilization (%)" },
        {
          metric: REDIS_METRICS.connections,
          above: t.redisConnectionsPercent,
          periods: 2,
          description: "Connection utilization (%)",
        },
      ],
    });
  }
}
