// `npm run dev`: serves the verification handler on http://127.0.0.1:$PORT (default 8080), turning
// each HTTP request into a Function URL event, with the same environment variables as in SCF.
// Local conveniences only: secrets come from the environment (SECRETS_SOURCE=local unless you set
// SECRETS_SOURCE=ssm with SECRET_NAME etc. to try a real Secrets Manager), CODE_PEPPER is
// generated when unset, a throw-away signing key is generated per process, SMS_SENDER defaults to
// console, and without REDIS_HOST a private redis-server is started on a free port.
import { randomBytes } from "node:crypto";
import { createServer, type IncomingMessage } from "node:http";
import { startRedisServer, type RedisServer } from "../../../tools/local-redis/redis-server";
import { createVerificationRuntime } from "../runtime";

const maxReadBytes = 64 * 1024;
/** Past this much an oversized body is no longer drained but the connection is dropped. */
const maxDrainBytes = 16 * 1024 * 1024;

async function main(): Promise<void> {
  const env: NodeJS.ProcessEnv = { ...process.env };
  const port = Number(env.PORT ?? "8080");
  if (!Number.isInteger(port) || port < 1 || port > 65535) throw new Error("PORT must be a TCP port number");
  if (!env.SECRETS_SOURCE) {
    env.SECRETS_SOURCE = "local";
    console.log("dev: SECRETS_SOURCE not set, reading secrets from the environment (local source)");
  }
  if (env.SECRETS_SOURCE === "local" && !env.CODE_PEPPER) {
    env.CODE_PEPPER = randomBytes(24).toString("hex");
    console.log("dev: CODE_PEPPER not set, generated one for this process (codes do not survive a restart)");
  }
  if (!env.LEGACY_REQUESTS) {
    // As in the dev environment of the table: the tutorial's GET/form requests keep working.
    env.LEGACY_REQUESTS = "true";
  }
  if (!env.CORS_ALLOWED_ORIGINS) {
    // The login page served by this process calls the function from these origins.
    env.CORS_ALLOWED_ORIGINS = `http://127.0.0.1:${port},http://localhost:${port}`;
  }
  if (!env.SMS_SENDER) {
    env.SMS_SENDER = "console";
    console.log("dev: SMS_SENDER not set, using console (messages are printed, not sent)");
  }
  let privateRedis: RedisServer | undefined;
  if (!env.REDIS_HOST) {
    privateRedis = await startRedisServer().catch((error: Error) => {
      throw new Error(`${error.message}; or set REDIS_HOST (and REDIS_PORT, REDIS_PASSWORD) to a Redis of your own`);
    });
    env.REDIS_HOST = privateRedis.host;
    env.REDIS_PORT = String(privateRedis.port);
    env.REDIS_PASSWORD = "";
    console.log(`dev: REDIS_HOST not set, started a private redis-server on ${privateRedis.host}:${privateRedis.port}`);
  }

  const runtime = createVerificationRuntime(env, { allowLocalSecrets: true });
  let sequence = 0;
  const server = createServer(async (req, res) => {
    try {
      const body = await readBody(req);
      if (!body.ok) {
        // Answer, then close: the rest of an oversized body is not worth reading.
        res.writeHead(413, { "Content-Type": "application/json; charset=utf-8", Connection: "close" });
        res.end(JSON.stringify({ codeStr: "PayloadTooLarge", msg: `request body over ${maxReadBytes} bytes` }));
        return;
      }
      const url = new URL(req.url ?? "/", "http://localhost");
      const headers: Record<string, string> = {};
      for (const [key, value] of Object.entries(req.headers)) if (typeof value === "string") headers[key] = value;
      // What SCF does: the platform sets the client address; a client-sent header is overwritten.
      headers["x-scf-remote-addr"] = req.socket.remoteAddress ?? "";
      const event = {
        httpMethod: req.method ?? "GET",
        path: url.pathname,
        headers,
        queryString: queryObject(url.searchParams),
        body: body.text,
      };
      sequence += 1;
      const reply = await runtime.handle(event, { request_id: `dev-${sequence}`, function_name: "verification-dev" });
      res.writeHead(reply.statusCode, reply.headers).end(reply.body);
    } catch {
      if (!res.headersSent) res.writeHead(500, { "Content-Type": "application/json; charset=utf-8" });
      res.end(JSON.stringify({ codeStr: "InternalError", msg: "dev server failed to handle the request" }));
    }
  });

  const shutdown = async () => {
    server.close();
    await runtime.close();
    await privateRedis?.stop();
    process.exit(0);
  };
  process.on("SIGINT", shutdown);
  process.on("SIGTERM", shutdown);
  process.on("SIGHUP", shutdown);
  server.once("error", async (error: NodeJS.ErrnoException) => {
    await runtime.close();
    await privateRedis?.stop();
    const reason =
      error.code === "EADDRINUSE"
        ? `port ${port} is already in use on 127.0.0.1; stop the other server or pick another port with PORT=<n> npm run dev`
        : error.code === "EACCES"
          ? `port ${port} needs privileges; use a port above 1023 (PORT=<n> npm run dev)`
          : `cannot listen on 127.0.0.1:${port} (${error.code ?? error.message})`;
    console.error(`dev: ${reason}`);
    process.exit(1);
  });
  server.listen(port, "127.0.0.1", () => console.log(`dev: verification function on http://127.0.0.1:${port}/`));
}

/**
 * The query as SCF hands it over: one string per parameter; a repeated parameter keeps every
 * value (an array), so the handler refuses it like any other duplicate instead of picking one.
 */
function queryObject(params: URLSearchParams): Record<string, string | string[]> {
  const query: Record<string, string | string[]> = {};
  for (const [key, value] of params) {
    const existing = query[key];
    query[key] = existing === undefined ? value : Array.isArray(existing) ? [...existing, value] : [existing, value];
  }
  return query;
}

/** Reads the body up to maxReadBytes; beyond that it keeps draining (so the client can read our 413) and reports it. */
function readBody(req: IncomingMessage): Promise<{ ok: true; text: string } | { ok: false }> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    req.on("data", (chunk: Buffer) => {
      size += chunk.length;
      if (size <= maxReadBytes) chunks.push(chunk);
      else if (size > maxDrainBytes) req.destroy();
    });
    req.on("end", () =>
      resolve(size > maxReadBytes ? { ok: false } : { ok: true, text: Buffer.concat(chunks).toString("utf8") }),
    );
    req.on("close", () => {
      if (size > maxReadBytes) resolve({ ok: false });
    });
    req.on("error", reject);
  });
}

main().catch((error: Error) => {
  console.error(`dev: ${error.message}`);
  process.exit(1);
});
