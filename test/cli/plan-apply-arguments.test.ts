import { applyCommand } from "../../cli/apply";
import type { CliIo } from "../../cli/command-line";
import { planCommand } from "../../cli/plan";

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
    [planCommand, ["dev", "prod"], 'expected one <env>, also got "prod"'],
    [planCommand, ["../etc"], "is not an environment name"],
    [planCommand, ["dev", "--allow-guarded"], "unknown option --allow-guarded"],
    [planCommand, ["dev", "--allow-replace"], "Option '--allow-replace <value>' argument missing"],
    [planCommand, ["dev", "--format", "html"], "--format must be text or markdown"],
    [planCommand, ["dev", "--skip-synth=yes"], "Option '--skip-synth' does not take an argument"],
    [planCommand, ["dev", "--skip-synt"], "unknown option --skip-synt; did you mean --skip-synth?"],
    [applyCommand, ["dev", "--allow-replace", "x"], "unknown option --allow-replace"],
    [applyCommand, [], "missing <env>"],
  ] as const)("rejects %p %j with a usage message and exit 64 (2 means a guarded plan)", async (command, argv, message) => {
    const result = await run(command, [...argv]);
    expect(result.code).toBe(64);
    expect(result.stderr).toContain("error [USAGE]");
    expect(result.stderr).toContain(message);
    expect(result.stderr).toContain("usage: npm run");
    expect(result.stdout).toBe("");
  });
});

describe("npm run plan / apply --help", () => {
  it.each([
    ["plan", planCommand, "usage: npm run plan -- <env>"],
    ["apply", applyCommand, "usage: npm run apply -- <env>"],
  ] as const)(
    "%s --help prints the usage and options on stdout and exits 0 without touching terraform",
    async (_name, command, usage) => {
      for (const argv of [["--help"], ["dev", "-h"], ["dev", "--bogus", "--help"]]) {
        const result = await run(command, argv);
        expect(result.code).toBe(0);
        expect(result.stdout.startsWith(usage)).toBe(true);
        expect(result.stdout).toContain("exit: 0");
        expect(result.stderr).toBe("");
      }
    },
  );

  it("a switch does not take the environment after it as its value", async () => {
    // --skip-synth before the environment: the environment is still "dev" (it fails later, for
    // want of a synthesized stack in an empty directory, not for usage).
    const result = await run(planCommand, ["--skip-synth", "nosuchenv"]);
    expect(result.stderr).not.toContain("[USAGE]");
  });
});
