// Starts real redis-server processes for tests, benchmarks and `npm run dev`: a standalone server
// (optionally with a password) or a 3-master cluster. Free ports, no persistence, a temp dir per
// server, and every helper waits until the server answers before returning. Lives outside test/
// because the dev server uses it too; test/support/redis-server.ts re-exports it.
import { spawn, spawnSync, type ChildProcess } from "node:child_process";
import { accessSync, constants, mkdirSync, mkdtempSync, rmSync } from "node:fs";
import { createConnection } from "node:net";
import { tmpdir } from "node:os";
import { delimiter, join } from "node:path";
import { freePort } from "../free-port";

export interface RedisServer {
  host: string;
  port: number;
  password?: string;
  /** Stops the process and removes its temp dir; restart() can bring it back on the same port. */
  stop(): Promise<void>;
  /** Starts it again on the same port (empty data). */
  restart(): Promise<void>;
  /** SIGSTOP / SIGCONT: a server that accepts nothing and answers nothing (a hung peer). */
  pause(): void;
  resume(): void;
}

export interface RedisClusterHandle {
  nodes: { host: string; port: number }[];
  stop(): Promise<void>;
}

const host = "127.0.0.1";

/** The Redis tools this launcher needs (redis-server, and redis-cli for clusters) missing from `PATH`. */
export function missingRedisTools(path = process.env.PATH ?? ""): string[] {
  return ["redis-server", "redis-cli"].filter((tool) => !findOnPath(tool, path));
}

function findOnPath(tool: string, path = process.env.PATH ?? ""): string | undefined {
  for (const dir of path.split(delimiter)) {
    if (!dir) continue;
    const candidate = join(dir, tool);
    try {
      accessSync(candidate, constants.X_OK);
      return candidate;
    } catch {
      // not in this directory
    }
  }
  return undefined;
}

export const REDIS_INSTALL_HINT = "on Debian/Ubuntu `apt-get install redis-server` installs both";

export function redisServerBinary(): string {
  const found = findOnPath("redis-server");
  if (!found) throw new Error(`redis-server not found on PATH; ${REDIS_INSTALL_HINT}`);
  return found;
}

export async function startRedisServer(opts: { password?: string } = {}): Promise<RedisServer> {
  const port = await freePort();
  const dir = mkdtempSync(join(tmpdir(), "redis-test-"));
  const args = baseArgs(port, dir);
  if (opts.password) args.push("--requirepass", opts.password);
  let child: ChildProcess | undefined = await launch(args, port, opts.password);
  return {
    host,
    port,
    password: opts.password,
    async stop() {
      if (child) await terminate(child);
      child = undefined;
      rmSync(dir, { recursive: true, force: true });
    },
    async restart() {
      if (child) await terminate(child);
      mkdirSync(dir, { recursive: true });
      child = await launch(args, port, opts.password);
    },
    pause() {
      child?.kill("SIGSTOP");
    },
    resume() {
      child?.kill("SIGCONT");
    },
  };
}

/** Three masters, no replicas, slots spread by `redis-cli --cluster create`. */
export async function startRedisCluster(): Promise<RedisClusterHandle> {
  const children: ChildProcess[] = [];
  const nodes: { host: string; port: number }[] = [];
  const dirs: string[] = [];
  for (let i = 0; i < 3; i++) {
    const port = await freePort();
    const dir = mkdtempSync(join(tmpdir(), "redis-cluster-"));
    dirs.push(dir);
    const args = [
      ...baseArgs(port, dir),
      "--cluster-enabled",
      "yes",
      "--cluster-config-file",
      join(dir, "nodes.conf"),
      "--cluster-node-timeout",
      "2000",
    ];
    children.push(await launch(args, port));
    nodes.push({ host, port });
  }
  const create = spawnSync(
    "redis-cli",
    ["--cluster", "create", ...nodes.map((n) => `${n.host}:${n.port}`), "--cluster-replicas", "0", "--cluster-yes"],
    { encoding: "utf8", timeout: 30000 },
  );
  if (create.status !== 0) {
    await Promise.all(children.map(terminate));
    throw new Error(`redis-cli --cluster create failed: ${create.stderr || create.stdout}`);
  }
  await waitFor(async () => nodes.every((n) => clusterInfo(n.port).includes("cluster_state:ok")), 20000, "cluster_state:ok");
  return {
    nodes,
    async stop() {
      await Promise.all(children.map(terminate));
      for (const dir of dirs) rmSync(dir, { recursive: true, force: true });
    },
  };
}

function baseArgs(port: number, dir: string): string[] {
  return [
    "--port",
    String(port),
    "--bind",
    host,
    "--save",
    "",
    "--appendonly",
    "no",
    "--dir",
    dir,
    "--daemonize",
    "no",
    "--loglevel",
    "warning",
    // DEBUG SLEEP stalls a server on purpose (a slow Redis in the timeout tests); local clients only.
    "--enable-debug-command",
    "local",
  ];
}

/** Servers still running; killed if the owning process exits without stopping them. */
const running = new Set<ChildProcess>();
let exitHookInstalled = false;

function trackUntilExit(child: ChildProcess): void {
  running.add(child);
  child.once("exit", () => running.delete(child));
  if (!exitHookInstalled) {
    exitHookInstalled = true;
    process.once("exit", () => {
      for (const server of running) server.kill("SIGKILL");
    });
  }
}

async function launch(args: string[], port: number, password?: string): Promise<ChildProcess> {
  const child = spawn(redisServerBinary(), args, { stdio: ["ignore", "ignore", "pipe"] });
  trackUntilExit(child);
  let stderr = "";
  child.stderr?.on("data", (chunk) => (stderr += String(chunk)));
  try {
    await waitFor(() => ping(port, password), 10000, `redis-server on port ${port}`);
  } catch (error) {
    child.kill("SIGKILL");
    throw new Error(`${(error as Error).message}${stderr ? `: ${stderr.trim()}` : ""}`);
  }
  return child;
}

function terminate(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve();
  return new Promise((resolve) => {
    child.once("exit", () => resolve());
    child.kill("SIGTERM");
  });
}

/** Sends PING (after AUTH if needed) over a raw socket; true on +PONG. */
function ping(port: number, password?: string): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = createConnection({ host, port });
    let reply = "";
    const done = (ok: boolean) => {
      socket.destroy();
      resolve(ok);
    };
    socket.setTimeout(500, () => done(false));
    socket.on("error", () => done(false));
    socket.on("connect", () => socket.write((password ? `AUTH ${password}\r\n` : "") + "PING\r\n"));
    socket.on("data", (chunk) => {
      reply += String(chunk);
      if (reply.includes("+PONG")) done(true);
      else if (reply.includes("-")) done(false);
    });
  });
}

function clusterInfo(port: number): string {
  return spawnSync("redis-cli", ["-h", host, "-p", String(port), "cluster", "info"], { encoding: "utf8" }).stdout ?? "";
}

async function waitFor(check: () => Promise<boolean> | boolean, timeoutMs: number, what: string): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (await check()) return;
    await new Promise((r) => setTimeout(r, 50));
  }
  throw new Error(`timed out waiting for ${what}`);
}
