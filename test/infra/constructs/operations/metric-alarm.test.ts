// MetricAlarm: the provider's own limits that the schema check cannot see, enforced where the text
// is written (the real provider's validate is the second line: test/infra/terraform/).
import type { TerraformStack } from "../../../../infra/framework";
import { MetricAlarm } from "../../../../infra/constructs/operations/metric-alarm";
import { ALARM_POLICY_REMARK_LIMIT } from "../../../../cloud/monitor";
import { environmentTemplate, ENVIRONMENT_NAMES } from "../../support/environment-fixtures";
import { Template } from "../../support/template";

describe("MetricAlarm", () => {
  it.each(ENVIRONMENT_NAMES)("%s: every alarm policy remark fits the provider's 100 characters", (env) => {
    for (const policy of environmentTemplate(env).resources("tencentcloud_monitor_alarm_policy")) {
      expect(String(policy.remark).length).toBeLessThanOrEqual(ALARM_POLICY_REMARK_LIMIT.maxLength);
    }
  });

  it("refuses a longer remark at synth, naming the policy and the limit", () => {
    expect(() =>
      Template.fromConstructs((stack: TerraformStack) => {
        new MetricAlarm(stack, "alarm", {
          policyName: "smsverify-dev-x",
          namespace: "SCF",
          rules: [],
          objects: [],
          region: "ap-guangzhou",
          noticeIds: [],
          remark: "x".repeat(101),
        });
      }),
    ).toThrow("alarm policy smsverify-dev-x: remark is 101 characters, the provider allows 100");
  });
});
