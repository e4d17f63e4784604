// Parses the GitHub Actions workflows with the `yaml` package and checks the promises the docs
// make about them. The environment lists are never written here: expectations come from the
// environment table (ciPlanOf), and the workflows' own `environments` step is executed against
// the real table and against fixture tables, its outputs fed through the matrix expressions.
import { execFileSync } from "node:child_process";
import { chmodSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { parse } from "yaml";
import { ciPlanOf } from "../../infra/config/ci-environments";
import { EnvironmentEntry as EnvironmentSettings } from "../../infra/config/environment-settings";
import { ENVIRONMENTS } from "../../infra/config/environments";
import { envsCommand } from "../../cli/envs";
import { validateEnvironments } from "../../infra/config/validate-environment";

const WORKFLOW_DIR = join(__dirname, "..", "..", ".github", "workflows");

interface Step {
  id?: string;
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
  permissions?: Record<string, string> | string;
  "timeout-minutes"?: number;
  environment?: string | { name: string };
  strategy?: { matrix?: Record<string, unknown>; "fail-fast"?: boolean; "max-parallel"?: number };
  outputs?: Record<string, string>;
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

const plan = load("plan.yml");
const apply = load("apply.yml");
const applyEnvironment = load("apply-environment.yml");
const reapply = load("reapply.yml");
const files = readdirSync(WORKFLOW_DIR).filter((f) => /\.ya?ml$/.test(f));
const workflows = files.map((file) => [file, load(file)] as const);

// --- Running the `environments` job's table step the way a runner would --------------------

const scratch = mkdtempSync(join(tmpdir(), "workflows-"));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

/** What `npm run --silent envs -- …` prints for `table`, through the real CLI code. */
function envsOutput(argv: string[], table: readonly EnvironmentSettings[]): string {
  let out = "";
  const code = envsCommand(argv, { stdout: (t) => (out += t), stderr: (t) => (out += t) }, table);
  if (code !== 0) throw new Error(`envs ${argv.join(" ")} exited ${code}: ${out}`);
  return out;
}

/**
 * Executes the run script of the step with id `table` in `workflow.jobs.environments` under
 * bash (as Actions does: -eo pipefail), with an `npm` on PATH that answers like `npm run envs`
 * would for `table`. Returns the step outputs written to $GITHUB_OUTPUT.
 */
function runTableStep(workflow: Workflow, table: readonly EnvironmentSettings[]): Record<string, string> {
  const step = workflow.jobs.environments?.steps?.find((s) => s.id === "table");
  if (!step?.run) throw new Error("no environments.table step");
  const dir = mkdtempSync(join(scratch, "step-"));
  writeFileSync(join(dir, "envs.json"), envsOutput(["--json"], table));
  writeFileSync(join(dir, "envs.txt"), envsOutput([], table));
  const npm = join(dir, "npm");
  writeFileSync(
    npm,
    `#!/bin/sh\ncase "$*" in\n  "run --silent envs -- --json") cat "${dir}/envs.json" ;;\n  "run --silent envs") cat "${dir}/envs.txt" ;;\n  *) echo "unexpected npm $*" >&2; exit 9 ;;\nesac\n`,
  );
  chmodSync(npm, 0o755);
  const output = join(dir, "github-output");
  writeFileSync(output, "");
  execFileSync("bash", ["--noprofile", "--norc", "-eo", "pipefail", "-c", step.run], {
    env: { PATH: `${dir}:${process.env.PATH}`, GITHUB_OUTPUT: output },
    stdio: "pipe",
  });
  const outputs: Record<string, string> = {};
  for (const line of readFileSync(output, "utf8").split("\n").filter(Boolean)) {
    const eq = line.indexOf("=");
    outputs[line.slice(0, eq)] = line.slice(eq + 1);
  }
  return outputs;
}

/** The job outputs of `environments`, as the `outputs:` mapping exposes them to other jobs. */
function environmentsJobOutputs(workflow: Workflow, table: readonly EnvironmentSettings[]): Record<string, string> {
  const steps = { table: { outputs: runTableStep(workflow, table) } };
  return Object.fromEntries(
    Object.entries(workflow.jobs.environments?.outputs ?? {}).map(([name, expr]) => [name, evaluate(expr, { steps })]),
  );
}

/**
 * Evaluates the few Actions expressions the matrices use: `${{ fromJSON(<path>) }}`,
 * `${{ <path> }}` and `<path> != '<literal>'`, where <path> is dotted (needs.x.outputs.y).
 */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- an Actions expression evaluates to arbitrary JSON
function evaluate(expression: string, context: Record<string, unknown>): any {
  const inner = expression
    .replace(/^\$\{\{\s*/, "")
    .replace(/\s*\}\}$/, "")
    .trim();
  const lookup = (path: string): unknown =>
    path.split(".").reduce<unknown>((value, key) => (value as Record<string, unknown> | undefined)?.[key], context);
  if (inner.includes(" && ")) return inner.split(" && ").every((part) => evaluate(part, context));
  let match = /^fromJSON\(([\w.-]+)\)$/.exec(inner);
  if (match) return JSON.parse(String(lookup(match[1])));
  match = /^([\w.-]+)\s*!=\s*'([^']*)'$/.exec(inner);
  if (match) return String(lookup(match[1])) !== match[2];
  match = /^([\w.-]+)\s*==\s*'([^']*)'$/.exec(inner);
  if (match) return String(lookup(match[1])) === match[2];
  match = /^([\w.-]+)$/.exec(inner);
  if (match) return lookup(match[1]);
  throw new Error(`expression not supported by this test: ${expression}`);
}

function matrixOf(workflow: Workflow, job: string, table: readonly EnvironmentSettings[]): { runs: boolean; env: string[] } {
  // A push from a merged pull request (reviewed-plan found its plan run).
  const ctx = {
    needs: {
      environments: { outputs: environmentsJobOutputs(workflow, table) },
      "reviewed-plan": { outputs: { reviewed: "true" } },
    },
  };
  const j = workflow.jobs[job] as Job;
  const runs = j.if === undefined || !j.if.includes("needs.environments") ? true : Boolean(evaluate(j.if, ctx));
  return { runs, env: runs ? evaluate(String(j.strategy?.matrix?.env), ctx) : [] };
}

/** The real table plus one entry: a copy of staging named `name`, with `change` applied. */
function tableWith(name: string, change: (e: EnvironmentSettings) => void = () => undefined): EnvironmentSettings[] {
  const copy = JSON.parse(JSON.stringify(ENVIRONMENTS.find((e) => e.backend.kind === "cos"))) as EnvironmentSettings;
  copy.name = name;
  if (copy.backend.kind === "cos") copy.backend.prefix = `${copy.app}/${name}`;
  change(copy);
  return [...ENVIRONMENTS, copy];
}

const realCi = ciPlanOf(validateEnvironments(ENVIRONMENTS));
const localStateEnvironments = realCi.environments.filter((e) => e.backend !== "cos").map((e) => e.name);

describe("environment matrices come from the table", () => {
  it("plans every environment of the table, in table order", () => {
    expect(matrixOf(plan, "plan", ENVIRONMENTS)).toEqual({ runs: true, env: ENVIRONMENTS.map((e) => e.name) });
  });

  it("applies exactly the table's apply chain, never an environment with local state", () => {
    const { env } = matrixOf(apply, "apply", ENVIRONMENTS);
    expect(env).toEqual(realCi.apply);
    for (const local of localStateEnvironments) expect(env).not.toContain(local);
    // The shipped table has a local-state dev: it is planned, and the chain still has the others.
    expect(localStateEnvironments.length).toBeGreaterThan(0);
    expect(env.length).toBeGreaterThan(0);
  });

  it("an environment added to a fixture table joins the plan matrix and the end of the apply chain", () => {
    const table = tableWith("qa");
    expect(matrixOf(plan, "plan", table).env).toEqual([...ENVIRONMENTS.map((e) => e.name), "qa"]);
    expect(matrixOf(apply, "apply", table).env).toEqual([...realCi.apply, "qa"]);
  });

  it("a local-state environment in a fixture is planned but kept out of the apply chain", () => {
    const table = tableWith("sandbox", (e) => {
      e.backend = { kind: "local" };
    });
    expect(matrixOf(plan, "plan", table).env).toContain("sandbox");
    expect(matrixOf(apply, "apply", table).env).toEqual(realCi.apply);
  });

  it("an environment that opts out with ci.apply false is planned only", () => {
    const table = tableWith("perf", (e) => {
      e.ci = { apply: false };
    });
    expect(matrixOf(plan, "plan", table).env).toContain("perf");
    expect(matrixOf(apply, "apply", table).env).not.toContain("perf");
  });

  it("with no remote-state environment at all, the apply job does not run (an empty matrix is an error on Actions)", () => {
    const allLocal = ENVIRONMENTS.map((e) => ({ ...e, backend: { kind: "local" as const } }));
    expect(matrixOf(apply, "apply", allLocal)).toEqual({ runs: false, env: [] });
    expect(matrixOf(plan, "plan", allLocal).env).toEqual(ENVIRONMENTS.map((e) => e.name));
  });

  it("the real `npm run --silent envs -- --json` prints the table's one-line JSON", () => {
    const printed = execFileSync("npm", ["run", "--silent", "envs", "--", "--json"], {
      cwd: join(__dirname, "..", ".."),
      encoding: "utf8",
    });
    expect(printed.trim().split("\n")).toHaveLength(1);
    expect(JSON.parse(printed)).toEqual(realCi);
  });

  it("no workflow hard-codes an environment list", () => {
    for (const [file, workflow] of workflows) {
      for (const [name, job] of Object.entries(workflow.jobs)) {
        const env = job.strategy?.matrix?.env;
        if (env !== undefined) expect([file, name, typeof env]).toEqual([file, name, "string"]);
      }
    }
  });
});

describe("plan workflow (pull requests)", () => {
  it("runs on pull requests to main, including label changes", () => {
    expect(Object.keys(plan.on)).toEqual(["pull_request"]);
    expect(plan.on.pull_request).toMatchObject({
      branches: ["main"],
      types: expect.arrayContaining(["opened", "synchronize", "labeled", "unlabeled"]),
    });
  });

  it("tests and reads the table first, then plans in a matrix that does not stop at the first failure", () => {
    expect(needs(plan.jobs.plan as Job).sort()).toEqual(["environments", "test"]);
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

  it("uploads the plan and its provider lock file (encrypted) and the review as an artifact per environment", () => {
    const steps = plan.jobs.plan?.steps ?? [];
    const upload = steps.find((s) => s.uses?.startsWith("actions/upload-artifact@") && String(s.with?.name).startsWith("plan-"));
    expect(upload?.with?.name).toBe("plan-${{ matrix.env }}");
    const text = runText(plan.jobs.plan as Job);
    expect(text).toMatch(/openssl enc -aes-256-cbc .*-pass env:PLAN_ARTIFACT_KEY/);
    expect(text).toMatch(/"\$STACK_ENV\.tfplan"[^\n]*\.terraform\.lock\.hcl/);
    expect(text).toContain("$STACK_ENV.review.md");
    // The clear-text plan must never be uploaded: only the .enc file and the masked reviews.
    expect(upload?.with?.path).toBe("plan-artifact/");
    expect(text).not.toMatch(/cp [^\n]*\.tfplan/);
  });

  it("posts or updates one comment per environment from a job that runs no PR code", () => {
    const comment = plan.jobs.comment as Job;
    expect(comment.permissions).toEqual({ "pull-requests": "write" });
    expect((comment.steps ?? []).some((s) => s.uses?.startsWith("actions/checkout@") || s.run !== undefined)).toBe(false);
    const download = (comment.steps ?? []).find((s) => s.uses?.startsWith("actions/download-artifact@"));
    expect(download?.with).toMatchObject({ pattern: "review-*" });
    const script = String((comment.steps ?? []).find((s) => s.uses?.startsWith("actions/github-script@"))?.with?.script);
    expect(script).toContain("<!-- plan-review:${env} -->");
    expect(script).toContain("updateComment");
    expect(script).toContain("createComment");
    // The plan job runs the PR's code: it must not be able to write to the pull request.
    expect(plan.jobs.plan?.permissions).toEqual({ contents: "read" });
    expect(plan.jobs.test?.permissions).toEqual({ contents: "read" });
  });

  it("fails the check on a guarded change (exit 2) unless the PR has the allow-replace label", () => {
    const gate = (plan.jobs.plan?.steps ?? []).find((s) => s.if?.includes("exit_code == '2'"));
    expect(gate?.if).toContain("!contains(github.event.pull_request.labels.*.name, 'allow-replace')");
    expect(gate?.run).toContain("exit 1");
    expect(runText(plan.jobs.plan as Job)).toMatch(/if \[ "\$code" -ne 0 \] && \[ "\$code" -ne 2 \]; then exit "\$code"; fi/);
  });
});

describe("apply workflow (push to main)", () => {
  it("runs only on pushes to main that change more than documentation, and never cancels a running apply", () => {
    expect(apply.on).toEqual({ push: { branches: ["main"], "paths-ignore": ["docs/**", "**.md", "LICENSE"] } });
    expect(apply.concurrency).toEqual({ group: "apply-main", "cancel-in-progress": false });
  });

  it("walks the chain one environment at a time in table order and stops at the first failure", () => {
    const job = apply.jobs.apply as Job;
    expect(needs(job).sort()).toEqual(["environments", "reviewed-plan"]);
    expect(job.strategy).toMatchObject({ "max-parallel": 1, "fail-fast": true });
    expect(job.uses).toBe("./.github/workflows/apply-environment.yml");
    expect(job.with?.environment).toBe("${{ matrix.env }}");
  });

  it("runs each apply in the GitHub environment of its name (prod's required reviewers gate it)", () => {
    expect(applyEnvironment.on).toHaveProperty("workflow_call");
    expect(applyEnvironment.jobs.apply?.environment).toBe("${{ inputs.environment }}");
  });

  it("applies the saved plan and its lock file from the reviewed PR run, never a fresh plan", () => {
    const job = applyEnvironment.jobs.apply as Job;
    const download = (job.steps ?? []).find((s) => s.uses?.startsWith("actions/download-artifact@"));
    expect(download?.with).toMatchObject({ name: "plan-${{ inputs.environment }}", "run-id": "${{ inputs.plan_run_id }}" });
    const text = runText(job);
    expect(text).toContain('npm run --silent apply -- "$STACK_ENV"');
    expect(text).toMatch(/openssl enc -d -aes-256-cbc[^]*tar -C "\$STACK_DIR" -xzf -/);
    for (const forbidden of [/terraform (plan|apply)/, /cdktf (deploy|apply)/, /-auto-approve/, /npm run[^\n]* plan/]) {
      expect(text).not.toMatch(forbidden);
      expect(runText(apply.jobs["reviewed-plan"] as Job)).not.toMatch(forbidden);
    }
    expect(runText(apply.jobs["reviewed-plan"] as Job)).toContain('--workflow plan.yml --commit "$head_sha" --status success');
  });
});

describe("reapply workflow (manual, after a PLAN_STALE refusal)", () => {
  const inputs = (reapply.on.workflow_dispatch as { inputs: Record<string, { type: string }> }).inputs;

  it("is dispatched by hand with an environment, and shares the apply queue", () => {
    expect(Object.keys(reapply.on)).toEqual(["workflow_dispatch"]);
    expect(inputs.environment).toMatchObject({ type: "string", required: true });
    expect(inputs.plan_run_id).toMatchObject({ type: "string" });
    expect(inputs.allow_guarded).toMatchObject({ type: "boolean" });
    expect(reapply.concurrency).toEqual(apply.concurrency);
  });

  it("accepts only an environment of the table's apply chain, on main", () => {
    const check = runText(reapply.jobs.check as Job);
    expect(check).toContain("npm run --silent envs -- --json");
    expect(check).toMatch(/\.apply \| index\(\$env\)/);
    expect(check).toContain('"$REF" != "refs/heads/main"');
  });

  it("first plans and reviews (summary + encrypted artifact), then applies that reviewed run's plan", () => {
    expect(reapply.jobs.plan?.if).toBe("inputs.plan_run_id == ''");
    expect(runText(reapply.jobs.plan as Job)).toContain('npm run --silent plan -- "$STACK_ENV"');
    expect(runText(reapply.jobs.plan as Job)).toContain("GITHUB_STEP_SUMMARY");
    expect(runText(reapply.jobs.plan as Job)).toMatch(/\.terraform\.lock\.hcl/);
    expect(reapply.jobs.apply?.if).toBe("inputs.plan_run_id != ''");
    expect(reapply.jobs.apply?.uses).toBe("./.github/workflows/apply-environment.yml");
    expect(reapply.jobs.apply?.with).toMatchObject({ plan_run_id: "${{ inputs.plan_run_id }}" });
    expect(runText(reapply.jobs.check as Job)).toContain('"reapply success main"');
  });
});

describe("every workflow", () => {
  it("includes the four workflows the docs describe", () => {
    expect(files).toEqual(expect.arrayContaining(["apply-environment.yml", "apply.yml", "plan.yml", "reapply.yml"]));
  });

  it.each(files)("%s pins every action by full commit SHA with its version in a comment", (file) => {
    const text = readFileSync(join(WORKFLOW_DIR, file), "utf8");
    const uses = [...text.matchAll(/^\s*(?:-\s*)?uses:\s*(\S+)(.*)$/gm)];
    expect(uses.length).toBeGreaterThan(0);
    for (const [, ref, rest] of uses) {
      if (ref.startsWith("./")) continue; // a workflow of this repository
      expect(`${ref}${rest}`).toMatch(/^[\w.-]+\/[\w.-]+@[0-9a-f]{40} # v\d+(\.\d+)*$/);
    }
  });

  it.each(files)("%s grants nothing by default and least privilege per job", (file) => {
    const workflow = load(file);
    expect(workflow.permissions).toEqual({});
    for (const [name, job] of Object.entries(workflow.jobs)) {
      expect([name, typeof job.permissions]).toEqual([name, "object"]);
      const granted = job.permissions as Record<string, string>;
      for (const level of Object.values(granted)) expect(["read", "write", "none"]).toContain(level);
      // Writing is for the comment job only; nothing that checks out code may write anything.
      const checksOut = (job.steps ?? []).some((s) => s.uses?.startsWith("actions/checkout@")) || job.uses !== undefined;
      if (checksOut) expect(Object.entries(granted).filter(([, level]) => level === "write")).toEqual([]);
    }
  });

  it.each(files)(
    "%s bounds every job with timeout-minutes (jobs calling a reusable workflow inherit its jobs' timeouts)",
    (file) => {
      for (const [name, job] of Object.entries(load(file).jobs)) {
        if (job.uses !== undefined) {
          const called = load(job.uses.replace("./.github/workflows/", ""));
          for (const calledJob of Object.values(called.jobs)) expect(calledJob["timeout-minutes"]).toBeGreaterThan(0);
        } else {
          expect([name, job["timeout-minutes"]]).toEqual([name, expect.any(Number)]);
        }
      }
    },
  );

  it.each(files)("%s never prints a secret nor expands an expression inside a script", (file) => {
    const text = readFileSync(join(WORKFLOW_DIR, file), "utf8");
    expect(text).not.toMatch(/(echo|printf|cat)[^\n]*\$\{\{\s*secrets\./);
    // Secrets and inputs reach scripts only through `env:` (no script injection, nothing echoed).
    const workflow = parse(text) as Workflow;
    for (const job of Object.values(workflow.jobs)) {
      for (const step of job.steps ?? []) {
        expect(step.run ?? "").not.toContain("${{");
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
