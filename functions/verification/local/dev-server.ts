// `npm run dev`: serves the verification handler on http://127.0.0.1:$PORT (default 8080), turning
// each HTTP request into a Function URL event, with the same environment variables as in SCF, and
// the login page on its own origin, http://127.0.0.1:$PAGE_PORT (default PORT + 1).
// Local conveniences only: secrets come from the environment (SECRETS_SOURCE=local unless you set
// SECRETS_SOURCE=ssm with SECRET_NAME etc. to try a real Secrets Manager), CODE_PEPPER is
// generated when unset, a throw-away signing key is generated per process, SMS_SENDER defaults to
// console, and without REDIS_HOST a private redis-server is started on a free port.
// Exit status: 0 stopped by a signal or --help, 64 bad usage, 1 could not start.
import { CommandLineError } from "../../../tools/command-line";
import { devUsage, parseDevCommandLine } from "./dev-command-line";
import { DevStartError, startDevServers } from "./dev-servers";

async function main(): Promise<number | undefined> {
  let parsed;
  try {
    parsed = parseDevCommandLine(process.argv.slice(2), process.env);
  } catch (error) {
    if (!(error instanceof CommandLineError)) throw error;
    console.error(`dev: ${error.message}\n\n${devUsage}`);
    return 64;
  }
  if (parsed.help) {
    console.log(devUsage);
    return 0;
  }
  const servers = await startDevServers({
    settings: parsed.settings,
    env: process.env,
    out: (line) => console.log(`dev: ${line}`),
  });
  const captcha = servers.pageConfig.captcha;
  console.log(`dev: verification function on ${servers.functionUrl}`);
  console.log(
    `dev: login page on ${servers.pageUrl} (open it in a browser)` +
      (captcha ? `; Captcha app ${captcha.appId} from ${captcha.scriptUrl} on ${captcha.methods.join(", ")}` : ""),
  );
  let stopping = false;
  const shutdown = async () => {
    if (stopping) return;
    stopping = true;
    await servers.close();
    process.exit(0);
  };
  process.on("SIGINT", shutdown);
  process.on("SIGTERM", shutdown);
  process.on("SIGHUP", shutdown);
  return undefined;
}

main().then(
  (code) => {
    // Nothing else is running after --help or a usage error: let stdout drain, then exit.
    if (code !== undefined) process.exitCode = code;
  },
  (error: Error) => {
    // A start-up failure is one line; anything else keeps its stack for the bug report.
    console.error(`dev: ${error instanceof DevStartError ? error.message : (error.stack ?? error.message)}`);
    process.exit(1);
  },
);
