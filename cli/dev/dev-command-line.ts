// `npm run dev -- <options>`: the flags of the local server, parsed strictly with the repo's
// shared parser (cli/command-line.ts) so a typo is an error (exit 64), never silently ignored.
// Flags override the environment variables of the same meaning (PORT, PAGE_PORT,
// CAPTCHA_SCRIPT_URL), which keep working on their own.
import type { DevSettings } from "../../functions/verification/local/dev-servers";
import { CommandLineError, parseCommandLine } from "../command-line";

export const defaultFunctionPort = 8080;
/** Tencent Captcha 2.0 web JS (cloud.tencent.com/document/product/1110/36841). */
export const defaultCaptchaScriptUrl = "https://turing.captcha.qcloud.com/TJCaptcha.js";

export const devUsage = `usage: npm run dev [-- options]

Serves the verification function on http://127.0.0.1:<port>/ and a login page on
http://127.0.0.1:<page-port>/ — another origin, as a real app's page would be — and prints both.

options:
  --port <n>                   function port (default: $PORT or ${defaultFunctionPort})
  --page-port <n>              login page port (default: $PAGE_PORT or <port> + 1)
  --captcha-script-url <url>   Captcha JS the page loads when CAPTCHA_MODE is on
                               (default: $CAPTCHA_SCRIPT_URL or ${defaultCaptchaScriptUrl})
  -h, --help                   show this help

Every variable of the deployed function works too (docs/configuration.md); the local defaults
are listed in docs/local-development.md. Stop with Ctrl-C.
exit: 0 stopped by Ctrl-C (or --help); 1 could not start; 64 bad usage`;

export type DevCommandLine = { help: true } | { help: false; settings: DevSettings };

/** Flags first, then the environment, then the defaults; throws CommandLineError on bad usage. */
export function parseDevCommandLine(argv: readonly string[], env: NodeJS.ProcessEnv): DevCommandLine {
  const parsed = parseCommandLine(argv, {
    options: {
      port: { type: "string" },
      "page-port": { type: "string" },
      "captcha-script-url": { type: "string" },
    },
    positionals: { min: 0, max: 0, name: "arguments" },
  });
  if (parsed.help) return { help: true };
  const { values } = parsed;
  const port = portFrom(values.port, "--port", env.PORT, "PORT") ?? defaultFunctionPort;
  const pagePort = portFrom(values["page-port"], "--page-port", env.PAGE_PORT, "PAGE_PORT") ?? port + 1;
  if (pagePort === port) throw new CommandLineError(`the page needs its own port; both are ${port}`);
  if (pagePort > 65535) throw new CommandLineError(`no port after ${port} for the page; set --page-port`);
  const captchaScriptUrl = values["captcha-script-url"] ?? (env.CAPTCHA_SCRIPT_URL?.trim() || defaultCaptchaScriptUrl);
  if (!/^https?:\/\/[^\s/]+\/\S*$/.test(captchaScriptUrl)) {
    throw new CommandLineError(`the Captcha script URL must be an http(s) URL like ${defaultCaptchaScriptUrl}`);
  }
  return { help: false, settings: { port, pagePort, captchaScriptUrl } };
}

function portFrom(flag: string | undefined, flagName: string, variable: string | undefined, variableName: string) {
  const [raw, name] = flag !== undefined ? [flag, flagName] : [variable?.trim() || undefined, variableName];
  if (raw === undefined) return undefined;
  const port = /^\d{1,5}$/.test(raw) ? Number(raw) : NaN;
  if (!(port >= 1 && port <= 65535)) throw new CommandLineError(`${name} must be a TCP port number (1-65535)`);
  return port;
}
