// `npm run dev`: serves the verification handler on http://127.0.0.1:$PORT (default 8080), turning
// each HTTP request into a Function URL event, with the same environment variables as in SCF, and
// the login page on its own origin, http://127.0.0.1:$PAGE_PORT (default PORT + 1)
// (functions/verification/local/dev-servers.ts).
// Local conveniences only: secrets come from the environment (SECRETS_SOURCE=local unless you set
// SECRETS_SOURCE=ssm with SECRET_NAME etc. to try a real Secrets Manager), CODE_PEPPER is
// generated when unset, a throw-away signing key is generated per process, SMS_SENDER defaults to
// console, and without REDIS_HOST a private redis-server is started on a free port.
import { startDevServers } from "../functions/verification/local/dev-servers";
import { EXIT, runAsEntryPoint, runCli, type CliIo } from "./command-line";
import { devUsage, parseDevCommandLine } from "./dev/dev-command-line";

/** Resolves when the servers stop (a signal), or at once after --help or a usage error. */
export async function devCommand(argv: readonly string[], env: NodeJS.ProcessEnv, io: CliIo): Promise<number> {
  return runCli(
    "dev",
    async () => {
      const parsed = parseDevCommandLine(argv, env);
      if (parsed.help) {
        io.stdout(`${devUsage}\n`);
        return EXIT.OK;
      }
      const servers = await startDevServers({ settings: parsed.settings, env, out: (line) => io.stdout(`dev: ${line}\n`) });
      const captcha = servers.pageConfig.captcha;
      io.stdout(`dev: verification function on ${servers.functionUrl}\n`);
      io.stdout(
        `dev: login page on ${servers.pageUrl} (open it in a browser)` +
          (captcha ? `; Captcha app ${captcha.appId} from ${captcha.scriptUrl} on ${captcha.methods.join(", ")}` : "") +
          "\n",
      );
      return new Promise<number>((resolve) => {
        let stopping = false;
        const shutdown = () => {
          if (stopping) return;
          stopping = true;
          // Exit once closed, as the original server did: a lingering keep-alive client must not hold Ctrl-C.
          void servers.close().then(() => {
            resolve(EXIT.OK);
            process.exit(EXIT.OK);
          });
        };
        process.on("SIGINT", shutdown);
        process.on("SIGTERM", shutdown);
        process.on("SIGHUP", shutdown);
      });
    },
    io,
    devUsage,
  );
}

export const main = devCommand;
runAsEntryPoint(module, main);
