// The plan-time check of alarm names against the account's Cloud Monitor catalogue: a name the
// catalogue lacks fails with the nearest catalogue names; the data-only configuration is valid for
// the real provider and its outputs read back into the catalogue (terraform test, data sources mocked).
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { ALARM_CATALOGUE, REDIS_ALARMS, SCF_ALARMS } from "../../../../cloud/monitor";
import { TENCENTCLOUD_PROVIDER } from "../../../../infra/bindings/provider-types";
import {
  catalogueConfiguration,
  catalogueFromOutputs,
  checkAgainstCatalogue,
  nearestNames,
  type CloudCatalogue,
} from "../../../../infra/plan-review/catalogue/cloud-catalogue";
import { TerraformWorkspace } from "../../../support/terraform-test";

const names = (entry: typeof SCF_ALARMS) => Object.values(entry.metrics).map((m) => m.name);
const complete: CloudCatalogue = {
  accountUin: "100012345678",
  namespaces: ["cvm_device", SCF_ALARMS.namespace.name, REDIS_ALARMS.namespace.name, "redis_cluster"],
  metrics: {
    [SCF_ALARMS.namespace.name]: [...names(SCF_ALARMS), "Invocation", "OutFlow"],
    [REDIS_ALARMS.namespace.name]: [...names(REDIS_ALARMS), "Keys"],
  },
};

describe("alarm names against the account's catalogue", () => {
  it("passes when every namespace and metric of cloud/monitor.ts is in the catalogue", () => {
    expect(checkAgainstCatalogue(complete)).toEqual([]);
  });

  it("fails on a metric the catalogue names differently, offering the nearest names", () => {
    const renamed = { ...complete, metrics: { ...complete.metrics, SCF: ["Errors", "Throttle", "Http433", "Duration"] } };
    expect(checkAgainstCatalogue(renamed)).toEqual([
      expect.stringMatching(/^metric "Error" is not an alarm metric of SCF \(nearest: Errors, /),
    ]);
  });

  it("fails on an unknown namespace, offering the nearest ids, and on a missing account uin", () => {
    const problems = checkAgainstCatalogue({ ...complete, accountUin: "", namespaces: ["scf_v2", "redis_mem"] });
    expect(problems).toContainEqual(
      expect.stringMatching(/^alarm namespace "SCF" is not in the account's catalogue \(nearest: /),
    );
    expect(problems).toContainEqual(expect.stringMatching(/^alarm namespace "redis_mem_edition" .*nearest: redis_mem/));
    expect(problems).toContainEqual(expect.stringContaining("no account uin"));
  });

  it("ranks by edit distance, ignoring case", () => {
    expect(nearestNames("cpu_usage", ["CPUUsage", "CpuUtil", "mem_usage", "cpu_usage_max"])[0]).toBe("CPUUsage");
  });

  it("reads the catalogue through a configuration the real provider accepts (dry run, data sources mocked)", () => {
    const document = catalogueConfiguration("ap-guangzhou", TENCENTCLOUD_PROVIDER.version);
    const workspace = TerraformWorkspace.of({
      name: "catalogue",
      dir: mkdtempSync(join(tmpdir(), "catalogue-")),
      document: document as never,
    });
    expect(workspace.validate()).toEqual({ valid: true, errors: [] });
    const metrics = (entry: typeof SCF_ALARMS, list: string[]) => ({
      metrics: list.map((metric_name) => ({ metric_name, namespace: entry.namespace.name })),
    });
    const state = workspace.dryApply({
      dataOverrides: {
        "data.tencentcloud_user_info.account": { owner_uin: "100012345678", uin: "100012345679", app_id: "1250000000" },
        "data.tencentcloud_monitor_alarm_all_namespaces.namespaces": {
          qce_namespaces_new: complete.namespaces.map((id) => ({ id, name: id, value: `QCE/${id}` })),
        },
        "data.tencentcloud_monitor_alarm_metric.metrics_SCF": metrics(SCF_ALARMS, ["Error", "Throttle", "Http433", "Duration"]),
        "data.tencentcloud_monitor_alarm_metric.metrics_redis_mem_edition": metrics(REDIS_ALARMS, ["CpuUtil", "MemUtil"]),
      },
    });
    const catalogue = catalogueFromOutputs(state.outputs, ALARM_CATALOGUE);
    expect(catalogue.accountUin).toBe("100012345678");
    expect(checkAgainstCatalogue(catalogue)).toEqual([
      expect.stringMatching(/^metric "ConnectionsUtil" is not an alarm metric of redis_mem_edition \(nearest: /),
    ]);
  });
});
