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

const root = resolve(__dirname, "..");

interface CdktfConfig {
  output?: string;
  terraformModules?: (string | { source: string })[];
}

interface StackManifest {
  name: string;
  annotations?: { constructPath: string; level: string; message: string; stacktrace?: string[] }[];
}

function usage(problem: string): never {
  console.error(`${problem}\nusage: npm run synth [-- --output <dir>]   (other cdktf flags: npx cdktf synth …)`);
  process.exit(2);
}

function parseOutput(args: string[], config: CdktfConfig): string {
  let output = config.output ?? "cdktf.out";
  for (let i = 0; i < args.length; i++) {
    const arg = args[i];
    if (arg === "--output" || arg === "-o") {
      const value = args[++i];
      if (!value) usage(`${arg} needs a directory`);
      output = value;
    } else if (arg.startsWith("--output=")) {
      output = arg.slice("--output=".length);
    } else {
      usage(`unknown argument ${JSON.stringify(arg)}`);
    }
  }
  return resolve(root, output);
}

function stackDirectories(outdir: string): string[] {
  const stacks = join(outdir, "stacks");
  if (!existsSync(stacks)) return [];
  return readdirSync(stacks).filter((name) => statSync(join(stacks, name)).isDirectory());
}

function main(): void {
  const config = JSON.parse(readFileSync(join(root, "cdktf.json"), "utf8")) as CdktfConfig;
  const outdir = parseOutput(process.argv.slice(2), config);
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

  // Loaded only now: the app reads the variables above when it is constructed.
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const { synthesizeOrExit } = require("../infra/main") as typeof import("../infra/main");
  synthesizeOrExit();

  const manifest = JSON.parse(readFileSync(join(outdir, "manifest.json"), "utf8")) as { stacks: Record<string, StackManifest> };
  const stacks = Object.values(manifest.stacks);
  let errors = 0;
  for (const stack of stacks) {
    for (const annotation of stack.annotations ?? []) {
      const level = annotation.level.replace("@cdktf/", "").toUpperCase();
      console.log(`${level} [${annotation.constructPath}]: ${annotation.message}`);
      if (level === "ERROR") {
        errors += 1;
        if (annotation.stacktrace) console.log(annotation.stacktrace.join("\n"));
      }
    }
  }
  const names = stacks.map((stack) => stack.name);
  for (const stale of before.filter((name) => !names.includes(name))) {
    rmSync(join(outdir, "stacks", stale), { recursive: true, force: true });
  }
  if (errors > 0) {
    console.error("While synthesizing one or more error annotations have been encountered. Please check the log output above.");
    process.exit(1);
  }
  if (names.length === 0) {
    console.error("ERROR: No Terraform code synthesized.");
    process.exit(1);
  }
  console.log(`\nGenerated Terraform code for the stacks: ${names.join(", ")}`);
}

main();
