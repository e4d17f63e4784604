// "Adding an environment is one entry": a `qa` entry added to a copy of the table in one place is
// picked up by synth (its stack, schema-valid), the CI matrices (plan and apply chain), the
// campaign CLI (bindings from the table) and the docs' environment table.
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { PassThrough } from "node:stream";
import { runCampaignCli } from "../../cli/campaign";
import { campaignTable } from "../../cli/campaign/table-bindings";
import { ciPlanOf } from "../../infra/config/ci-environments";
import { EnvironmentEntry } from "../../infra/config/environment-settings";
import { ENVIRONMENTS } from "../../infra/config/environments";
import { renderEnvsMarkdown } from "../../infra/config/environment-listing";
import { validateEnvironments } from "../../infra/config/validate-environment";
import { checkSynthesizedStack, formatViolations } from "../../infra/schema-check/check-synthesized-stack";
import { PROVIDER_SCHEMAS } from "./support/provider-schemas";
import { synthStack } from "./support/environment-fixtures";

/** The one place the test adds the environment: a copy of staging named qa. */
function tableWithQa(): EnvironmentEntry[] {
  const qa = JSON.parse(JSON.stringify(ENVIRONMENTS.find((e) => e.name === "staging"))) as EnvironmentEntry;
  qa.name = "qa";
  qa.availabilityZone = "ap-guangzhou-6";
  qa.network = { vpcCidr: "10.40.0.0/16", subnetCidr: "10.40.1.0/24" };
  return [...ENVIRONMENTS, qa];
}

const table = tableWithQa();
const configs = validateEnvironments(table);
const qa = configs.find((c) => c.name === "qa")!;

const docsTable = (): string => {
  const page = readFileSync(resolve(__dirname, "..", "..", "docs", "environments.md"), "utf8");
  return (
    page.slice(page.indexOf("<!-- envs:begin -->") + "<!-- envs:begin -->".length, page.indexOf("<!-- envs:end -->")).trim() +
    "\n"
  );
};

describe("adding an environment is one entry in the table", () => {
  it("synthesizes a qa stack that passes the provider schema check, with its own state key", () => {
    const { stack, template } = synthStack(qa);
    expect(stack.node.id).toBe("qa");
    expect(formatViolations(checkSynthesizedStack(template.document, PROVIDER_SCHEMAS).violations)).toBe("");
    expect(qa.backend).toMatchObject({ kind: "cos", prefix: "smsverify/qa", key: "terraform.tfstate" });
    expect(template.resource("tencentcloud_vpc")).toMatchObject({ name: "smsverify-qa-vpc", cidr_block: "10.40.0.0/16" });
  });

  it("joins the plan matrix and the end of the apply chain", () => {
    const ci = ciPlanOf(configs);
    expect(ci.plan).toEqual([...ENVIRONMENTS.map((e) => e.name), "qa"]);
    expect(ci.apply[ci.apply.length - 1]).toBe("qa");
  });

  it("is accepted by the campaign CLI, with the template bindings it got from the campaign defaults", async () => {
    const dir = mkdtempSync(join(tmpdir(), "qa-campaign-"));
    try {
      const file = join(dir, "members.csv");
      writeFileSync(file, "phone,name\n13800138000,Li\n");
      const out = new PassThrough();
      let stdout = "";
      out.on("data", (d) => (stdout += d));
      const argv = ["validate", file, "--template", "spring-festival", "--env", "qa"];
      const context = { env: {}, now: () => new Date(), table: () => campaignTable(table) };
      expect(await runCampaignCli(argv, { out, err: new PassThrough(), interactive: false }, context)).toBe(0);
      expect(stdout).toMatch(/verdict\s+ok/);
      // The shipped table has no qa: the same command names the environments that have campaigns.
      const err = new PassThrough();
      let stderr = "";
      err.on("data", (d) => (stderr += d));
      expect(
        await runCampaignCli(argv, { out: new PassThrough(), err, interactive: false }, { env: {}, now: () => new Date() }),
      ).toBe(64);
      expect(stderr).toContain('campaign: error [ENVIRONMENT_UNKNOWN]: environment "qa" has no campaigns block');
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it("appears in the docs' environment table, which matches the shipped table today", () => {
    expect(renderEnvsMarkdown(ciPlanOf(configs))).toMatch(/^\| 4 +\| `qa` +\| ap-guangzhou +\| cos +\| yes +\|/m);
    expect(docsTable()).toBe(renderEnvsMarkdown(ciPlanOf(validateEnvironments(ENVIRONMENTS))));
  });
});
