import { applyCommand } from "../../../infra/plan-review/cli/apply";
import type { CliIo } from "../../../infra/plan-review/cli/cli-error";
import { planCommand } from "../../../infra/plan-review/cli/plan";

async function run(command: typeof planCommand, argv: string[]): Promise<{ code: number; stderr: string; stdout: string }> {
  let stderr = "";
  let stdout = "";
  const io: CliIo = { stdout: (t) => (stdout += t), stderr: (t) => (stderr += t) };
  const code = await command(argv, {}, io);
  return { code, stderr, stdout };
}

describe("npm run plan / apply argument handling", () => {
  it.each([
    [planCommand, [], "missing <env>"],
    [planCommand, ["dev", "prod"], "expected one environment"],
    [planCommand, ["../etc"], "is not an environment name"],
    [planCommand, ["dev", "--allow-guarded"], "unknown option --allow-guarded"],
    [planCommand, ["dev", "--allow-replace"], "--allow-replace needs a value"],
    [applyCommand, ["dev", "--allow-replace", "x"], "unknown option --allow-replace"],
    [applyCommand, [], "missing <env>"],
  ] as const)("rejects %p %j with a usage message and exit 1", async (command, argv, message) => {
    const result = await run(command, [...argv]);
    expect(result.code).toBe(1);
    expect(result.stderr).toContain("error [USAGE]");
    expect(result.stderr).toContain(message);
    expect(result.stderr).toContain("usage: npm run");
    expect(result.stdout).toBe("");
  });
});
