// The environment table (infra/config/environments.ts), loaded when a command first needs it
// rather than when the CLI starts: a typo in the table is then one error line naming the file,
// line and column — `plan: error [CONFIG_UNREADABLE]: infra/config/environments.ts:12:5: Expected
// "}" but found "region"` — instead of a transpiler stack trace before any of our code runs.
import { relative } from "node:path";
import type { EnvironmentEntry } from "../infra/config/environment-settings";
import { CliError } from "./command-line";

export function loadEnvironmentTable(): readonly EnvironmentEntry[] {
  try {
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    return (require("../infra/config/environments") as typeof import("../infra/config/environments")).ENVIRONMENTS;
  } catch (error) {
    throw new CliError("CONFIG_UNREADABLE", describeLoadFailure(error));
  }
}

/** True for the error tsx/esbuild throws when a source file does not parse. */
export function isTransformError(error: unknown): boolean {
  const e = error as { errors?: unknown; message?: unknown };
  return Array.isArray(e?.errors) || (typeof e?.message === "string" && e.message.startsWith("Transform failed"));
}

/** The first `file:line:col: message` of a transform error (tsx/esbuild), else the first line. */
export function describeLoadFailure(error: unknown): string {
  const e = error as {
    errors?: { text?: string; location?: { file?: string; line?: number; column?: number } }[];
    message?: string;
  };
  const first = e.errors?.[0];
  if (first?.text && first.location?.file) {
    const file = relative(process.cwd(), first.location.file) || first.location.file;
    return `${file}:${first.location.line ?? 0}:${first.location.column ?? 0}: ${first.text}`;
  }
  const message = String(e.message ?? error);
  const located = /([^\s:]*environments\.ts:\d+:\d+): (?:ERROR: )?(.+)/.exec(message);
  if (located) return `${relative(process.cwd(), located[1]!) || located[1]}: ${located[2]}`;
  return `infra/config/environments.ts could not be loaded: ${message.split("\n")[0]}`;
}
