// `npm run dev` as the README describes it: no REDIS_HOST, no CODE_PEPPER, console sender; the
// printed code logs in over real HTTP, the login page is served on its own origin (PAGE_PORT)
// which the default CORS allow-list admits, and stopping the server stops its private redis-server.
import { spawn } from "node:child_process";
import { createServer } from "node:net";
import { startDevCommand, repositoryRoot as root, tsxCli, type DevCommand } from "../../../support/dev-command";
import { freePort } from "../../../support/free-port";

let dev: DevCommand;
let baseUrl: string;
let pageUrl: string;
const output = () => dev.output();

beforeAll(async () => {
  dev = await startDevCommand();
  baseUrl = `http://127.0.0.1:${dev.port}`;
  pageUrl = `http://127.0.0.1:${dev.pagePort}/`;
});

afterAll(() => dev.stop());

it("sends a code to the console on GET and accepts it on a form POST", async () => {
  const sent = await fetch(`${baseUrl}/?method=getSms&phone=8613800138000`);
  expect(sent.status).toBe(200);
  expect(await sent.json()).toMatchObject({ codeStr: "Success" });
  const match = /\[sms:console\] to \+8613800138000 params \["(\d{6})","5"\]/.exec(output());
  expect(match).not.toBeNull();

  const login = await fetch(baseUrl, {
    method: "POST",
    headers: { "content-type": "application/x-www-form-urlencoded" },
    body: `method=login&phone=8613800138000&code=${match?.[1]}`,
  });
  expect(login.status).toBe(200);
  expect(await login.json()).toMatchObject({ codeStr: "Success" });
});

it("prints the login page's URL, serves the page and its config, and allows its origin (only) by default", async () => {
  expect(output()).toContain(`dev: verification function on ${baseUrl}/`);
  expect(output()).toContain(`dev: login page on ${pageUrl} (open it in a browser)`);
  const html = await fetch(pageUrl);
  expect(html.status).toBe(200);
  expect(html.headers.get("content-type")).toBe("text/html; charset=utf-8");
  expect(await html.text()).toContain('<script src="login.js" defer></script>');
  expect(await (await fetch(`${pageUrl}config.js`)).text()).toBe(
    `window.loginPageConfig = ${JSON.stringify({ functionUrl: `${baseUrl}/`, resendCooldownSeconds: 30 })};\n`,
  );
  const preflight = (origin: string) =>
    fetch(baseUrl, { method: "OPTIONS", headers: { origin, "access-control-request-method": "POST" } });
  const allowed = await preflight(new URL(pageUrl).origin);
  expect(allowed.status).toBe(204);
  expect(allowed.headers.get("access-control-allow-origin")).toBe(new URL(pageUrl).origin);
  expect((await preflight(baseUrl)).status).toBe(403);
});

it("answers JSON POSTs with the same contract", async () => {
  const reply = await fetch(baseUrl, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: '{"method":"login","phone":"+86 138-0013-8000"}',
  });
  expect(reply.status).toBe(400);
  expect(await reply.json()).toMatchObject({ codeStr: "MissingCode" });
  expect(output()).toContain("started a private redis-server");
  expect(output()).toContain("CODE_PEPPER not set, generated one");
});

it("answers 413 PayloadTooLarge to a body over 64 KB instead of resetting the connection", async () => {
  const reply = await fetch(baseUrl, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ method: "getSms", pad: "x".repeat(100 * 1024) }),
  });
  expect(reply.status).toBe(413);
  expect(await reply.json()).toMatchObject({ codeStr: "PayloadTooLarge" });
  // The server still serves the next request.
  expect((await fetch(`${baseUrl}/?method=login&phone=8613800138000`)).status).toBe(400);
});

it("refuses a repeated query parameter like the deployed function does", async () => {
  const reply = await fetch(`${baseUrl}/?method=getSms&phone=8613800138001&phone=8613800138002`);
  expect(reply.status).toBe(400);
  expect(await reply.json()).toMatchObject({ codeStr: "InValidParam", msg: 'parameter "phone" is given more than once' });
});

it("says in one line that the port is in use, without a stack trace, and exits 1", async () => {
  const holder = createServer();
  const port = await freePort();
  await new Promise<void>((resolveListen) => holder.listen(port, "127.0.0.1", () => resolveListen()));
  try {
    const env: NodeJS.ProcessEnv = {
      ...process.env,
      PORT: String(port),
      SMS_SENDER: "console",
      CODE_PEPPER: "dev-test-pepper-0123456789",
    };
    delete env.REDIS_HOST;
    const second = spawn(process.execPath, [tsxCli, "cli/dev.ts"], { cwd: root, env });
    let stderr = "";
    second.stderr?.on("data", (chunk) => (stderr += String(chunk)));
    const code = await new Promise<number | null>((r) => second.once("exit", r));
    expect(code).toBe(1);
    const lines = stderr.trim().split("\n");
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(new RegExp(`^dev: error \\[DEV_START_FAILED\\]: port ${port} is already in use`));
    expect(stderr).not.toMatch(/\bat .*:\d+:\d+/);
  } finally {
    holder.close();
  }
});
