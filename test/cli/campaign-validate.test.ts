// `campaign validate`: exit statuses, the printed report, and progress lines off a terminal.
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { PassThrough } from "node:stream";
import { runCampaignCli } from "../../cli/campaign";
import { createProgressDisplay } from "../../cli/campaign/progress-display";
import { campaignTable } from "../../cli/campaign/table-bindings";
import type { EnvironmentEntry } from "../../infra/config/environment-settings";
import { ENVIRONMENTS } from "../../infra/config/environments";

const dir = mkdtempSync(join(tmpdir(), "campaign-cli-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

async function cli(argv: string[], table?: readonly EnvironmentEntry[]) {
  const out = new PassThrough();
  const err = new PassThrough();
  let stdout = "";
  let stderr = "";
  out.on("data", (d) => (stdout += d));
  err.on("data", (d) => (stderr += d));
  const context = { env: {}, now: () => new Date(), ...(table && { table: () => campaignTable(table) }) };
  const code = await runCampaignCli(argv, { out, err, interactive: false }, context);
  return { code, stdout, stderr };
}

function csv(name: string, text: string): string {
  const path = join(dir, name);
  writeFileSync(path, text);
  return path;
}

it("exits 0 for a clean file and prints totals with the SMS estimate", async () => {
  const { code, stdout } = await cli([
    "validate",
    csv("ok.csv", "phone,name\n13800138000,Li\n13900139000,Wang\n"),
    "--template",
    "spring-festival",
    "--env",
    "dev",
  ]);
  expect(code).toBe(0);
  expect(stdout).toMatch(/sendable\s+2/);
  expect(stdout).toMatch(/estimated SMS\s+\d+/);
});

it("exits 3 when some rows will be skipped and lists them by line", async () => {
  const { code, stdout } = await cli([
    "validate",
    csv("some.csv", "13800138000,Li\n1380013800,Wang\n"),
    "--template",
    "Spring Festival greeting",
    "--env",
    "prod",
  ]);
  expect(code).toBe(3);
  expect(stdout).toContain("line 2: InvalidPhone");
});

it("exits 1 with the error code for an unusable file and 64 for bad usage", async () => {
  const bad = await cli(["validate", csv("empty.csv", ""), "--template", "spring-festival", "--env", "dev"]);
  expect(bad.code).toBe(1);
  expect(bad.stdout).toContain("error EmptyFile");
  const usage = await cli(["validate", csv("x.csv", "13800138000,Li\n"), "--env", "dev"]);
  expect(usage.code).toBe(64);
  expect(usage.stderr).toContain("campaign: error [USAGE]: --template is required");
  const unknown = await cli(["validate", csv("y.csv", "13800138000,Li\n"), "--template", "nope", "--env", "dev"]);
  expect(unknown.stderr).toContain("campaign: error [TEMPLATE_UNKNOWN]");
});

it("prints a plain progress line every interval when not on a terminal", () => {
  let t = 0;
  let text = "";
  const stream = new PassThrough();
  stream.on("data", (d) => (text += d));
  const progress = createProgressDisplay("validating", { stream, interactive: false, lineIntervalMs: 5000, now: () => t });
  t = 1000;
  progress.update(1000, 0.1);
  t = 5000;
  progress.update(5000, 0.5);
  t = 6000;
  progress.update(6000, 0.6);
  t = 10000;
  progress.update(10000, 1);
  progress.done(10000);
  stream.end();
  const lines = text.trim().split("\n");
  expect(lines).toHaveLength(3);
  expect(lines[0]).toBe("validating: 5,000 rows, 1,000 rows/s, 50%, ETA 5s");
  expect(lines[2]).toContain("10,000 rows in 10.0 s");
  expect(text).not.toContain("\r");
});

it("warns when the template id or signature is still the table's example, and not once they are filled", async () => {
  const file = csv("warn.csv", "phone,name\n13800138000,Li\n");
  const argv = ["validate", file, "--template", "spring-festival", "--env", "dev"];
  const shipped = await cli(argv);
  expect(shipped.code).toBe(0);
  expect(shipped.stderr).toContain(
    'campaign: warning [PLACEHOLDER_BINDING]: dev still uses example values from infra/config/environments.ts (campaigns.templateBindings.spring-festival.templateId = "1000001", campaigns.templateBindings.spring-festival.signName = "Example Tech")',
  );
  const filled = structuredClone(ENVIRONMENTS) as EnvironmentEntry[];
  const dev = filled.find((e) => e.name === "dev")!;
  dev.campaigns!.templateBindings = { "spring-festival": { templateId: "2345678", signName: "Acme" } };
  const own = await cli(argv, filled);
  expect(own.code).toBe(0);
  expect(own.stderr).not.toContain("warning");
});
