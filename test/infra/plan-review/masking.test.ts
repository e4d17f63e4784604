import { reviewCommand } from "../../../cli/review";
import { renderMarkdown } from "../../../infra/plan-review/render/markdown";
import { renderText } from "../../../infra/plan-review/render/text";
import { reviewPlan } from "../../../infra/plan-review/review";
import { allFixtureNames, FIXTURE_SECRETS, fixturePath, loadFixture } from "./support/fixtures";
import { readFileSync } from "node:fs";

async function cliOutput(args: string[]): Promise<string> {
  let out = "";
  await reviewCommand(args, { stdout: (t) => (out += t), stderr: (t) => (out += t) });
  return out;
}

describe("masking secrets in every output format", () => {
  it("the fixtures really contain the planted secrets (so the grep below means something)", () => {
    const raw = allFixtureNames()
      .map((n) => readFileSync(fixturePath(n), "utf8"))
      .join("\n");
    for (const secret of FIXTURE_SECRETS) expect(raw).toContain(secret);
  });

  it.each(allFixtureNames())("no fixture secret appears in the text, markdown or JSON model of %s", async (name) => {
    for (const environment of ["dev", "prod"]) {
      const review = reviewPlan(loadFixture(name), { environment });
      const outputs = [
        renderText(review),
        renderMarkdown(review),
        JSON.stringify(review),
        await cliOutput([fixturePath(name), "--env", environment]),
        await cliOutput([fixturePath(name), "--format", "markdown", "--env", environment]),
      ];
      for (const output of outputs) {
        for (const secret of FIXTURE_SECRETS) expect(output).not.toContain(secret);
      }
    }
  });

  it("masks the SCF environment's REDIS_PASSWORD and CODE_PEPPER by name, keeping other keys visible", () => {
    const fn = reviewPlan(loadFixture("tencentcloud-dev-update")).rows.find((r) => r.type === "tencentcloud_scf_function");
    expect(fn?.attributes).toContainEqual({ path: "environment.REDIS_HOST", before: '"10.0.1.7"', after: '"10.0.1.9"' });
    const plan = loadFixture("tencentcloud-dev-update");
    const created = plan.resource_changes.find((rc) => rc.type === "tencentcloud_scf_function");
    if (!created) throw new Error("fixture changed");
    created.change.actions = ["create"];
    created.change.before = null;
    const text = renderText(reviewPlan(plan));
    expect(text).toContain("environment.REDIS_PASSWORD = (sensitive value)");
    expect(text).toContain("environment.CODE_PEPPER = (sensitive value)");
    expect(text).toContain('environment.SMS_SDKAPPID = "1400000000"');
  });

  it("masks a copy of a sensitive value that the provider left unmarked (terraform_data output)", () => {
    const credentials = reviewPlan(loadFixture("mixed")).rows.find((r) => r.address === "terraform_data.credentials");
    expect(credentials?.attributes).toContainEqual({ path: "output", before: "(sensitive value)", after: "(known after apply)" });
  });

  it("masks a secret embedded in a longer unmarked string", () => {
    const plan = loadFixture("tencentcloud-dev-update");
    const fn = plan.resource_changes.find((rc) => rc.type === "tencentcloud_scf_function");
    (fn?.change.after as Record<string, unknown>).description = `redis://:${FIXTURE_SECRETS[3]}@10.0.1.9:6379`;
    const text = renderText(reviewPlan(plan));
    expect(text).toContain("description = (sensitive value)");
    expect(text).not.toContain(FIXTURE_SECRETS[3]);
  });
});
