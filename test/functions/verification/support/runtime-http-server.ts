// Serves a verification runtime over real HTTP on a loopback port, turning each request into a
// Function URL event as the dev server does: what an app backend (JWKS fetch) or a browser sees.
import { createServer, type IncomingMessage } from "node:http";
import { listenOnLoopback } from "../../../support/loopback-server";
import type { VerificationRuntime } from "../../../../functions/verification/runtime";

export interface RuntimeHttpServer {
  url: string;
  stop(): Promise<void>;
}

export async function serveRuntime(
  runtime: VerificationRuntime,
  extra?: (req: IncomingMessage) => { status: number; headers: Record<string, string>; body: string } | undefined,
): Promise<RuntimeHttpServer> {
  let sequence = 0;
  const server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on("data", (chunk: Buffer) => chunks.push(chunk));
    req.on("end", async () => {
      const served = extra?.(req);
      if (served) {
        res.writeHead(served.status, served.headers).end(served.body);
        return;
      }
      const url = new URL(req.url ?? "/", "http://localhost");
      const headers: Record<string, string> = {};
      for (const [key, value] of Object.entries(req.headers)) if (typeof value === "string") headers[key] = value;
      headers["x-scf-remote-addr"] = "127.0.0.1";
      sequence += 1;
      const reply = await runtime.handle(
        {
          httpMethod: req.method ?? "GET",
          path: url.pathname,
          headers,
          queryString: Object.fromEntries(url.searchParams),
          body: Buffer.concat(chunks).toString("utf8"),
        },
        { request_id: `http-${sequence}` },
      );
      res.writeHead(reply.statusCode, reply.headers).end(reply.body);
    });
  });
  const listener = await listenOnLoopback(server);
  return { url: listener.url, stop: () => listener.close() };
}
