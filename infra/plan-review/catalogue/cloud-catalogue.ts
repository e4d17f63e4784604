// The plan-time check of the cloud's own names: before `npm run plan` plans an environment (with
// the deployer's credentials, so never offline), a small data-only Terraform configuration reads
// the account (tencentcloud_user_info) and Cloud Monitor's alarm catalogue
// (tencentcloud_monitor_alarm_all_namespaces, and tencentcloud_monitor_alarm_metric per policy
// namespace the stacks use), and every namespace and metric of cloud/monitor.ts is looked up in
// it. A name the catalogue lacks fails the plan, with the catalogue's nearest names, instead of
// creating an alarm that never fires. The account's uin is what the stacks' Secrets Manager grants
// name (variable account_uin). Synth and the tests never run this: the data sources call the cloud.
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { ALARM_CATALOGUE, MONITOR_TYPE, type AlarmCatalogueEntry } from "../../../cloud/monitor";
import { runProcess } from "../workflow/terraform-process";

/** What the account's catalogue says, as the configuration below outputs it. */
export interface CloudCatalogue {
  accountUin: string;
  /** Alarm policy namespace ids (qce_namespaces_new[*].id). */
  namespaces: string[];
  /** Metric names by policy namespace. */
  metrics: Record<string, string[]>;
}

const outputName = (namespace: string) => `metrics_${namespace.replace(/[^A-Za-z0-9_]/g, "_")}`;

/** The data-only configuration (Terraform JSON) reading the catalogue in `region`. */
export function catalogueConfiguration(
  region: string,
  providerVersion: string,
  entries = ALARM_CATALOGUE,
): Record<string, unknown> {
  const metricData = Object.fromEntries(
    entries.map((e) => [
      outputName(e.namespace.name),
      { module: "monitor", monitor_type: MONITOR_TYPE, namespace: e.namespace.name },
    ]),
  );
  return {
    terraform: { required_providers: { tencentcloud: { source: "tencentcloudstack/tencentcloud", version: providerVersion } } },
    provider: { tencentcloud: [{ region }] },
    data: {
      tencentcloud_user_info: { account: {} },
      tencentcloud_monitor_alarm_all_namespaces: {
        namespaces: { scene_type: "ST_ALARM", module: "monitor", monitor_types: [MONITOR_TYPE] },
      },
      tencentcloud_monitor_alarm_metric: metricData,
    },
    output: {
      account_uin: { value: "${data.tencentcloud_user_info.account.owner_uin}" },
      namespaces: { value: "${[for n in data.tencentcloud_monitor_alarm_all_namespaces.namespaces.qce_namespaces_new : n.id]}" },
      ...Object.fromEntries(
        entries.map((e) => [
          outputName(e.namespace.name),
          {
            value: `\${[for m in data.tencentcloud_monitor_alarm_metric.${outputName(e.namespace.name)}.metrics : m.metric_name]}`,
          },
        ]),
      ),
    },
  };
}

/** Terraform's `output -json` of that configuration, as a catalogue. */
export function catalogueFromOutputs(outputs: Record<string, { value: unknown }>, entries = ALARM_CATALOGUE): CloudCatalogue {
  return {
    accountUin: String(outputs.account_uin?.value ?? ""),
    namespaces: (outputs.namespaces?.value as string[] | undefined) ?? [],
    metrics: Object.fromEntries(
      entries.map((e) => [e.namespace.name, (outputs[outputName(e.namespace.name)]?.value as string[] | undefined) ?? []]),
    ),
  };
}

/** Levenshtein distance, for "did you mean". */
function distance(a: string, b: string): number {
  const row = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    let previous = row[0]!;
    row[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const current = row[j]!;
      row[j] = Math.min(row[j]! + 1, row[j - 1]! + 1, previous + (a[i - 1]!.toLowerCase() === b[j - 1]!.toLowerCase() ? 0 : 1));
      previous = current;
    }
  }
  return row[b.length]!;
}

/** The catalogue names closest to `name` (case-insensitive edit distance), at most three. */
export function nearestNames(name: string, catalogue: readonly string[]): string[] {
  return [...catalogue].sort((x, y) => distance(name, x) - distance(name, y) || x.localeCompare(y)).slice(0, 3);
}

/** One line per register name the catalogue lacks, naming the nearest catalogue names. */
export function checkAgainstCatalogue(
  catalogue: CloudCatalogue,
  entries: readonly AlarmCatalogueEntry[] = ALARM_CATALOGUE,
): string[] {
  const problems: string[] = [];
  for (const entry of entries) {
    const namespace = entry.namespace.name;
    if (!catalogue.namespaces.includes(namespace)) {
      problems.push(
        `alarm namespace "${namespace}" is not in the account's catalogue (nearest: ${nearestNames(namespace, catalogue.namespaces).join(", ") || "none"}); source: ${entry.namespace.source}`,
      );
      continue;
    }
    const metrics = catalogue.metrics[namespace] ?? [];
    for (const metric of Object.values(entry.metrics)) {
      if (metrics.includes(metric.name)) continue;
      problems.push(
        `metric "${metric.name}" is not an alarm metric of ${namespace} (nearest: ${nearestNames(metric.name, metrics).join(", ") || "none"}); source: ${metric.source}`,
      );
    }
  }
  if (!/^\d+$/.test(catalogue.accountUin))
    problems.push(`tencentcloud_user_info gave no account uin (got "${catalogue.accountUin}")`);
  return problems;
}

/** Reads the catalogue with the deployer's credentials: terraform init + apply of the data-only configuration. */
export async function readCloudCatalogue(
  region: string,
  providerVersion: string,
  terraformBin: string,
  env: NodeJS.ProcessEnv,
): Promise<CloudCatalogue> {
  const dir = mkdtempSync(join(tmpdir(), "cloud-catalogue-"));
  try {
    writeFileSync(join(dir, "main.tf.json"), JSON.stringify(catalogueConfiguration(region, providerVersion)));
    for (const args of [
      ["init", "-input=false", "-no-color"],
      ["apply", "-auto-approve", "-input=false", "-no-color", "-lock=false"],
      ["output", "-json"],
    ]) {
      const result = await runProcess(terraformBin, args, { cwd: dir, env });
      if (result.exitCode !== 0) throw new Error(`terraform ${args[0]} of the catalogue check failed:\n${result.stderr.trim()}`);
      if (args[0] === "output") return catalogueFromOutputs(JSON.parse(result.stdout) as Record<string, { value: unknown }>);
    }
    throw new Error("unreachable");
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
