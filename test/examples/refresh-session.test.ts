// The app-backend refresh example (examples/app-backend/refresh-session.ts) against the function
// over real HTTP, through a proxy that loses the first reply after the function rotated the token:
// the example retries with the same Idempotency-Key and gets the rotated tokens, which work; a
// definite refusal (a retired token: reuse) comes back at once.
import { createServer, request as httpRequest } from "node:http";
import { refreshSession } from "../../examples/app-backend/refresh-session";
import { createVerificationRuntime, type VerificationRuntime } from "../../functions/verification/runtime";
import { listenOnLoopback } from "../support/loopback-server";
import {
  captureLog,
  functionUrlGet,
  functionUrlJson,
  lastCodeSentTo,
  replyBody,
  startFixture,
  type Fixture,
} from "../functions/verification/support/verification-fixture";
import { serveRuntime, type RuntimeHttpServer } from "../functions/verification/support/runtime-http-server";

let fixture: Fixture;
let runtime: VerificationRuntime;
let server: RuntimeHttpServer;
let proxy: { url: string; close(): Promise<void> };
/** How many replies the proxy still drops (after the function answered). */
let dropReplies = 0;

beforeAll(async () => {
  fixture = await startFixture();
  runtime = createVerificationRuntime(fixture.env, { log: captureLog().write });
  server = await serveRuntime(runtime);
  const target = new URL(server.url);
  proxy = await listenOnLoopback(
    createServer((req, res) => {
      const forward = httpRequest(
        { host: target.hostname, port: target.port, path: req.url, method: req.method, headers: req.headers },
        (answer) => {
          const chunks: Buffer[] = [];
          answer.on("data", (chunk: Buffer) => chunks.push(chunk));
          answer.on("end", () => {
            if (dropReplies > 0) {
              dropReplies -= 1;
              req.socket.destroy();
              return;
            }
            res.writeHead(answer.statusCode ?? 502, answer.headers).end(Buffer.concat(chunks));
          });
        },
      );
      req.pipe(forward);
    }),
  );
});

afterAll(async () => {
  await proxy.close();
  await server.stop();
  await runtime.close();
  await fixture.stop();
});

async function login(phone: string): Promise<string> {
  expect((await runtime.handle(functionUrlGet({ method: "getSms", phone }), {})).statusCode).toBe(200);
  const reply = await runtime.handle(functionUrlJson({ method: "login", phone, code: lastCodeSentTo(fixture.sms, phone) }), {});
  return String(replyBody(reply).refreshToken);
}

it("gets the rotated tokens after a lost reply, and they work", async () => {
  const token = await login("+8613800138851");
  dropReplies = 1;
  const refreshed = await refreshSession({ functionUrl: proxy.url, backoffMs: 10 }, token);
  expect(refreshed).toMatchObject({ ok: true, refreshToken: expect.stringMatching(/\./) });
  expect(dropReplies).toBe(0);
  if (!refreshed.ok) throw new Error("unreachable");
  const next = await refreshSession({ functionUrl: proxy.url }, refreshed.refreshToken);
  expect(next.ok).toBe(true);
});

it("passes a definite refusal through without retrying", async () => {
  const token = await login("+8613800138852");
  expect((await refreshSession({ functionUrl: proxy.url }, token)).ok).toBe(true);
  // The retired token again, with a new key: reuse, the session is revoked.
  expect(await refreshSession({ functionUrl: proxy.url }, token)).toMatchObject({ ok: false, codeStr: "RefreshTokenReused" });
});
