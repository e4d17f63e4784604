// Where each environment keeps its Terraform state, with defaults filled in: a COS object
// `<prefix>/<key>` (prefix defaults to `<app>/<env>`, so two apps sharing one state bucket never
// overwrite each other) or a local file next to the stack. Two environments resolving to the
// same location would overwrite each other's state: the table is refused.
import { posix } from "node:path";
import { BackendConfig, BackendSettings, EnvironmentConfig } from "./environment-settings";
import { PlaceholderUse } from "./placeholder";
import { ProblemList } from "./problem-list";

export const DEFAULT_STATE_KEY = "terraform.tfstate";

export function backendConfigOf(app: string, env: string, backend: BackendSettings): BackendConfig {
  if (backend.kind === "cos") {
    return { ...backend, prefix: backend.prefix ?? `${app}/${env}`, key: backend.key ?? DEFAULT_STATE_KEY };
  }
  return { kind: "local", path: backend.path ?? `terraform.${env}.tfstate` };
}

/** Checks that a COS prefix names the app as one of its path segments. */
export function checkStatePrefix(app: string, backend: BackendSettings, p: ProblemList): void {
  if (backend?.kind !== "cos" || backend.prefix === undefined) return;
  if (!backend.prefix.split("/").includes(app)) {
    p.add(
      "backend.prefix",
      `"${backend.prefix}" must contain the app name "${app}" as a path segment (e.g. "${app}/<env>") so two apps in one bucket never share a state key`,
    );
  }
}

/** A comparable identity of the state: `cos://<region>/<bucket>/<prefix>/<key>` or `local://stacks/<env>/<path>`. */
export function stateLocationOf(env: string, backend: BackendConfig): string {
  if (backend.kind === "cos")
    return `cos://${backend.region}/${backend.bucket}/${posix.normalize(`${backend.prefix}/${backend.key}`)}`;
  // terraform runs in cdktf.out/stacks/<env>: a relative path lands in that directory.
  const path = backend.path.startsWith("/")
    ? posix.normalize(backend.path)
    : posix.normalize(`cdktf.out/stacks/${env}/${backend.path}`);
  return `local://${path}`;
}

/**
 * The bootstrap stack that creates the COS state bucket(s) the table names. It keeps its own
 * state in a local file (it cannot keep it in the bucket it creates) and is synthesized next to
 * the environments by `npm run synth`.
 */
export const STATE_BUCKET_STACK = "state-bucket";

/** Placeholders among the table's COS backends (what blocks the bootstrap stack), each listed once. */
export function stateBucketPlaceholders(configs: readonly EnvironmentConfig[]): PlaceholderUse[] {
  const seen = new Set<string | number>();
  return configs
    .filter((c) => c.backend.kind === "cos")
    .flatMap((c) =>
      c.placeholders.filter((p) => p.field.startsWith("backend.")).map((p) => ({ ...p, field: `${c.name}.${p.field}` })),
    )
    .filter((p) => !seen.has(p.example) && Boolean(seen.add(p.example)));
}
