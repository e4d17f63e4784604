// The local defaults of `npm run dev`, and their documentation: the settings table in
// docs/local-development.md names exactly the variables the dev server's files read, so a new
// one fails here until it is documented (the function's own variables are checked against
// docs/configuration.md by test/docs/docs-drift.test.ts).
import { readdirSync, readFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { applyDevDefaults, loginPageOrigins } from "../../../../functions/verification/local/dev-environment";

const root = resolve(__dirname, "../../../..");

describe("applyDevDefaults", () => {
  it("fills in local secrets, a generated pepper, console SMS, legacy requests and the page's origins, saying so", () => {
    const { env, notes } = applyDevDefaults({ PATH: "/usr/bin" }, 8081);
    expect(env).toMatchObject({
      PATH: "/usr/bin",
      SECRETS_SOURCE: "local",
      SMS_SENDER: "console",
      LEGACY_REQUESTS: "true",
      CORS_ALLOWED_ORIGINS: "http://127.0.0.1:8081,http://localhost:8081",
    });
    expect(env.CODE_PEPPER).toMatch(/^[0-9a-f]{48}$/);
    expect(applyDevDefaults({}, 8081).env.CODE_PEPPER).not.toBe(env.CODE_PEPPER);
    expect(notes).toEqual([
      "SECRETS_SOURCE not set, reading secrets from the environment (local source)",
      "CODE_PEPPER not set, generated one for this process (codes do not survive a restart)",
      "SMS_SENDER not set, using console (messages are printed, not sent)",
    ]);
    expect(loginPageOrigins(9100)).toEqual(["http://127.0.0.1:9100", "http://localhost:9100"]);
  });

  it("keeps what the user set, and leaves the given environment untouched", () => {
    const given = {
      SECRETS_SOURCE: "ssm",
      SMS_SENDER: "tencent",
      LEGACY_REQUESTS: "false",
      CORS_ALLOWED_ORIGINS: "https://app.example.com",
    };
    const { env, notes } = applyDevDefaults(given, 8081);
    expect(env).toEqual(given);
    expect(env).not.toBe(given);
    expect(notes).toEqual([]);
    expect(applyDevDefaults({ CODE_PEPPER: "mine-0123456789abcdef" }, 8081).env.CODE_PEPPER).toBe("mine-0123456789abcdef");
  });
});

describe("docs/local-development.md", () => {
  it("the `npm run dev` settings table lists exactly the variables the dev server's files read", () => {
    // The servers (functions/verification/local) and the command line that starts them (cli/dev*).
    const files = [
      ...readdirSync(join(root, "functions/verification/local"))
        .filter((name) => name.endsWith(".ts"))
        .map((name) => join(root, "functions/verification/local", name)),
      join(root, "cli/dev.ts"),
      join(root, "cli/dev/dev-command-line.ts"),
    ];
    const read = files.flatMap((file) => [...readFileSync(file, "utf8").matchAll(/\benv\.([A-Z][A-Z0-9_]*)/g)].map((m) => m[1]!));
    const markdown = readFileSync(join(root, "docs/local-development.md"), "utf8");
    const start = markdown.indexOf("\n### `npm run dev` settings\n");
    expect(start).toBeGreaterThan(-1);
    const section = markdown.slice(start + 1).split(/\n##+ /)[0]!;
    const documented = section
      .split("\n")
      .filter((line) => line.startsWith("| `"))
      .flatMap((line) => [...line.split("|")[1]!.matchAll(/`([A-Z][A-Z0-9_]*)`/g)].map((m) => m[1]!));
    expect([...new Set(documented)].sort()).toEqual([...new Set(read)].sort());
  });
});
