// Issue 23's "done when": `npm run dev` shows the fraud guard blocking and `npm run insights`
// reporting it — the walk-through of docs/abuse-protection.md ("See it on npm run dev"), run as a
// user would: start the dev server (its private Redis, console SMS, default limits), pump one number
// prefix from many loopback addresses (each its own client, as in real pumping, so it is the guard
// and not the per-address cap that stops it) while a real user in another prefix signs in, then run
// the guard and insights CLIs against the Redis the dev server printed.
import { spawn } from "node:child_process";
import { request } from "node:http";
import { repositoryRoot as root, startDevCommand, tsxCli as tsx, type DevCommand } from "../support/dev-command";

let dev: DevCommand;
let port: number;
const output = () => dev.output();

beforeAll(async () => {
  // The dev server's own defaults for every limit: nothing here is tuned for the test.
  dev = await startDevCommand((env) => {
    for (const name of Object.keys(env)) if (/^(FRAUD_GUARD_|SMS_BUDGET_|IP_HOURLY|INSIGHTS_)/.test(name)) delete env[name];
  });
  port = dev.port;
});

afterAll(() => dev.stop());

/** One HTTP call to the dev server from a given loopback address (curl --interface in the docs). */
function call(from: string, path: string, form?: string): Promise<{ status: number; body: Record<string, unknown> }> {
  return new Promise((done, fail) => {
    const req = request(
      {
        host: "127.0.0.1",
        port,
        path,
        method: form ? "POST" : "GET",
        localAddress: from,
        headers: form ? { "content-type": "application/x-www-form-urlencoded" } : {},
      },
      (res) => {
        let text = "";
        res.on("data", (chunk) => (text += String(chunk)));
        res.on("end", () => done({ status: res.statusCode ?? 0, body: JSON.parse(text) as Record<string, unknown> }));
      },
    );
    req.on("error", fail);
    req.end(form);
  });
}

/** Runs a CLI as `npm run <tool>` does (tsx cli/<tool>.ts), with the Redis variables the dev server printed. */
function cli(tool: string, args: string[], redisEnv: Record<string, string>): Promise<{ code: number; stdout: string }> {
  return new Promise((done) => {
    const child = spawn(process.execPath, [tsx, `cli/${tool}.ts`, ...args], { cwd: root, env: { ...process.env, ...redisEnv } });
    let stdout = "";
    child.stdout.on("data", (chunk) => (stdout += String(chunk)));
    child.stderr.on("data", (chunk) => (stdout += String(chunk)));
    child.on("exit", (code) => done({ code: code ?? -1, stdout }));
  });
}

it("blocks a pumped prefix after 20 unverified codes, and the guard and insights CLIs report it from dev's Redis", async () => {
  // A real user in another prefix: the code the console shows, then the login.
  expect((await call("127.0.2.1", "/?method=getSms&phone=%2B8613800138000")).body).toMatchObject({ codeStr: "Success" });
  const code = /\[sms:console\] to \+8613800138000 params \["(\d{6})"/.exec(output())![1];
  const login = await call("127.0.2.1", "/", `method=login&phone=%2B8613800138000&code=${code}`);
  expect(login.body).toMatchObject({ codeStr: "Success" });

  // The pumping run of the docs: +86 170 0000 0010 … 0034, each from its own address, nobody verifies.
  const replies = [];
  for (let i = 10; i <= 34; i++) replies.push(await call(`127.0.1.${i}`, `/?method=getSms&phone=%2B86170000000${i}`));
  expect(replies.slice(0, 20).map((r) => r.body.codeStr)).toEqual(Array(20).fill("Success"));
  expect(replies.slice(20).map((r) => [r.status, r.body.codeStr, r.body.limit])).toEqual(
    Array(5).fill([429, "RateLimited", "fraudGuard"]),
  );
  // The dev console shows the block's one alarm line.
  const alarms = output()
    .split("\n")
    .filter((line) => line.includes('"alarm":"fraudGuardBlocked"'));
  expect(alarms).toHaveLength(1);
  expect(JSON.parse(alarms[0])).toMatchObject({ level: "warn", guardScope: "prefix:+8617000", guardSent: 20, guardVerified: 0 });

  // The tools reach dev's Redis with the variables the dev server printed.
  const printed =
    /dev: fraud guard and insights of this server: REDIS_HOST=(\S+) REDIS_PORT=(\d+) REDIS_PASSWORD= npm run guard -- status local; /.exec(
      output(),
    );
  expect(printed).not.toBeNull();
  const redisEnv = { REDIS_HOST: printed![1], REDIS_PORT: printed![2], REDIS_PASSWORD: "" };

  const guard = await cli("guard", ["status", "local"], redisEnv);
  expect(guard.code).toBe(0);
  expect(guard.stdout).toMatch(/^prefix:\+8617000\s+20\s+0\s+0\.0%\s+\S+\s+\S+$/m);

  const insights = await cli("insights", ["local", "--by", "prefix"], redisEnv);
  expect(insights.code).toBe(0);
  expect(insights.stdout.split("\n").map((line) => line.split(/\s+/))).toEqual([
    ["prefix", "requested", "sent", "failed", "delivered", "undelivered", "verified", "conversion", "refused:fraudGuard"],
    ["+8617000", "25", "20", "0", "0", "0", "0", "0.0%", "5"],
    ["+8613800", "1", "1", "0", "0", "0", "1", "100.0%", "0"],
    ["total", "26", "21", "0", "0", "0", "1", "4.8%", "5"],
    [""],
  ]);
});
