// Runs terraform (and the synth command) as child processes and turns the failures a user
// can actually hit — terraform not installed, provider not downloadable, backend not
// reachable, stale saved plan — into CliErrors with stable codes and a next step.
import { spawn } from "node:child_process";
import { WorkflowError } from "./workflow-error";

export interface ProcessResult {
  exitCode: number;
  stdout: string;
  stderr: string;
}

export interface RunOptions {
  cwd: string;
  env: NodeJS.ProcessEnv;
  /** Called with output as it arrives (progress for the user); output is always captured. */
  onOutput?: (text: string) => void;
}

export function runProcess(command: string, args: readonly string[], options: RunOptions): Promise<ProcessResult> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { cwd: options.cwd, env: options.env, stdio: ["ignore", "pipe", "pipe"] });
    let stdout = "";
    let stderr = "";
    child.stdout.on("data", (chunk: Buffer) => {
      stdout += chunk.toString();
      options.onOutput?.(chunk.toString());
    });
    child.stderr.on("data", (chunk: Buffer) => {
      stderr += chunk.toString();
      options.onOutput?.(chunk.toString());
    });
    child.on("error", (error: NodeJS.ErrnoException) => {
      if (error.code === "ENOENT") {
        reject(new WorkflowError("COMMAND_MISSING", `\`${command}\` was not found on PATH`));
      } else {
        reject(new WorkflowError("COMMAND_FAILED", `could not run ${command}: ${error.message}`));
      }
    });
    child.on("close", (code) => resolve({ exitCode: code ?? 1, stdout, stderr }));
  });
}

/** The last meaningful lines of terraform's error output, without colour codes. */
export function errorExcerpt(result: ProcessResult, maxLines = 12): string {
  // eslint-disable-next-line no-control-regex
  const text = `${result.stderr}\n${result.stdout}`.replace(/\u001b\[[0-9;]*m/g, "");
  const lines = text
    .split("\n")
    .map((l) => l.replace(/^[│╷╵]\s?/, "").trimEnd())
    .filter((l) => l.trim() !== "");
  const errorStart = lines.findIndex((l) => l.startsWith("Error:"));
  const relevant = errorStart >= 0 ? lines.slice(errorStart) : lines.slice(-maxLines);
  return relevant.slice(0, maxLines).join("\n");
}

export class Terraform {
  constructor(
    private readonly binary: string,
    private readonly env: NodeJS.ProcessEnv,
    private readonly progress?: (text: string) => void,
  ) {}

  async run(cwd: string, args: readonly string[], stream = false): Promise<ProcessResult> {
    try {
      const options: RunOptions = { cwd, env: this.env };
      if (stream && this.progress) options.onOutput = this.progress;
      return await runProcess(this.binary, args, options);
    } catch (error) {
      if (error instanceof WorkflowError && error.code === "COMMAND_MISSING") {
        throw new WorkflowError(
          "TERRAFORM_MISSING",
          `terraform was not found (looked for \`${this.binary}\` on PATH); install Terraform >= 1.5 from https://developer.hashicorp.com/terraform/install or set TERRAFORM_BIN`,
        );
      }
      throw error;
    }
  }

  /** `readonlyLockFile`: install exactly the builds in .terraform.lock.hcl or fail (apply). */
  async init(cwd: string, options: { readonlyLockFile?: boolean } = {}): Promise<void> {
    const args = ["init", "-input=false", "-no-color"];
    if (options.readonlyLockFile) args.push("-lockfile=readonly");
    const result = await this.run(cwd, args);
    if (result.exitCode !== 0) throw classifyInitFailure(result);
  }
}

const PROVIDER_FAILURE = [
  "Failed to query available provider packages",
  "Failed to install provider",
  "Failed to resolve provider packages",
  "could not connect to registry",
  "Failed to retrieve available versions",
  "provider registry",
  "Inconsistent dependency lock file",
  "Provider dependency changes detected",
  "the lock file is read-only",
];

const BACKEND_FAILURE = [
  "Error configuring the backend",
  "Failed to get existing workspaces",
  "Backend initialization required",
  "Error loading state",
  "Failed to load state",
  "Error inspecting states",
  "Error acquiring the state lock",
  "Error refreshing state",
  "Failed to get state",
];

export function classifyInitFailure(result: ProcessResult): WorkflowError {
  const text = `${result.stderr}\n${result.stdout}`;
  const excerpt = errorExcerpt(result);
  if (PROVIDER_FAILURE.some((needle) => text.includes(needle))) {
    return new WorkflowError(
      "TERRAFORM_INIT_PROVIDER",
      `terraform init could not install the providers (no network, registry unreachable, or no local mirror). terraform said:\n${excerpt}`,
    );
  }
  if (BACKEND_FAILURE.some((needle) => text.includes(needle))) {
    return new WorkflowError(
      "TERRAFORM_INIT_BACKEND",
      `terraform init could not set up the state backend (bucket missing, no access, or no network). terraform said:\n${excerpt}`,
    );
  }
  return new WorkflowError("TERRAFORM_INIT_FAILED", `terraform init failed:\n${excerpt}`);
}

/** Terraform's own stale-plan refusal, e.g. "Saved plan is stale". */
export function isStalePlanRefusal(result: ProcessResult): boolean {
  return /Saved plan is stale|saved plan is no longer valid|plan file .* is stale/i.test(`${result.stderr}\n${result.stdout}`);
}
