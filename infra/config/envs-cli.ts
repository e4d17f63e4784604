// `npm run --silent envs -- [--json | --markdown]`: the environment table as CI and people see it —
// every environment in table order, its state backend, and whether the apply workflow applies it.
// The workflows read `--json` to build their job matrices, so the table is the only list.
import { parseArgs } from "node:util";
import { ciPlanOf, CiPlan } from "./ci-environments";
import { EnvironmentConfigError } from "./environment-config-error";
import { EnvironmentEntry } from "./environment-settings";
import { ENVIRONMENTS } from "./environments";
import { validateEnvironments } from "./validate-environment";

export const ENVS_USAGE = `usage: npm run --silent envs -- [--json | --markdown]

Lists the environments of infra/config/environments.ts in table order.
  (no flag)   a table for people
  --json      one line of JSON: {"environments":[…],"plan":[names],"apply":[names]}
              (plan: every environment; apply: the apply chain, never a local-state environment)
  --markdown  the table docs/environments.md embeds
  --help      this text
`;

export interface EnvsIo {
  stdout: (text: string) => void;
  stderr: (text: string) => void;
}

export function renderEnvsText(plan: CiPlan): string {
  const rows = plan.environments.map((e, i) => [String(i + 1), e.name, e.region, e.backend, e.apply ? "yes" : "no", e.reason]);
  const header = ["#", "environment", "region", "state", "CI applies", "why"];
  const widths = header.map((h, c) => Math.max(h.length, ...rows.map((r) => r[c].length)));
  const line = (cells: string[]): string =>
    cells
      .map((cell, c) => cell.padEnd(widths[c]))
      .join("  ")
      .trimEnd();
  return [line(header), ...rows.map(line)].join("\n") + "\n";
}

export function renderEnvsMarkdown(plan: CiPlan): string {
  const header = ["order", "environment", "region", "state", "CI applies", "why"];
  const rows = plan.environments.map((e, i) => [
    String(i + 1),
    `\`${e.name}\``,
    e.region,
    e.backend,
    e.apply ? "yes" : "no",
    e.reason,
  ]);
  // Columns padded to their widest cell, as Prettier lays out markdown tables, so the page it
  // is pasted into stays formatted.
  const widths = header.map((h, c) => Math.max(h.length, ...rows.map((r) => r[c]!.length)));
  const line = (cells: string[]) => `| ${cells.map((cell, c) => cell.padEnd(widths[c]!)).join(" | ")} |`;
  return [line(header), line(widths.map((w) => "-".repeat(w))), ...rows.map(line)].join("\n") + "\n";
}

/** Exit 0 listed; 1 the table is invalid; 2 bad usage. */
export function envsCommand(argv: readonly string[], io: EnvsIo, table: readonly EnvironmentEntry[] = ENVIRONMENTS): number {
  let values: { json?: boolean; markdown?: boolean; help?: boolean };
  try {
    ({ values } = parseArgs({
      args: [...argv],
      strict: true,
      allowPositionals: false,
      options: { json: { type: "boolean" }, markdown: { type: "boolean" }, help: { type: "boolean", short: "h" } },
    }));
  } catch (error) {
    io.stderr(`envs: error [USAGE]: ${(error as Error).message}\n${ENVS_USAGE}`);
    return 2;
  }
  if (values.help) {
    io.stdout(ENVS_USAGE);
    return 0;
  }
  if (values.json && values.markdown) {
    io.stderr(`envs: error [USAGE]: --json and --markdown exclude each other\n${ENVS_USAGE}`);
    return 2;
  }
  let plan: CiPlan;
  try {
    plan = ciPlanOf(validateEnvironments(table));
  } catch (error) {
    if (!(error instanceof EnvironmentConfigError)) throw error;
    io.stderr(`envs: error [${error.code}]: ${error.message}\n`);
    return 1;
  }
  if (values.json) io.stdout(`${JSON.stringify(plan)}\n`);
  else if (values.markdown) io.stdout(renderEnvsMarkdown(plan));
  else io.stdout(renderEnvsText(plan));
  return 0;
}

if (require.main === module) {
  process.exitCode = envsCommand(process.argv.slice(2), {
    stdout: (t) => process.stdout.write(t),
    stderr: (t) => process.stderr.write(t),
  });
}
