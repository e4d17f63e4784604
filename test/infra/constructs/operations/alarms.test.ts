// Alarms: contacts wired into every policy and log alarm, every metric alarm bound to an object
// that exists in the stack (a function by name, the Redis instance by id), documented metric
// names, thresholds from the table (stricter in prod), and no alarms where dev turns them off.
import { REDIS_METRICS, REDIS_POLICY_NAMESPACE, SCF_METRICS, SCF_POLICY_NAMESPACE } from "../../../../cloud/monitor";
import { ENVIRONMENTS } from "../../../../infra/config/environments";
import { environmentTemplate, synthStack, variant } from "../../support/environment-fixtures";
import { Template } from "../../support/template";
import { checkSynthesizedStack, formatViolations } from "../../../../infra/schema-check/check-synthesized-stack";
import { PROVIDER_SCHEMAS } from "../../support/provider-schemas";
import { scanForSecrets } from "../../support/secret-scan";

type Rule = { metric_name: string; value: string; operator: string; period: number };
type Policy = {
  policy_name: string;
  namespace: string;
  monitor_type: string;
  notice_ids: string[];
  conditions: { rules: Rule[] };
};

function policies(t: Template): Record<string, Policy> {
  return t.document.resource.tencentcloud_monitor_alarm_policy as unknown as Record<string, Policy>;
}

function ruleValue(policy: Policy, metric: string): number {
  return Number(policy.conditions.rules.find((r) => r.metric_name === metric)?.value);
}

describe("Alarms", () => {
  it("dev turns alarms off: no notices, policies or log alarms, logs still shipped", () => {
    const dev = environmentTemplate("dev");
    for (const type of [
      "tencentcloud_monitor_alarm_notice",
      "tencentcloud_monitor_alarm_policy",
      "tencentcloud_cls_alarm",
      "tencentcloud_cls_alarm_notice",
    ]) {
      expect(dev.resources(type)).toHaveLength(0);
    }
    expect(dev.resources("tencentcloud_cls_topic")).toHaveLength(1);
  });

  it.each(["staging", "prod"])("%s: every metric alarm is bound to a function or the Redis instance of this stack", (env) => {
    const t = environmentTemplate(env);
    const ids = Object.keys(policies(t));
    expect(ids).toHaveLength(3);
    const functionNames = Object.keys(t.document.resource.tencentcloud_scf_function).map(
      (id) => `\${tencentcloud_scf_function.${id}.name}`,
    );
    const redisId = t.referenceTo("tencentcloud_redis_instance", "id");
    const bindings = t.resources("tencentcloud_monitor_policy_binding_object") as Array<{
      policy_id: string;
      dimensions: Array<{ dimensions_json: string }>;
    }>;
    expect(bindings.map((b) => b.policy_id).sort()).toEqual(
      ids.map((id) => `\${tencentcloud_monitor_alarm_policy.${id}.id}`).sort(),
    );
    const bound = bindings.flatMap((b) => b.dimensions.map((d) => JSON.parse(d.dimensions_json) as Record<string, string>));
    const boundFunctions = bound.filter((d) => d.functionName).map((d) => d.functionName);
    expect(boundFunctions.sort()).toEqual([...functionNames].sort());
    expect(bound.filter((d) => d.functionName).every((d) => d.namespace === "default")).toBe(true);
    expect(bound.filter((d) => d.instanceid).map((d) => d.instanceid)).toEqual([redisId]);
  });

  it.each(["staging", "prod"])("%s: documented namespaces and metrics, contacts on every policy", (env) => {
    const t = environmentTemplate(env);
    const notice = t.referenceTo("tencentcloud_monitor_alarm_notice", "id");
    for (const policy of Object.values(policies(t))) {
      expect(policy.monitor_type).toBe("MT_QCE");
      expect(policy.notice_ids).toEqual([notice]);
      const metrics = policy.conditions.rules.map((r) => r.metric_name).sort();
      if (policy.namespace === SCF_POLICY_NAMESPACE) expect(metrics).toEqual(Object.values(SCF_METRICS).sort());
      else {
        expect(policy.namespace).toBe(REDIS_POLICY_NAMESPACE);
        expect(metrics).toEqual(Object.values(REDIS_METRICS).sort());
      }
      expect(policy.conditions.rules.every((r) => r.operator === "gt" && r.period === 60)).toBe(true);
    }
  });

  it("prod thresholds are stricter than staging's", () => {
    const byName = (t: Template, part: string) => Object.values(policies(t)).find((p) => p.policy_name.endsWith(part))!;
    const staging = environmentTemplate("staging");
    const prod = environmentTemplate("prod");
    for (const metric of Object.values(SCF_METRICS)) {
      expect(ruleValue(byName(prod, "verification-function"), metric)).toBeLessThan(
        ruleValue(byName(staging, "verification-function"), metric),
      );
    }
    for (const metric of Object.values(REDIS_METRICS)) {
      expect(ruleValue(byName(prod, "-redis"), metric)).toBeLessThan(ruleValue(byName(staging, "-redis"), metric));
    }
    const prodThresholds = ENVIRONMENTS.find((e) => e.name === "prod")!.operations.alarms.thresholds;
    expect(ruleValue(byName(prod, "verification-function"), SCF_METRICS.errors)).toBe(prodThresholds.functionErrorsPerMinute);
  });

  it.each(["staging", "prod"])("%s: log alarms read the stack's topic and notify the CLS contacts", (env) => {
    const t = environmentTemplate(env);
    const alarms = t.resources("tencentcloud_cls_alarm") as Array<{
      name: string;
      alarm_notice_ids: string[];
      condition: string;
      alarm_targets: Array<{ topic_id: string; logset_id: string; query: string }>;
    }>;
    expect(alarms.map((a) => a.name.replace(`smsverify-${env}-`, "")).sort()).toEqual([
      "campaign-failures",
      "fraud-guard-blocks",
      "internal-errors",
      "rate-limit-trips",
      "service-unavailable",
      "sms-budget-trips",
      "sms-send-failures",
    ]);
    for (const alarm of alarms) {
      expect(alarm.alarm_notice_ids).toEqual([t.referenceTo("tencentcloud_cls_alarm_notice", "id")]);
      expect(alarm.alarm_targets[0].topic_id).toBe(t.referenceTo("tencentcloud_cls_topic", "id"));
      expect(alarm.alarm_targets[0].logset_id).toBe(t.referenceTo("tencentcloud_cls_logset", "id"));
      expect(alarm.condition).toMatch(/^\$1\.\w+ /);
    }
    const budget = alarms.find((a) => a.name.endsWith("sms-budget-trips"))!;
    // Top-level keys, as SCF parses a flat JSON line (cloud/cls.ts); SCF_Message is plain text.
    expect(budget.alarm_targets[0].query).toMatch(/^codeStr:"RateLimited" AND limit:"budget" \|/);
    for (const alarm of alarms) expect(alarm.alarm_targets[0].query).not.toContain("SCF_Message.");
  });

  it("contacts from the table reach both notice kinds: users, groups and the webhook", () => {
    const { template } = synthStack(
      variant((s) => {
        s.name = "stage2";
        s.operations.alarms = {
          ...s.operations.alarms,
          enabled: true,
          contacts: {
            userIds: [11, 12],
            groupIds: [7],
            channels: ["email", "call"],
            webhookUrl: "https://hooks.example.com/alarm",
          },
        };
      }),
    );
    const monitor = template.resource("tencentcloud_monitor_alarm_notice") as {
      user_notices: Array<{ receiver_type: string; user_ids?: number[]; group_ids?: number[]; notice_way: string[] }>;
      url_notices: Array<{ url: string }>;
    };
    expect(monitor.user_notices).toEqual([
      expect.objectContaining({ receiver_type: "USER", user_ids: [11, 12], notice_way: ["EMAIL", "CALL"] }),
      expect.objectContaining({ receiver_type: "GROUP", group_ids: [7], notice_way: ["EMAIL", "CALL"] }),
    ]);
    expect(monitor.url_notices).toEqual([expect.objectContaining({ url: "https://hooks.example.com/alarm" })]);
    const cls = template.resource("tencentcloud_cls_alarm_notice") as {
      notice_receivers: Array<{ receiver_type: string; receiver_ids: number[]; receiver_channels: string[] }>;
      web_callbacks: Array<{ url: string; callback_type: string }>;
    };
    expect(cls.notice_receivers).toEqual([
      expect.objectContaining({ receiver_type: "Uin", receiver_ids: [11, 12], receiver_channels: ["Email", "Phone"] }),
      expect.objectContaining({ receiver_type: "Group", receiver_ids: [7], receiver_channels: ["Email", "Phone"] }),
    ]);
    expect(cls.web_callbacks).toEqual([
      expect.objectContaining({ url: "https://hooks.example.com/alarm", callback_type: "Http" }),
    ]);
    // This variant (users, groups, webhook) fits the provider schema and holds no secret either.
    expect(formatViolations(checkSynthesizedStack(template.document, PROVIDER_SCHEMAS).violations)).toBe("");
    expect(scanForSecrets(template.document)).toEqual([]);
  });
});
