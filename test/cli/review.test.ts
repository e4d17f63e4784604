import { execFile } from "node:child_process";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { reviewCommand } from "../../cli/review";
import { fixturePath } from "../infra/plan-review/support/fixtures";
import { ADDRESSES } from "../infra/plan-review/support/tencentcloud-plan";

async function run(args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  let stdout = "";
  let stderr = "";
  const code = await reviewCommand(args, { stdout: (t) => (stdout += t), stderr: (t) => (stderr += t) });
  return { code, stdout, stderr };
}

describe("npm run review", () => {
  it("exits 0 when nothing is guarded", async () => {
    const result = await run([fixturePath("tencentcloud-dev-update")]);
    expect(result.code).toBe(0);
    expect(result.stdout).toContain("OK: no guarded change");
  });

  it("exits 2 and lists the guarded changes", async () => {
    const result = await run([fixturePath("tencentcloud-staging-replace")]);
    expect(result.code).toBe(2);
    expect(result.stdout).toContain(`GUARDED  [stateful-resource-replaced] ${ADDRESSES.redis} (replace)`);
    expect(result.stdout).toContain(`GUARDED  [stateful-resource-replaced] ${ADDRESSES.vpc} (replace)`);
  });

  it("exits 0 once every guarded address is allowed, and 2 while one is not", async () => {
    const both = await run([
      fixturePath("tencentcloud-staging-replace"),
      "--allow-replace",
      ADDRESSES.redis,
      `--allow-replace=${ADDRESSES.vpc}`,
    ]);
    expect(both.code).toBe(0);
    const one = await run([fixturePath("tencentcloud-staging-replace"), "--allow-replace", ADDRESSES.redis]);
    expect(one.code).toBe(2);
  });

  it("applies the prod-delete rule from --env", async () => {
    expect((await run([fixturePath("destroy"), "--env", "dev"])).code).toBe(0);
    expect((await run([fixturePath("destroy"), "--env", "prod"])).code).toBe(2);
  });

  it("prints markdown on request", async () => {
    const result = await run([fixturePath("mixed"), "--format", "markdown", "--env", "dev"]);
    expect(result.stdout.startsWith("<!-- plan-review:dev -->")).toBe(true);
  });

  it("exits 1 with a clear message for an unreadable plan", async () => {
    const result = await run(["/nonexistent.json"]);
    expect(result.code).toBe(1);
    expect(result.stderr).toContain("[PLAN_FILE_UNREADABLE]");
    expect(result.stdout).toBe("");
  });

  it.each([
    [[], "missing <plan.json>"],
    [["a.json", "b.json"], 'expected one <plan.json>, also got "b.json"'],
    [["a.json", "--format", "html"], '--format must be text or markdown, got "html"'],
    [["a.json", "--bogus"], "unknown option --bogus; options: --format, --allow-replace, --env, --help"],
    [["a.json", "--allow-replac", "x"], "unknown option --allow-replac; did you mean --allow-replace?"],
    [["a.json", "--env", "Prod!"], '--env "Prod!" is not an environment name'],
    [["a.json", "--env"], "Option '--env <value>' argument missing"],
  ])("exits 64 (bad usage, distinct from 2 = guarded) with a clear message for %j", async (args, message) => {
    const result = await run(args as string[]);
    expect(result.code).toBe(64);
    expect(result.stderr).toContain(`review: error [USAGE]: ${message}`);
    expect(result.stderr).toContain("usage: npm run --silent review");
    expect(result.stdout).toBe("");
  });

  it.each([[["--help"]], [["-h"]], [["a.json", "--bogus", "--help"]]])("%j prints the usage and exits 0", async (args) => {
    const result = await run(args);
    expect(result.code).toBe(0);
    expect(result.stdout).toContain("usage: npm run --silent review -- <plan.json>");
    expect(result.stdout).toContain("--allow-replace ADDRESS");
    expect(result.stderr).toBe("");
  });

  it("runs as `npm run --silent review` with the documented exit codes and no stack trace", async () => {
    const dir = mkdtempSync(join(tmpdir(), "review-cli-"));
    const broken = join(dir, "broken.plan.json");
    writeFileSync(broken, '{"format_version": "1.2", "resource_changes": [');
    const exec = (args: string[]) =>
      new Promise<{ code: number; stdout: string; stderr: string }>((resolve) => {
        execFile(
          "npm",
          ["run", "--silent", "review", "--", ...args],
          { cwd: join(__dirname, "..", "..") },
          (error, stdout, stderr) => {
            resolve({ code: error ? (error.code as number) : 0, stdout, stderr });
          },
        );
      });
    const [guarded, unreadable] = await Promise.all([exec([fixturePath("tencentcloud-staging-replace")]), exec([broken])]);
    expect(guarded.code).toBe(2);
    expect(guarded.stdout).toContain("GUARDED");
    expect(unreadable.code).toBe(1);
    expect(unreadable.stderr).toContain("review: error [PLAN_NOT_JSON]");
    expect(unreadable.stderr).not.toMatch(/\n\s+at /);
  }, 30_000);
});
