// `npm run campaign` argument handling: strict options (a typo is a usage error, exit 64),
// `--help` on every command (exit 0), switches that never take the next word, and tables whose
// columns fit their content.
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { PassThrough } from "node:stream";
import { COMMANDS } from "../../cli/campaign/arguments";
import { runCampaignCli } from "../../cli/campaign";

const dir = mkdtempSync(join(tmpdir(), "campaign-args-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const now = new Date("2026-02-01T00:00:00Z");

async function cli(argv: string[], storageDir = join(dir, "storage")) {
  const out = new PassThrough();
  const err = new PassThrough();
  let stdout = "";
  let stderr = "";
  out.on("data", (d) => (stdout += d));
  err.on("data", (d) => (stderr += d));
  const code = await runCampaignCli(
    argv,
    { out, err, interactive: false },
    { env: { CAMPAIGN_STORAGE_DIR: storageDir }, now: () => now },
  );
  return { code, stdout, stderr };
}

function csv(name: string, text: string): string {
  const path = join(dir, name);
  writeFileSync(path, text);
  return path;
}

describe("--help", () => {
  it.each(["--help", "-h", "help"])("`campaign %s` prints every command and exits 0", async (flag) => {
    const { code, stdout } = await cli([flag]);
    expect(code).toBe(0);
    for (const command of Object.keys(COMMANDS)) expect(stdout).toContain(`  ${command}`);
  });

  it.each(Object.keys(COMMANDS))(
    "`campaign %s --help` prints that command's usage and exits 0, whatever else is on the line",
    async (command) => {
      const { code, stdout, stderr } = await cli([command, "--bogus", "--help"]);
      expect(code).toBe(0);
      expect(stdout).toBe(`usage: npm run campaign -- ${COMMANDS[command]!.usage}\n`);
      expect(stderr).toBe("");
    },
  );

  it("no command at all is a usage error with the usage (exit 64)", async () => {
    const { code, stderr } = await cli([]);
    expect(code).toBe(64);
    expect(stderr).toContain("campaign: error [USAGE]: missing command\nusage: npm run campaign");
  });
});

describe("strict options", () => {
  it("an unknown option is a usage error naming it, with the command's usage, exit 64", async () => {
    const { code, stderr } = await cli(["validate", "members.csv", "--template", "spring-festival", "--env", "dev", "--dry-run"]);
    expect(code).toBe(64);
    expect(stderr).toContain("campaign: error [USAGE]: unknown option --dry-run");
    expect(stderr).toContain("usage: npm run campaign -- validate <file>");
  });

  it("suggests the option that was probably meant", async () => {
    const { code, stderr } = await cli(["schedule", "m.csv", "--template", "t", "--env", "dev", "--at", "now", "--allow-skip"]);
    expect(code).toBe(64);
    expect(stderr).toContain("unknown option --allow-skip; did you mean --allow-skips?");
  });

  it("an option of another command is unknown here", async () => {
    const { code, stderr } = await cli(["status", "--format", "csv"]);
    expect(code).toBe(64);
    expect(stderr).toContain("unknown option --format");
  });

  it("a missing option value, a switch given a value, or an extra positional is a usage error", async () => {
    expect((await cli(["report", "cny", "--format"])).stderr).toContain(
      "campaign: error [USAGE]: Option '--format <value>' argument missing",
    );
    expect((await cli(["schedule", "m.csv", "--allow-skips=yes"])).stderr).toContain(
      "campaign: error [USAGE]: Option '--allow-skips' does not take an argument",
    );
    const extra = await cli(["cancel", "a", "b"]);
    expect(extra.code).toBe(64);
    expect(extra.stderr).toContain('expected one <id> (the campaign to cancel), also got "b"');
  });

  it("a missing positional is a usage error saying what is missing", async () => {
    const { code, stderr } = await cli(["validate", "--template", "spring-festival", "--env", "dev"]);
    expect(code).toBe(64);
    expect(stderr).toContain("campaign: error [USAGE]: missing <file> (the recipients CSV or XLSX)");
  });

  it("an unknown command lists the commands, exit 64", async () => {
    const { code, stderr } = await cli(["sechdule"]);
    expect(code).toBe(64);
    expect(stderr).toContain('campaign: error [USAGE]: unknown command "sechdule"');
    expect(stderr).toContain("  schedule <file>");
  });
});

describe("switches never swallow the next argument", () => {
  it("`schedule --allow-skips members.csv …` schedules members.csv, skipping its bad row", async () => {
    const file = csv("members.csv", "phone,name\n13800138000,Li\n12345,Bad\n");
    const { code, stdout, stderr } = await cli([
      "schedule",
      "--allow-skips",
      file,
      "--template",
      "spring-festival",
      "--env",
      "dev",
      "--at",
      "now",
      "--id",
      "order-test",
    ]);
    expect(stderr).not.toContain("error");
    expect(code).toBe(0);
    expect(stdout).toContain("scheduled order-test");
    expect(stdout).toMatch(/recipients\s+1 \(1 problem rows skipped\)/);
  });
});

describe("tables fit their content", () => {
  it("the validate summary keeps a long problem code apart from its count", async () => {
    const rows = [
      "phone,name",
      ...Array.from({ length: 12 }, (_, i) => `1380013${String(i).padStart(4, "0")},${"N".repeat(40)}`),
      "13900139000,Li",
    ];
    const { code, stdout } = await cli([
      "validate",
      csv("long-names.csv", rows.join("\n") + "\n"),
      "--template",
      "spring-festival",
      "--env",
      "dev",
    ]);
    expect(code).toBe(3);
    expect(stdout).toMatch(/^ {2}VariableTooLong +12$/m);
    const summary = stdout.slice(stdout.indexOf("\nrows"));
    const valueColumn = (label: string) => new RegExp(`^${label} +`, "m").exec(summary)![0].length;
    expect(new Set(["rows", "sendable", "with problems", "  VariableTooLong", "verdict"].map(valueColumn)).size).toBe(1);
  });

  it("the status list widens its campaign column to the longest id", async () => {
    const storage = join(dir, "status-storage");
    const file = csv("one.csv", "phone,name\n13800138000,Li\n");
    const longId = "spring-festival-2026-members-in-guangdong-and-shanghai";
    for (const id of ["short", longId]) {
      const scheduled = await cli(
        ["schedule", file, "--template", "spring-festival", "--env", "dev", "--at", "now", "--id", id],
        storage,
      );
      expect(scheduled.code).toBe(0);
    }
    const { stdout } = await cli(["status"], storage);
    const lines = stdout.trimEnd().split("\n");
    expect(lines).toHaveLength(3);
    const stateColumn = lines.map((line) => line.search(/(state|scheduled)/));
    expect(new Set(stateColumn).size).toBe(1);
    expect(stateColumn[0]).toBe(longId.length + 2);
  });
});
