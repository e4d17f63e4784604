// MetricAlarm: one Cloud Monitor alarm policy (any of its rules fires it), bound to exactly the
// objects it watches — a policy without a binding watches nothing — and wired to the contacts.
import { Construct } from "constructs";
import { MonitorAlarmPolicy, MonitorAlarmPolicyConditionsRules } from "../../.gen/providers/tencentcloud/monitor-alarm-policy";
import { MonitorPolicyBindingObject } from "../../.gen/providers/tencentcloud/monitor-policy-binding-object";
import {
  ALARM_POLICY_REMARK_LIMIT,
  METRIC_PERIOD_SECONDS,
  METRIC_RULE_VALUES,
  MONITOR_TYPE,
  NOTICE_FREQUENCY_SECONDS,
} from "../../../cloud/monitor";

export interface MetricRule {
  /** Documented metric name (cloud/monitor.ts). */
  metric: string;
  /** Fires when the metric is greater than this. */
  above: number;
  /** Consecutive periods above the threshold before it fires. */
  periods: number;
  description: string;
}

export interface MetricAlarmProps {
  policyName: string;
  /** Documented policy namespace (cloud/monitor.ts). */
  namespace: string;
  rules: MetricRule[];
  /** dimensions_json objects of what the policy watches (a function, a Redis instance). */
  objects: Array<Record<string, string>>;
  region: string;
  noticeIds: string[];
  remark: string;
}

export class MetricAlarm extends Construct {
  readonly policy: MonitorAlarmPolicy;
  readonly binding: MonitorPolicyBindingObject;

  constructor(scope: Construct, id: string, props: MetricAlarmProps) {
    super(scope, id);
    // The provider refuses a longer remark at validate; say so at synth, where the text is written.
    if (props.remark.length > ALARM_POLICY_REMARK_LIMIT.maxLength) {
      throw new Error(
        `alarm policy ${props.policyName}: remark is ${props.remark.length} characters, the provider allows ${ALARM_POLICY_REMARK_LIMIT.maxLength} (${ALARM_POLICY_REMARK_LIMIT.source})`,
      );
    }
    const rules: MonitorAlarmPolicyConditionsRules[] = props.rules.map((r) => ({
      metricName: r.metric,
      description: r.description,
      period: METRIC_PERIOD_SECONDS,
      operator: METRIC_RULE_VALUES.greaterThan,
      value: String(r.above),
      continuePeriod: r.periods,
      noticeFrequency: NOTICE_FREQUENCY_SECONDS,
      isPowerNotice: 0,
      ruleType: METRIC_RULE_VALUES.staticThreshold,
    }));
    this.policy = new MonitorAlarmPolicy(this, "policy", {
      policyName: props.policyName,
      monitorType: MONITOR_TYPE,
      namespace: props.namespace,
      enable: 1,
      projectId: 0,
      remark: props.remark,
      // 0: any rule fires the policy.
      conditions: { isUnionRule: 0, rules },
      noticeIds: props.noticeIds,
    });
    this.binding = new MonitorPolicyBindingObject(this, "objects", {
      policyId: this.policy.id,
      dimensions: props.objects.map((o) => ({ region: props.region, dimensionsJson: JSON.stringify(o) })),
    });
  }
}
