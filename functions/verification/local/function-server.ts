// The function's side of `npm run dev`: an HTTP server that turns each request into a Function URL
// event (what SCF does in front of the deployed function) and writes the handler's reply back.
import { createServer, type IncomingMessage, type Server } from "node:http";
import type { ScfHandler } from "../http/verification-handler";

const maxReadBytes = 64 * 1024;
/** Past this much an oversized body is no longer drained but the connection is dropped. */
const maxDrainBytes = 16 * 1024 * 1024;

export function createFunctionServer(handle: ScfHandler): Server {
  let sequence = 0;
  return createServer(async (req, res) => {
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
      const reply = await handle(event, { request_id: `dev-${sequence}`, function_name: "verification-dev" });
      res.writeHead(reply.statusCode, reply.headers).end(reply.body);
    } catch {
      if (!res.headersSent) res.writeHead(500, { "Content-Type": "application/json; charset=utf-8" });
      res.end(JSON.stringify({ codeStr: "InternalError", msg: "dev server failed to handle the request" }));
    }
  });
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
