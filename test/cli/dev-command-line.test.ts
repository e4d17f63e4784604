// `npm run dev` flags: --help prints the usage and exits 0, a wrong flag is a usage error (64, as
// every CLI of the repo built on cli/command-line.ts), flags win over the environment variables
// of the same meaning, which keep working on their own.
import { spawnSync } from "node:child_process";
import { resolve } from "node:path";
import { CommandLineError } from "../../cli/command-line";
import { defaultCaptchaScriptUrl, devUsage, parseDevCommandLine } from "../../cli/dev/dev-command-line";

const root = resolve(__dirname, "../..");

describe("parseDevCommandLine", () => {
  it("defaults: function on 8080, page on the next port, Tencent's Captcha script", () => {
    expect(parseDevCommandLine([], {})).toEqual({
      help: false,
      settings: { port: 8080, pagePort: 8081, captchaScriptUrl: defaultCaptchaScriptUrl },
    });
    expect(defaultCaptchaScriptUrl).toBe("https://turing.captcha.qcloud.com/TJCaptcha.js");
  });

  it("reads PORT, PAGE_PORT and CAPTCHA_SCRIPT_URL, and flags win over them", () => {
    const env = { PORT: "9000", PAGE_PORT: "9100", CAPTCHA_SCRIPT_URL: "http://127.0.0.1:7000/TJCaptcha.js" };
    expect(parseDevCommandLine([], env)).toEqual({
      help: false,
      settings: { port: 9000, pagePort: 9100, captchaScriptUrl: "http://127.0.0.1:7000/TJCaptcha.js" },
    });
    expect(
      parseDevCommandLine(["--port", "9500", "--page-port=9600", "--captcha-script-url", "https://x.test/c.js"], env),
    ).toEqual({
      help: false,
      settings: { port: 9500, pagePort: 9600, captchaScriptUrl: "https://x.test/c.js" },
    });
    expect(parseDevCommandLine([], { PORT: "9000" })).toMatchObject({ settings: { port: 9000, pagePort: 9001 } });
  });

  it("--help or -h anywhere asks for the usage", () => {
    expect(parseDevCommandLine(["--port", "1", "-h"], {})).toEqual({ help: true });
    expect(parseDevCommandLine(["--bogus", "--help"], {})).toEqual({ help: true });
  });

  it.each([
    [["--bogus"], {}, "unknown option --bogus; options: --port, --page-port, --captcha-script-url, --help"],
    [["--page"], {}, "unknown option --page; did you mean --page-port?"],
    [["extra"], {}, 'unexpected argument "extra"'],
    [["--port"], {}, "Option '--port <value>' argument missing"],
    [["--port", "http"], {}, "--port must be a TCP port number (1-65535)"],
    [[], { PORT: "70000" }, "PORT must be a TCP port number (1-65535)"],
    [[], { PAGE_PORT: "-1" }, "PAGE_PORT must be a TCP port number (1-65535)"],
    [["--port", "9000", "--page-port", "9000"], {}, "the page needs its own port; both are 9000"],
    [["--port", "65535"], {}, "no port after 65535 for the page; set --page-port"],
    [
      ["--captcha-script-url", "TJCaptcha.js"],
      {},
      "the Captcha script URL must be an http(s) URL like " + defaultCaptchaScriptUrl,
    ],
  ])("refuses %j with %j: %s", (argv, env, message) => {
    expect(() => parseDevCommandLine(argv, env)).toThrow(new CommandLineError(message));
  });
});

describe("npm run dev -- <flags>", () => {
  const npmRunDev = (...args: string[]) =>
    spawnSync("npm", ["run", "--silent", "dev", "--", ...args], { cwd: root, encoding: "utf8", timeout: 30000 });

  it("--help prints the usage and exits 0 without starting anything", () => {
    const run = npmRunDev("--help");
    expect(run.status).toBe(0);
    expect(run.stdout.trim()).toBe(devUsage);
    expect(run.stderr).toBe("");
  });

  it("an unknown flag is a usage error: the shared error line, the usage line, exit 64", () => {
    const run = npmRunDev("--prot", "9000");
    expect(run.status).toBe(64);
    expect(run.stdout).toBe("");
    expect(run.stderr).toMatch(
      /^dev: error \[USAGE\]: unknown option --prot; options: --port, --page-port, --captcha-script-url, --help\nusage: npm run dev \[-- options\]\n$/,
    );
  });
});
