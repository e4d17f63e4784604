// A man-in-the-middle for tests: forwards the SDK's requests to the SMS endpoint double after
// letting the test rewrite headers or body, to prove the double's signature check rejects changes.
import * as http from "node:http";
import type { AddressInfo } from "node:net";

export interface InterceptedRequest {
  headers: http.IncomingHttpHeaders;
  body: Buffer;
}

export interface TamperingProxy {
  url: string;
  stop(): Promise<void>;
}

export async function startTamperingProxy(
  targetUrl: string,
  tamper: (request: InterceptedRequest) => InterceptedRequest,
): Promise<TamperingProxy> {
  const target = new URL(targetUrl);
  const server = http.createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on("data", (chunk: Buffer) => chunks.push(chunk));
    req.on("end", () => {
      const changed = tamper({ headers: { ...req.headers }, body: Buffer.concat(chunks) });
      const headers = { ...changed.headers, "content-length": String(changed.body.length) };
      const upstream = http.request(
        { host: target.hostname, port: Number(target.port), method: req.method, path: req.url, headers },
        (answer) => {
          res.writeHead(answer.statusCode ?? 502, answer.headers);
          answer.pipe(res);
        },
      );
      upstream.on("error", () => res.writeHead(502).end());
      upstream.end(changed.body);
    });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    stop: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
}
