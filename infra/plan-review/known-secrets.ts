// Gathers every value the plan itself says is secret — under sensitive marks, in sensitive
// outputs and variables, or under a secret-bearing attribute name — so the masking can hide
// copies of those values that a provider forgot to mark.
import { isSecretName, KnownSecrets } from "./masking";
import type { Change, JsonValue, Plan } from "./plan-json";

function addSecretNamed(value: JsonValue | undefined, secrets: KnownSecrets): void {
  if (typeof value !== "object" || value === null) return;
  if (Array.isArray(value)) {
    for (const child of value) addSecretNamed(child, secrets);
    return;
  }
  for (const [key, child] of Object.entries(value)) {
    if (isSecretName(key)) secrets.add(child);
    else addSecretNamed(child, secrets);
  }
}

function addFromChange(
  change: Pick<Change, "before" | "after" | "before_sensitive" | "after_sensitive">,
  secrets: KnownSecrets,
): void {
  secrets.addMarked(change.before, change.before_sensitive);
  secrets.addMarked(change.after, change.after_sensitive);
  addSecretNamed(change.before, secrets);
  addSecretNamed(change.after, secrets);
}

export function knownSecretsOf(plan: Plan): KnownSecrets {
  const secrets = new KnownSecrets();
  for (const rc of plan.resource_changes) addFromChange(rc.change, secrets);
  for (const rc of plan.resource_drift) addFromChange(rc.change, secrets);
  for (const change of Object.values(plan.output_changes)) {
    if (change.sensitive === true) {
      secrets.add(change.before);
      secrets.add(change.after);
    } else {
      addFromChange(change, secrets);
    }
  }
  const declared = plan.configuration?.root_module?.variables ?? {};
  for (const [name, variable] of Object.entries(plan.variables ?? {})) {
    if (declared[name]?.sensitive === true || isSecretName(name)) secrets.add(variable.value);
  }
  return secrets;
}
