// Every command-line tool behaves alike: it lives in cli/, npm runs it from there, `--help` prints
// its usage (exit 0), and a usage error is one line `<tool>: error [USAGE]: …` with exit 64 — the
// shared table of cli/command-line.ts. New CLIs are found from package.json, so one added without
// the shared module fails here.
import { readFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { EXIT, type CliMain } from "../../cli/command-line";

const root = resolve(__dirname, "../..");
const scripts = (JSON.parse(readFileSync(join(root, "package.json"), "utf8")) as { scripts: Record<string, string> }).scripts;

/** npm scripts that run a TypeScript file: every one but the benchmarks must be a cli/ entry point. */
const cliScripts = Object.entries(scripts)
  .filter(([name, command]) => /\.ts\b/.test(command) && !name.startsWith("bench"))
  .map(([name, command]) => ({ name, file: /\b(\S+\.ts)\b/.exec(command)![1]! }));

async function run(file: string, argv: string[]) {
  const { main } = (await import(join(root, file))) as { main: CliMain };
  let stdout = "";
  let stderr = "";
  const code = await main(argv, {}, { stdout: (t) => (stdout += t), stderr: (t) => (stderr += t) });
  return { code, stdout, stderr };
}

it("finds the CLIs, and every one is an entry point in cli/", () => {
  expect(cliScripts.map((s) => s.name).sort()).toEqual(
    ["apply", "campaign", "dev", "envs", "gen:providers", "guard", "insights", "keys", "plan", "review", "sms", "synth"].sort(),
  );
  for (const { file } of cliScripts) expect(file).toMatch(/^cli\/[a-z-]+\.ts$/);
});

describe.each(cliScripts)("npm run $name", ({ name, file }) => {
  it("--help prints the usage on stdout and exits 0", async () => {
    const result = await run(file, ["--help"]);
    expect(result).toMatchObject({ code: EXIT.OK, stderr: "" });
    expect(result.stdout).toMatch(new RegExp(`^usage: npm run (--silent )?${name.replace(":", "\\:")}\\b`));
    // Each help names the statuses it can end with, usage errors included.
    expect(result.stdout).toMatch(/exit: 0 [^\n]*64 bad usage/);
  });

  it("an unknown option is one error line in the shared format and exits 64", async () => {
    // campaign takes a command first; everything else rejects the option itself.
    const argv = name === "campaign" ? ["status", "--no-such-option"] : ["--no-such-option"];
    const result = await run(file, argv);
    expect(result.code).toBe(EXIT.USAGE);
    expect(result.stdout).toBe("");
    expect(result.stderr.split("\n")[0]).toMatch(new RegExp(`^${name}: error \\[USAGE\\]: unknown option --no-such-option`));
  });
});
