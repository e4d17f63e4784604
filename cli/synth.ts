// `npm run synth [-- --output <dir>]`: what `cdktf synth` does for this app, in one process.
// The cdktf 0.21 CLI spends most of a synth on itself, not on the app: it loads a 3.7 MB bundle
// (React/Ink, yoga, wasm), runs `terraform version` three times and `terraform -v` once, then
// starts the app through a shell and `npx`. Measured on this 2-core machine that was ~5 s of CPU
// before the app's own ~2 s (docs/benchmarks.md). This runner does the steps that matter for the
// output — the same environment variables the CLI gives the app, the app's synth, the manifest's
// annotations printed the way the CLI prints them (exit 1 on an error annotation), stale stack
// directories removed — and writes the same files. `npx cdktf synth` keeps working (cdktf.json).
import { existsSync, readdirSync, readFileSync, rmSync, statSync } from "node:fs";
import { join, resolve } from "node:path";
import { CliError, EXIT, parseCommandLine, processIo, runAsEntryPoint, runCli, type CliIo } from "./command-line";
import { EnvironmentConfigError } from "../infra/config/environment-config-error";
import { describeLoadFailure, isTransformError } from "./environment-table";

const root = resolve(__dirname, "..");

export const SYNTH_USAGE = `usage: npm run synth [-- --output <dir>]

Synthesizes every stack of infra/main.ts (one per environment, plus state-bucket) into <dir>
(default: cdktf.json's output, cdktf.out), as \`cdktf synth\` does; other cdktf flags: npx cdktf synth …
  -o, --output <dir>  where to write the stacks
  -h, --help          this text
exit: 0 synthesized; 1 the environment table or a stack is invalid; 64 bad usage
`;

interface CdktfConfig {
  output?: string;
  terraformModules?: (string | { source: string })[];
}

interface StackManifest {
  name: string;
  annotations?: { constructPath: string; level: string; message: string; stacktrace?: string[] }[];
}

function stackDirectories(outdir: string): string[] {
  const stacks = join(outdir, "stacks");
  if (!existsSync(stacks)) return [];
  return readdirSync(stacks).filter((name) => statSync(join(stacks, name)).isDirectory());
}

export async function synthCommand(argv: readonly string[], io: CliIo = processIo): Promise<number> {
  return runCli(
    "synth",
    async () => {
      const parsed = parseCommandLine(argv, {
        options: { output: { type: "string", short: "o" } },
        positionals: { min: 0, max: 0, name: "arguments" },
      });
      if (parsed.help) {
        io.stdout(SYNTH_USAGE);
        return EXIT.OK;
      }
      const config = JSON.parse(readFileSync(join(root, "cdktf.json"), "utf8")) as CdktfConfig;
      return synthesize(resolve(root, parsed.values.output ?? config.output ?? "cdktf.out"), config, io);
    },
    io,
    SYNTH_USAGE,
  );
}

function synthesize(outdir: string, config: CdktfConfig, io: CliIo): number {
  const before = stackDirectories(outdir);

  // The variables `cdktf synth` sets for the app (@cdktf/cli-core synth-stack.ts).
  const context = process.env.CDKTF_CONTEXT_JSON ? (JSON.parse(process.env.CDKTF_CONTEXT_JSON) as object) : {};
  const relativeModules = (config.terraformModules ?? []).filter((module) => {
    const source = typeof module === "string" ? module : module.source;
    return source.startsWith("./") || source.startsWith("../");
  });
  process.env.CDKTF_OUTDIR = outdir;
  process.env.CDKTF_CONTINUE_SYNTH_ON_ERROR_ANNOTATIONS = "true";
  process.env.CDKTF_CONTEXT_JSON = JSON.stringify({ ...context, cdktfRelativeModules: relativeModules });
  process.env.SYNTH_HCL_OUTPUT = "false";
  for (const name of Object.keys(process.env)) if (name.startsWith("TF_VAR_")) delete process.env[name];

  // Loaded only now: the app reads the variables above when it is constructed. A syntax error in
  // the environment table is one line naming file, line and column.
  let app: typeof import("../infra/main");
  try {
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    app = require("../infra/main") as typeof import("../infra/main");
  } catch (error) {
    if (!isTransformError(error)) throw error;
    throw new CliError("CONFIG_UNREADABLE", describeLoadFailure(error));
  }
  try {
    app.synthesizeApp();
  } catch (error) {
    if (error instanceof EnvironmentConfigError) throw new CliError("CONFIG_INVALID", (error as Error).message);
    throw error;
  }

  const manifest = JSON.parse(readFileSync(join(outdir, "manifest.json"), "utf8")) as { stacks: Record<string, StackManifest> };
  const stacks = Object.values(manifest.stacks);
  let errors = 0;
  for (const stack of stacks) {
    for (const annotation of stack.annotations ?? []) {
      const level = annotation.level.replace("@cdktf/", "").toUpperCase();
      io.stdout(`${level} [${annotation.constructPath}]: ${annotation.message}\n`);
      if (level === "ERROR") {
        errors += 1;
        if (annotation.stacktrace) io.stdout(`${annotation.stacktrace.join("\n")}\n`);
      }
    }
  }
  const names = stacks.map((stack) => stack.name);
  for (const stale of before.filter((name) => !names.includes(name))) {
    rmSync(join(outdir, "stacks", stale), { recursive: true, force: true });
  }
  if (errors > 0)
    throw new CliError("SYNTH_ANNOTATION_ERROR", `${errors} error annotation(s) while synthesizing; see the lines above`);
  if (names.length === 0) throw new CliError("NOTHING_SYNTHESIZED", "no Terraform code synthesized");
  io.stdout(`\nGenerated Terraform code for the stacks: ${names.join(", ")}\n`);
  return EXIT.OK;
}

export const main = (argv: readonly string[], _env: NodeJS.ProcessEnv, io: CliIo) => synthCommand(argv, io);
runAsEntryPoint(module, main);
