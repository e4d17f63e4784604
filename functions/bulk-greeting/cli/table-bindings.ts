// Where the campaign CLI finds each environment's approved template ids and signatures: the
// environment table (campaigns.templateBindings in infra/config/environments.ts), so an
// environment added there is one the CLI accepts. The CLI runs on the operator's machine, never
// in SCF: this is the one campaign module that reads infra code, and the function bundle (entry
// functions/bulk-greeting/index.ts) never imports it.
import { EnvironmentEntry } from "../../../infra/config/environment-settings";
import { ENVIRONMENTS } from "../../../infra/config/environments";
import { validateEnvironments } from "../../../infra/config/validate-environment";
import type { TemplateBindings } from "../content/campaign-templates";

/** Bindings of every environment with a campaigns block (placeholders resolve to their examples). */
export function bindingsFromTable(table: readonly EnvironmentEntry[] = ENVIRONMENTS): TemplateBindings {
  const bindings: Record<string, Record<string, { templateId: string; signName: string }>> = {};
  for (const config of validateEnvironments(table)) {
    if (config.campaigns) bindings[config.name] = { ...(config.campaigns.templateBindings ?? {}) };
  }
  return bindings;
}
