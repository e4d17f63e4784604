// `npm run dev` as a user starts it, for the suites that drive it over HTTP: cli/dev.ts under tsx
// on two free ports, none of the variables that would point it at another Redis, pepper, sender or
// secrets source (so it starts its private redis-server), its console collected. Resolves once it
// prints the login page's URL; stop() sends SIGTERM and waits for the exit.
import { spawn } from "node:child_process";
import { resolve } from "node:path";
import { freePort } from "./free-port";

export const repositoryRoot = resolve(__dirname, "../..");
/** tsx's CLI, which `npm run <script>` runs the cli/ entry points with. */
export const tsxCli = resolve(repositoryRoot, "node_modules/tsx/dist/cli.mjs");

export interface DevCommand {
  port: number;
  pagePort: number;
  /** Everything it printed so far (stdout and stderr). */
  output(): string;
  stop(): Promise<void>;
}

export async function startDevCommand(change: (env: NodeJS.ProcessEnv) => void = () => undefined): Promise<DevCommand> {
  const [port, pagePort] = [await freePort(), await freePort()];
  const env: NodeJS.ProcessEnv = { ...process.env, PORT: String(port), PAGE_PORT: String(pagePort) };
  for (const name of ["REDIS_HOST", "REDIS_PORT", "REDIS_PASSWORD", "CODE_PEPPER", "SMS_SENDER", "SECRETS_SOURCE"])
    delete env[name];
  change(env);
  const child = spawn(process.execPath, [tsxCli, "cli/dev.ts"], { cwd: repositoryRoot, env });
  let output = "";
  child.stdout.on("data", (chunk) => (output += String(chunk)));
  child.stderr.on("data", (chunk) => (output += String(chunk)));
  const deadline = Date.now() + 30000;
  while (!output.includes("dev: login page on")) {
    if (Date.now() > deadline || child.exitCode !== null) throw new Error(`dev server did not start:\n${output}`);
    await new Promise((r) => setTimeout(r, 50));
  }
  return {
    port,
    pagePort,
    output: () => output,
    async stop() {
      if (child.exitCode !== null) return;
      const exited = new Promise((r) => child.once("exit", r));
      child.kill("SIGTERM");
      await exited;
    },
  };
}
