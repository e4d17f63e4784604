// Starts what `npm run dev` runs, in-process: the local defaults, a private redis-server when no
// REDIS_HOST is given, the verification runtime, the function on 127.0.0.1:<port> and the login
// page on 127.0.0.1:<pagePort>. The CLI (cli/dev.ts) and the browser test both use it, so the
// test drives exactly what a developer opens. close() stops all of it.
import type { Server } from "node:http";
import { startRedisServer, type RedisServer } from "../../../tools/local-redis/redis-server";
import { fromEnvironment } from "../settings";
import type { LogWriter } from "../http/request-log";
import { createVerificationRuntime, type VerificationRuntime } from "../runtime";
import { applyDevDefaults } from "./dev-environment";
import { createFunctionServer } from "./function-server";
import { createLoginPageServer, type LoginPageConfig } from "./login-page-server";

/** Where the dev servers listen and which Captcha script the page loads (cli/dev.ts parses them). */
export interface DevSettings {
  port: number;
  pagePort: number;
  captchaScriptUrl: string;
}

export interface DevServersOptions {
  settings: DevSettings;
  /** The environment as the user gave it; local defaults are applied to a copy. */
  env: NodeJS.ProcessEnv;
  /** Request log of the function (stdout JSON lines by default, as in SCF). */
  log?: LogWriter;
  /** Console notes (defaults applied, private Redis started). */
  out?: (line: string) => void;
}

export interface DevServers {
  /** "http://127.0.0.1:8080/" */
  functionUrl: string;
  /** "http://127.0.0.1:8081/" */
  pageUrl: string;
  /** What the page was told (function URL, Captcha app and script). */
  pageConfig: LoginPageConfig;
  close(): Promise<void>;
}

/** A start-up failure worth one line on the console (port taken, bad configuration, no redis-server). */
export class DevStartError extends Error {
  readonly code = "DEV_START_FAILED";
  constructor(message: string) {
    super(message);
    this.name = "DevStartError";
  }
}

export async function startDevServers(options: DevServersOptions): Promise<DevServers> {
  const { settings } = options;
  const out = options.out ?? (() => undefined);
  const { env, notes } = applyDevDefaults(options.env, settings.pagePort);
  notes.forEach(out);

  // Checked before anything starts; REDIS_HOST may still be filled in by the private server below.
  const parsed = fromEnvironment({ ...env, REDIS_HOST: env.REDIS_HOST || "127.0.0.1" }, { allowLocalSecrets: true });
  if (!parsed.ok) throw new DevStartError(`the configuration has problems: ${parsed.problems.join("; ")}`);

  let privateRedis: RedisServer | undefined;
  if (!env.REDIS_HOST) {
    privateRedis = await startRedisServer().catch((error: Error) => {
      throw new DevStartError(`${error.message}; or set REDIS_HOST (and REDIS_PORT, REDIS_PASSWORD) to a Redis of your own`);
    });
    env.REDIS_HOST = privateRedis.host;
    env.REDIS_PORT = String(privateRedis.port);
    env.REDIS_PASSWORD = "";
    out(`REDIS_HOST not set, started a private redis-server on ${privateRedis.host}:${privateRedis.port}`);
    // The operator tools reach it as the environment "local" (docs/abuse-protection.md, operations.md).
    const reach = `REDIS_HOST=${privateRedis.host} REDIS_PORT=${privateRedis.port} REDIS_PASSWORD=`;
    out(`fraud guard and insights of this server: ${reach} npm run guard -- status local; ${reach} npm run insights -- local`);
  }

  const runtime: VerificationRuntime = createVerificationRuntime(env, { allowLocalSecrets: true, log: options.log });
  const functionUrl = `http://127.0.0.1:${settings.port}/`;
  const captcha = parsed.settings.captcha;
  const pageConfig: LoginPageConfig = {
    functionUrl,
    // The page holds "Send another code" for the function's cooldown after each send, as an app would.
    resendCooldownSeconds: parsed.settings.limits.resendCooldownSeconds,
    ...(!captcha
      ? {}
      : {
          captcha: {
            appId: String(captcha.appId),
            scriptUrl: settings.captchaScriptUrl,
            methods: captcha.on === "getSmsAndLogin" ? ["getSms", "login"] : ["getSms"],
          },
        }),
  };
  const functionServer = createFunctionServer(runtime.handle);
  const pageServer = createLoginPageServer(pageConfig);
  const stopAll = async () => {
    await Promise.all([stopServer(functionServer), stopServer(pageServer)]);
    await runtime.close();
    await privateRedis?.stop();
  };
  try {
    await listen(functionServer, settings.port, "PORT=<n> or --port <n>", "");
    await listen(pageServer, settings.pagePort, "PAGE_PORT=<n> or --page-port <n>", " (login page)");
  } catch (error) {
    await stopAll();
    throw error;
  }
  return { functionUrl, pageUrl: `http://127.0.0.1:${settings.pagePort}/`, pageConfig, close: stopAll };
}

function listen(server: Server, port: number, howToChange: string, what: string): Promise<void> {
  return new Promise((resolve, reject) => {
    server.once("error", (error: NodeJS.ErrnoException) => {
      const reason =
        error.code === "EADDRINUSE"
          ? `port ${port}${what} is already in use on 127.0.0.1; stop the other server or pick another port with ${howToChange}`
          : error.code === "EACCES"
            ? `port ${port}${what} needs privileges; use a port above 1023 (${howToChange})`
            : `cannot listen on 127.0.0.1:${port}${what} (${error.code ?? error.message})`;
      reject(new DevStartError(reason));
    });
    server.listen(port, "127.0.0.1", () => resolve());
  });
}

/** Stops accepting and drops idle keep-alive connections (a browser holds them open). */
function stopServer(server: Server): Promise<void> {
  if (!server.listening) return Promise.resolve();
  return new Promise((resolve) => {
    server.close(() => resolve());
    server.closeAllConnections();
  });
}
