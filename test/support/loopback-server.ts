// Puts a test double's HTTP server on a free loopback port and stops it without waiting for
// clients: a double told to "time out" holds requests open, so close() must drop live sockets.
import * as http from "node:http";
import type { Server } from "node:http";
import type { AddressInfo, Socket } from "node:net";

export interface LoopbackListener {
  /** "http://127.0.0.1:<port>" */
  url: string;
  /** Stops accepting and destroys every open connection. */
  close(): Promise<void>;
}

export async function listenOnLoopback(server: Server): Promise<LoopbackListener> {
  const sockets = new Set<Socket>();
  server.on("connection", (socket) => {
    sockets.add(socket);
    socket.on("close", () => sockets.delete(socket));
  });
  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(0, "127.0.0.1", () => resolve());
  });
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    close() {
      return new Promise<void>((resolve) => {
        server.close(() => resolve());
        for (const socket of sockets) socket.destroy();
      });
    },
  };
}

/**
 * An HTTP server for an API double: collects the body (413 and a dropped connection past
 * maxBodyBytes), then calls handle; a handler that throws answers 500 if nothing was sent yet.
 */
export function createBodyCappedServer(
  maxBodyBytes: number,
  handle: (req: http.IncomingMessage, res: http.ServerResponse, body: Buffer) => Promise<void>,
): Server {
  return http.createServer((req, res) => {
    const chunks: Buffer[] = [];
    let size = 0;
    req.on("data", (chunk: Buffer) => {
      size += chunk.length;
      if (size > maxBodyBytes) {
        res.writeHead(413).end();
        req.destroy();
        return;
      }
      chunks.push(chunk);
    });
    req.on("end", () => {
      if (size > maxBodyBytes) return;
      handle(req, res, Buffer.concat(chunks)).catch(() => {
        if (!res.headersSent) res.writeHead(500).end();
      });
    });
  });
}
