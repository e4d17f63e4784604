// What an adopter switches on (docs/ci.md): one required check with a stable name, and an apply
// workflow that behaves sensibly on a repository's first push and on documentation-only merges.
// The workflows' own scripts run under bash, with a stand-in `gh` where they call GitHub.
import { execFileSync, spawnSync } from "node:child_process";
import { chmodSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { parse } from "yaml";

const ROOT = resolve(__dirname, "..", "..");
type Step = { id?: string; name?: string; run?: string; env?: Record<string, string> };
type Job = {
  name?: string;
  needs?: string[];
  if?: string;
  permissions?: unknown;
  outputs?: Record<string, string>;
  steps?: Step[];
};
const load = (file: string) =>
  parse(readFileSync(join(ROOT, ".github/workflows", file), "utf8")) as { jobs: Record<string, Job> };
const plan = load("plan.yml");
const apply = load("apply.yml");
const scratch = mkdtempSync(join(tmpdir(), "adoption-ci-"));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

describe("plan.yml: the one check to require", () => {
  const job = plan.jobs.plans!;
  const script = job.steps![0]!.run!;
  const run = (results: { TEST: string; ENVIRONMENTS: string; PLAN: string }) =>
    spawnSync("bash", ["--noprofile", "--norc", "-eo", "pipefail", "-c", script], {
      env: { ...results, PATH: process.env.PATH },
      encoding: "utf8",
    });

  it("has a stable name, always runs after the tests and every environment's plan, and needs no permission", () => {
    expect(job.name).toBe("plans");
    expect([...job.needs!].sort()).toEqual(["environments", "plan", "test"]);
    expect(job.if).toBe("${{ always() }}");
    expect(job.permissions).toEqual({});
  });

  it("passes only when the tests passed and every environment planned with nothing guarded", () => {
    expect(run({ TEST: "success", ENVIRONMENTS: "success", PLAN: "success" }).status).toBe(0);
    // A failed or guarded (unlabelled) plan of any environment fails the matrix job, and so this check.
    const failed = run({ TEST: "success", ENVIRONMENTS: "success", PLAN: "failure" });
    expect(failed.status).toBe(1);
    expect(failed.stdout).toContain("::error::at least one environment's plan failed or has a guarded change");
    expect(run({ TEST: "failure", ENVIRONMENTS: "success", PLAN: "skipped" }).status).toBe(1);
    expect(run({ TEST: "success", ENVIRONMENTS: "success", PLAN: "cancelled" }).status).toBe(1);
    expect(run({ TEST: "success", ENVIRONMENTS: "success", PLAN: "skipped" }).stdout).toContain("forks get no secrets");
  });

  it("docs/ci.md names this check, not the matrix job", () => {
    const docs = readFileSync(join(ROOT, "docs/ci.md"), "utf8");
    expect(docs).toContain("required check `plans`");
    expect(docs).not.toContain("required check `plan`,");
  });
});

describe("apply.yml: first push, direct pushes and documentation-only merges", () => {
  const reviewed = apply.jobs["reviewed-plan"]!;
  const find = reviewed.steps!.find((s) => s.id === "find")!;

  /** Runs the find step with a `gh` that answers as GitHub would for `pulls` (the PRs of the commit). */
  function findStep(pulls: string) {
    const dir = mkdtempSync(join(scratch, "find-"));
    const gh = join(dir, "gh");
    writeFileSync(
      gh,
      `#!/bin/sh\ncase "$*" in\n  *"/pulls --jq"*) printf '%s' '${pulls}' ;;\n  "api repos/o/r/pulls/7 --jq .head.sha") echo abc123 ;;\n  *"labels"*) echo "" ;;\n  "run list"*) echo 4242 ;;\n  *) echo "unexpected gh $*" >&2; exit 9 ;;\nesac\n`,
    );
    chmodSync(gh, 0o755);
    const output = join(dir, "output");
    const summary = join(dir, "summary");
    writeFileSync(output, "");
    writeFileSync(summary, "");
    const result = spawnSync("bash", ["--noprofile", "--norc", "-eo", "pipefail", "-c", find.run!], {
      env: {
        PATH: `${dir}:${process.env.PATH}`,
        GITHUB_OUTPUT: output,
        GITHUB_STEP_SUMMARY: summary,
        REPO: "o/r",
        MERGE_SHA: "f00d",
      },
      encoding: "utf8",
    });
    return {
      status: result.status,
      stdout: result.stdout,
      outputs: readFileSync(output, "utf8"),
      summary: readFileSync(summary, "utf8"),
    };
  }

  it("a push that came from no pull request (a new repository's first push) applies nothing and does not fail", () => {
    const first = findStep("");
    expect(first.status).toBe(0);
    expect(first.outputs).toBe("reviewed=false\n");
    expect(first.stdout).toContain("::warning title=Nothing applied::f00d did not come from a pull request");
    expect(first.summary).toContain("Nothing applied");
    expect(apply.jobs.apply!.if).toBe(
      "needs.reviewed-plan.outputs.reviewed == 'true' && needs.environments.outputs.apply != '[]'",
    );
    expect(reviewed.outputs?.reviewed).toBe("${{ steps.find.outputs.reviewed }}");
  });

  it("a merged pull request hands its plan run to the apply chain", () => {
    const merged = findStep("7");
    expect(merged.status).toBe(0);
    expect(merged.outputs).toBe("reviewed=true\nplan_run_id=4242\nallow_guarded=false\n");
  });

  it("docs/ci.md says exactly what happens in each case", () => {
    const docs = readFileSync(join(ROOT, "docs/ci.md"), "utf8");
    for (const claim of [
      "`docs/**`, `**.md` and `LICENSE`",
      "did not come from a pull request",
      "at most one run pending",
      "PLAN_STALE",
    ])
      expect(docs).toContain(claim);
    expect(readFileSync(join(ROOT, ".github/workflows/apply.yml"), "utf8")).not.toMatch(/queue the next push/);
  });
});

it("jq, which the workflows and .ci/run use, is on this machine as the docs' prerequisites say", () => {
  expect(execFileSync("jq", ["-c", ".plan"], { input: '{"plan":["dev"]}', encoding: "utf8" })).toBe('["dev"]\n');
});
