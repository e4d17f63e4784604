// Parses the GitHub Actions workflows with the `yaml` package and checks the promises the
// README makes about them: triggers, job order, saved-plan apply, protected prod, masking.
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { parse } from "yaml";

const WORKFLOW_DIR = join(__dirname, "..", "..", ".github", "workflows");

interface Step {
  name?: string;
  uses?: string;
  run?: string;
  if?: string;
  with?: Record<string, unknown>;
  env?: Record<string, string>;
}

interface Job {
  needs?: string | string[];
  if?: string;
  uses?: string;
  with?: Record<string, unknown>;
  secrets?: unknown;
  environment?: string | { name: string };
  strategy?: { matrix?: Record<string, unknown>; "fail-fast"?: boolean };
  steps?: Step[];
  env?: Record<string, string>;
}

interface Workflow {
  name: string;
  on: Record<string, unknown>;
  permissions?: Record<string, string>;
  concurrency?: { group: string; "cancel-in-progress": boolean };
  jobs: Record<string, Job>;
}

function load(name: string): Workflow {
  return parse(readFileSync(join(WORKFLOW_DIR, name), "utf8")) as Workflow;
}

function needs(job: Job): string[] {
  return job.needs === undefined ? [] : Array.isArray(job.needs) ? job.needs : [job.needs];
}

function runText(job: Job): string {
  return (job.steps ?? []).map((s) => s.run ?? "").join("\n");
}

/** Jobs that transitively run before `name`. */
function ancestors(workflow: Workflow, name: string, seen = new Set<string>()): Set<string> {
  for (const parent of needs(workflow.jobs[name] as Job)) {
    if (!seen.has(parent)) {
      seen.add(parent);
      ancestors(workflow, parent, seen);
    }
  }
  return seen;
}

const plan = load("plan.yml");
const apply = load("apply.yml");
const applyEnvironment = load("apply-environment.yml");

describe("plan workflow (pull requests)", () => {
  it("runs on pull requests to main, including label changes", () => {
    expect(Object.keys(plan.on)).toEqual(["pull_request"]);
    expect(plan.on.pull_request).toMatchObject({ branches: ["main"], types: expect.arrayContaining(["opened", "synchronize", "labeled", "unlabeled"]) });
  });

  it("tests first, then plans every environment in a matrix", () => {
    expect(needs(plan.jobs.plan as Job)).toEqual(["test"]);
    expect(plan.jobs.plan?.strategy?.matrix?.env).toEqual(["dev", "staging", "prod"]);
    expect(plan.jobs.plan?.strategy?.["fail-fast"]).toBe(false);
    expect(runText(plan.jobs.test as Job)).toContain("bash .ci/run");
    expect(runText(plan.jobs.test as Job)).toContain("git diff --exit-code -- infra/.gen");
  });

  it("installs, synthesizes, plans and reviews through npm run plan (which synths) with terraform's stdout untouched", () => {
    const steps = plan.jobs.plan?.steps ?? [];
    expect(runText(plan.jobs.plan as Job)).toContain('npm run --silent plan -- "$STACK_ENV"');
    expect(steps.map((s) => s.run)).toContain("npm ci");
    const setupTerraform = steps.find((s) => s.uses?.startsWith("hashicorp/setup-terraform@"));
    expect(setupTerraform?.with?.terraform_wrapper).toBe(false);
  });

  it("uploads the plan (encrypted) and the review as an artifact per environment", () => {
    const steps = plan.jobs.plan?.steps ?? [];
    const upload = steps.find((s) => s.uses?.startsWith("actions/upload-artifact@"));
    expect(upload?.with?.name).toBe("plan-${{ matrix.env }}");
    const text = runText(plan.jobs.plan as Job);
    expect(text).toMatch(/openssl enc -aes-256-cbc .*-pass env:PLAN_ARTIFACT_KEY/);
    expect(text).toContain('"$STACK_ENV.tfplan"');
    expect(text).toContain("$STACK_ENV.review.md");
    // The clear-text plan must never be uploaded: only the .enc file and the masked reviews.
    expect(upload?.with?.path).toBe("plan-artifact/");
    expect(text).not.toMatch(/cp [^\n]*\.tfplan/);
  });

  it("posts or updates one comment per environment, found by the review's hidden marker", () => {
    const comment = (plan.jobs.plan?.steps ?? []).find((s) => s.uses?.startsWith("actions/github-script@"));
    const script = String(comment?.with?.script);
    expect(script).toContain("<!-- plan-review:${env} -->");
    expect(script).toContain("updateComment");
    expect(script).toContain("createComment");
    expect(plan.permissions).toMatchObject({ "pull-requests": "write", contents: "read" });
  });

  it("fails the check on a guarded change (exit 2) unless the PR has the allow-replace label", () => {
    const gate = (plan.jobs.plan?.steps ?? []).find((s) => s.if?.includes("exit_code == '2'"));
    expect(gate?.if).toContain("!contains(github.event.pull_request.labels.*.name, 'allow-replace')");
    expect(gate?.run).toContain("exit 1");
    expect(runText(plan.jobs.plan as Job)).toMatch(/if \[ "\$code" -ne 0 \] && \[ "\$code" -ne 2 \]; then exit "\$code"; fi/);
  });
});

describe("apply workflow (push to main)", () => {
  it("runs only on pushes to main and never cancels a running apply", () => {
    expect(apply.on).toEqual({ push: { branches: ["main"] } });
    expect(apply.concurrency?.["cancel-in-progress"]).toBe(false);
  });

  it("applies dev → staging → prod in that order", () => {
    expect(ancestors(apply, "apply-dev")).toEqual(new Set(["reviewed-plan"]));
    expect(ancestors(apply, "apply-staging")).toEqual(new Set(["reviewed-plan", "apply-dev"]));
    expect(ancestors(apply, "apply-prod")).toEqual(new Set(["reviewed-plan", "apply-dev", "apply-staging"]));
    for (const [job, env] of [["apply-dev", "dev"], ["apply-staging", "staging"], ["apply-prod", "prod"]] as const) {
      expect(apply.jobs[job]?.uses).toBe("./.github/workflows/apply-environment.yml");
      expect(apply.jobs[job]?.with?.environment).toBe(env);
    }
  });

  it("runs each apply in the GitHub environment of its name (prod's required reviewers gate it)", () => {
    expect(applyEnvironment.on).toHaveProperty("workflow_call");
    expect(applyEnvironment.jobs.apply?.environment).toBe("${{ inputs.environment }}");
  });

  it("applies the saved plan from the reviewed PR run, never a fresh plan", () => {
    const job = applyEnvironment.jobs.apply as Job;
    const download = (job.steps ?? []).find((s) => s.uses?.startsWith("actions/download-artifact@"));
    expect(download?.with).toMatchObject({ name: "plan-${{ inputs.environment }}", "run-id": "${{ inputs.plan_run_id }}" });
    const text = runText(job);
    expect(text).toContain('npm run --silent apply -- "$STACK_ENV"');
    expect(text).toContain("openssl enc -d -aes-256-cbc");
    for (const forbidden of [/terraform (plan|apply)/, /cdktf (deploy|apply)/, /-auto-approve/, /npm run[^\n]* plan/]) {
      expect(text).not.toMatch(forbidden);
      expect(runText(apply.jobs["reviewed-plan"] as Job)).not.toMatch(forbidden);
    }
    expect(runText(apply.jobs["reviewed-plan"] as Job)).toContain("--workflow plan.yml --commit \"$head_sha\" --status success");
  });
});

describe("every workflow", () => {
  const files = readdirSync(WORKFLOW_DIR).filter((f) => /\.ya?ml$/.test(f));

  it("includes the three workflows described in the README", () => {
    expect(files).toEqual(expect.arrayContaining(["apply-environment.yml", "apply.yml", "plan.yml"]));
  });

  it.each(files)("%s never prints a secret", (file) => {
    const text = readFileSync(join(WORKFLOW_DIR, file), "utf8");
    expect(text).not.toMatch(/(echo|printf|cat)[^\n]*\$\{\{\s*secrets\./);
    // Secrets only reach steps through `env:` (or `secrets: inherit`), never inline in `run:`.
    const workflow = parse(text) as Workflow;
    for (const job of Object.values(workflow.jobs)) {
      for (const step of job.steps ?? []) {
        expect(step.run ?? "").not.toContain("secrets.");
        expect(step.run ?? "").not.toMatch(/set -x|TENCENTCLOUD_SECRET_(ID|KEY)\b[^\n]*\becho/);
      }
    }
  });

  it.each(files)("%s gives the tencentcloud provider its documented credential variables from secrets", (file) => {
    const workflow = parse(readFileSync(join(WORKFLOW_DIR, file), "utf8")) as Workflow;
    for (const job of Object.values(workflow.jobs)) {
      for (const step of job.steps ?? []) {
        for (const name of ["TENCENTCLOUD_SECRET_ID", "TENCENTCLOUD_SECRET_KEY"]) {
          const value = step.env?.[name];
          if (value !== undefined) expect(value).toMatch(/^\$\{\{ secrets\.[A-Z_]+ \}\}$/);
        }
      }
    }
  });
});
