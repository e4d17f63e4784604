// Synthesized stacks through the real provider and Terraform itself: every stack of the app
// (discovered from the manifest, so an environment added to the table is covered without a test
// edit) gets a working copy in which `terraform init -backend=false`, `validate`, `plan
// -refresh=false` and a dry apply (`terraform test` with mock_provider and override_resource giving
// computed attributes the provider's real formats, test/support/tencentcloud-computed-values.ts)
// run. The dry apply returns the state after apply, so a suite asserts on what only exists then:
// environment values built from ids, outputs, policy documents.
//
// The working copy drops the backend block (Terraform then keeps state in memory or a local file
// inside the copy): init must not reach a COS bucket, and nothing may touch real state.
import { cpSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { EnvironmentEntry } from "../../infra/config/environment-settings";
import { synthesizeApp } from "../../infra/main";
import { ensureRealProviders, providersLockFile, RequiredProvider, terraform, terraformOk } from "./terraform-provider";
import { computedValues, StackResource } from "./tencentcloud-computed-values";

export type StackDocument = {
  terraform: { required_providers: Record<string, RequiredProvider>; backend?: unknown };
  resource?: Record<string, Record<string, Record<string, unknown>>>;
  data?: Record<string, Record<string, Record<string, unknown>>>;
  provider?: Record<string, Array<Record<string, unknown>>>;
  variable?: Record<string, unknown>;
};

export interface SynthesizedStack {
  name: string;
  /** The directory holding cdk.tf.json and its assets. */
  dir: string;
  document: StackDocument;
}

/** Synthesizes the app (the real table, or `table`) into a fresh directory; every stack it wrote. */
export function synthesizeStacks(table?: readonly EnvironmentEntry[]): SynthesizedStack[] {
  const outdir = mkdtempSync(join(tmpdir(), "tf-stacks-"));
  synthesizeApp({ outdir, table });
  const manifest = JSON.parse(readFileSync(join(outdir, "manifest.json"), "utf8")) as {
    stacks: Record<string, { name: string; workingDirectory: string; synthesizedStackPath: string }>;
  };
  return Object.values(manifest.stacks).map((stack) => {
    const dir = join(outdir, stack.workingDirectory);
    return { name: stack.name, dir, document: JSON.parse(readFileSync(join(outdir, stack.synthesizedStackPath), "utf8")) };
  });
}

/** Every resource of a stack document, with its position among resources of its type. */
export function resourcesOf(document: StackDocument): StackResource[] {
  return Object.entries(document.resource ?? {}).flatMap(([type, byId]) =>
    Object.entries(byId).map(([id, body], index) => ({ type, id, body, index })),
  );
}

/** The stack's default region: the first provider block without an alias. */
function regionOf(document: StackDocument): string {
  const blocks = document.provider?.tencentcloud ?? [];
  return String((blocks.find((b) => !b.alias) ?? blocks[0])?.region ?? "ap-guangzhou");
}

/** An HCL expression for a JSON value: HCL's object and tuple syntax is JSON's, minus templates. */
function hcl(value: unknown): string {
  return JSON.stringify(value).replace(/\$\{/g, "$${").replace(/%\{/g, "%%{");
}

export interface DryApplyOptions {
  /** Extra or replacing values by resource address (`type.id`), merged over the computed ones. */
  overrides?: Record<string, Record<string, unknown>>;
  /** Values for the stack's input variables. */
  variables?: Record<string, unknown>;
  /** What mocked data sources return, by address (`data.type.name`). */
  dataOverrides?: Record<string, Record<string, unknown>>;
}

/** A resource in the state after the dry apply. */
export interface AppliedResource {
  address: string;
  type: string;
  name: string;
  values: Record<string, unknown>;
}

/** The state after a dry apply: resources and outputs as Terraform recorded them. */
export class AppliedState {
  constructor(
    readonly resourcesList: AppliedResource[],
    readonly outputs: Record<string, { value: unknown; sensitive?: boolean }>,
  ) {}

  resources(type: string): AppliedResource[] {
    return this.resourcesList.filter((r) => r.type === type);
  }

  /** The one resource of a type whose `name` (or `secret_name`, `policy_name`) is `name`. */
  named(type: string, name: string): AppliedResource {
    const found = this.resources(type).filter((r) => [r.values.name, r.values.secret_name, r.values.policy_name].includes(name));
    if (found.length !== 1) throw new Error(`expected one ${type} named ${name} after apply, found ${found.length}`);
    return found[0];
  }

  /** The resource at a logical id (the synthesized JSON's key). */
  at(type: string, id: string): AppliedResource {
    const found = this.resourcesList.find((r) => r.address === `${type}.${id}`);
    if (!found) throw new Error(`no ${type}.${id} after apply`);
    return found;
  }

  output(name: string): unknown {
    if (!(name in this.outputs)) throw new Error(`no output ${name} after apply`);
    return this.outputs[name].value;
  }
}

interface TestMessage {
  type: string;
  "@message"?: string;
  "@testrun"?: string;
  diagnostic?: { severity: string; summary: string; detail?: string };
  test_state?: {
    root_module?: { resources?: Array<{ address: string; type: string; name: string; values: Record<string, unknown> }> };
    outputs?: Record<string, { value: unknown; sensitive?: boolean }>;
  };
}

/** One stack's working copy, with the Terraform commands the checks run. */
export class TerraformWorkspace {
  private initialized = false;

  private constructor(
    readonly stack: SynthesizedStack,
    readonly dir: string,
  ) {}

  /** Copies the stack (cdk.tf.json without its backend, and its assets) into a fresh directory. */
  static of(stack: SynthesizedStack): TerraformWorkspace {
    const dir = mkdtempSync(join(tmpdir(), `tf-${stack.name}-`));
    cpSync(stack.dir, dir, { recursive: true });
    const document = JSON.parse(JSON.stringify(stack.document)) as StackDocument;
    delete document.terraform.backend;
    writeFileSync(join(dir, "cdk.tf.json"), JSON.stringify(document, null, 2));
    return new TerraformWorkspace(stack, dir);
  }

  get providers(): RequiredProvider[] {
    return Object.values(this.stack.document.terraform.required_providers);
  }

  init(): void {
    if (this.initialized) return;
    ensureRealProviders(this.providers);
    // Start from the first init's lock file: the cached providers are then linked, never re-installed.
    const lock = providersLockFile();
    if (lock) writeFileSync(join(this.dir, ".terraform.lock.hcl"), lock);
    terraformOk(this.dir, ["init", "-backend=false", "-input=false", "-no-color"]);
    this.initialized = true;
  }

  /** `terraform validate`: the provider's own validation (lengths, enums) and Terraform's. */
  validate(): { valid: boolean; errors: string[] } {
    this.init();
    const run = terraform(this.dir, ["validate", "-json", "-no-color"]);
    const result = JSON.parse(run.stdout) as {
      valid: boolean;
      diagnostics: Array<{ severity: string; summary: string; detail?: string }>;
    };
    const errors = result.diagnostics
      .filter((d) => d.severity === "error")
      .map((d) => `${d.summary}${d.detail ? `: ${d.detail}` : ""}`);
    return { valid: result.valid, errors };
  }

  /** `terraform plan -refresh=false` with dummy credentials; throws with Terraform's output on failure. */
  plan(variables: Record<string, unknown> = {}): string {
    this.init();
    const vars = Object.entries(variables).flatMap(([name, value]) => ["-var", `${name}=${String(value)}`]);
    return terraformOk(this.dir, ["plan", "-refresh=false", "-input=false", "-lock=false", "-no-color", ...vars]).stdout;
  }

  /** The dry-apply test file: mocked providers, realistic computed values, one apply. */
  dryApplyFile(options: DryApplyOptions = {}): string {
    const region = regionOf(this.stack.document);
    const lines = Object.keys(this.stack.document.terraform.required_providers).map((name) => `mock_provider "${name}" {}`);
    const addresses = new Set<string>();
    for (const resource of resourcesOf(this.stack.document)) {
      const address = `${resource.type}.${resource.id}`;
      const values = { ...(computedValues(resource, region) ?? {}), ...(options.overrides?.[address] ?? {}) };
      addresses.add(address);
      if (Object.keys(values).length > 0) lines.push(`override_resource {\n  target = ${address}\n  values = ${hcl(values)}\n}`);
    }
    for (const address of Object.keys(options.overrides ?? {})) {
      if (!addresses.has(address)) throw new Error(`override for ${address}, which ${this.stack.name} does not have`);
    }
    for (const [address, values] of Object.entries(options.dataOverrides ?? {})) {
      lines.push(`override_data {\n  target = ${address}\n  values = ${hcl(values)}\n}`);
    }
    if (options.variables) {
      lines.push(
        `variables {\n${Object.entries(options.variables)
          .map(([k, v]) => `  ${k} = ${hcl(v)}`)
          .join("\n")}\n}`,
      );
    }
    lines.push(`run "dry_apply" {\n  command = apply\n}`);
    return `${lines.join("\n\n")}\n`;
  }

  /** `terraform test` with the file above; the state after apply, or an error with Terraform's diagnostics. */
  dryApply(options: DryApplyOptions = {}): AppliedState {
    this.init();
    mkdirSync(join(this.dir, "tests"), { recursive: true });
    writeFileSync(join(this.dir, "tests", "dry-apply.tftest.hcl"), this.dryApplyFile(options));
    const run = terraform(this.dir, ["test", "-json", "-verbose", "-no-color"]);
    const messages = run.stdout
      .split("\n")
      .filter((line) => line.startsWith("{"))
      .map((line) => JSON.parse(line) as TestMessage);
    const state = messages.find((m) => m.type === "test_state" && m["@testrun"] === "dry_apply")?.test_state;
    if (run.status !== 0 || !state) {
      const diagnostics = messages
        .filter((m) => m.type === "diagnostic" && m.diagnostic?.severity === "error")
        .map((m) => `${m.diagnostic!.summary}: ${m.diagnostic!.detail ?? ""}`);
      throw new Error(
        `dry apply of ${this.stack.name} failed (${run.command}):\n${diagnostics.join("\n") || run.stderr || run.stdout}`,
      );
    }
    return new AppliedState(
      (state.root_module?.resources ?? []).map(({ address, type, name, values }) => ({ address, type, name, values })),
      state.outputs ?? {},
    );
  }
}
