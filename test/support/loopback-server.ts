// Puts a test double's HTTP server on a free loopback port and stops it without waiting for
// clients: a double told to "time out" holds requests open, so close() must drop live sockets.
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
