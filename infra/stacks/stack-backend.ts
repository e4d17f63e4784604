// Where an environment stack keeps its Terraform state (the table's `backend`: a COS bucket or a
// local file) and the synth-time warning for values still holding placeholders.
import { Construct } from "constructs";
import { Annotations, CosBackend, LocalBackend } from "../framework";
import { BackendConfig, EnvironmentConfig } from "../config/environment-settings";
import { formatPlaceholders } from "../config/placeholder";

export function configureBackend(stack: Construct, backend: BackendConfig): void {
  if (backend.kind === "cos") {
    new CosBackend(stack, {
      bucket: backend.bucket,
      region: backend.region,
      prefix: backend.prefix,
      key: backend.key,
      encrypt: backend.encrypt,
    });
  } else {
    new LocalBackend(stack, { path: backend.path });
  }
}

/** Synth succeeds with placeholders (offline, fresh clone) but says which values are not real yet. */
export function warnAboutPlaceholders(stack: Construct, config: EnvironmentConfig): void {
  if (config.placeholders.length === 0) return;
  Annotations.of(stack).addWarning(
    `environment ${config.name} still has ${config.placeholders.length} placeholder value(s); \`npm run plan\` and \`npm run apply\` refuse it until they are replaced in infra/config/environments.ts:\n${formatPlaceholders(config.placeholders)}`,
  );
}
