// Where the campaign CLI finds each environment's approved template ids and signatures: the
// environment table (campaigns.templateBindings in infra/config/environments.ts), so an
// environment added there is one the CLI accepts. Bindings still written `yours(…)` resolve to
// their examples (1000001, Example Tech) so validation works on a fresh clone; the CLI warns
// whenever it uses one, since a send with them would be refused by the SMS API.
import type { EnvironmentEntry } from "../../infra/config/environment-settings";
import { validateEnvironments } from "../../infra/config/validate-environment";
import type { TemplateBindings, TemplateLookup } from "../../functions/bulk-greeting/content/campaign-templates";
import { CliError, EXIT } from "../command-line";
import { loadEnvironmentTable } from "../environment-table";

export interface CampaignTable {
  bindings: TemplateBindings;
  /** Per environment, the template-binding fields still placeholders (`spring-festival.templateId`, …). */
  placeholders: Record<string, { field: string; example: string | number }[]>;
}

const prefix = "campaigns.templateBindings.";

/** Bindings of every environment with a campaigns block, and which of them are still placeholders. */
export function campaignTable(table: readonly EnvironmentEntry[] = loadEnvironmentTable()): CampaignTable {
  const bindings: Record<string, Record<string, { templateId: string; signName: string }>> = {};
  const placeholders: CampaignTable["placeholders"] = {};
  for (const config of validateEnvironments(table)) {
    if (!config.campaigns) continue;
    bindings[config.name] = { ...(config.campaigns.templateBindings ?? {}) };
    placeholders[config.name] = config.placeholders
      .filter((p) => p.field.startsWith(prefix))
      .map((p) => ({ field: p.field.slice(prefix.length), example: p.example }));
  }
  return { bindings, placeholders };
}

/** The warning line for a lookup whose template id or signature is still a placeholder, if any. */
export function placeholderWarning(table: CampaignTable, env: string, templateKey: string): string | undefined {
  const fields = (table.placeholders[env] ?? []).filter((p) => p.field.startsWith(`${templateKey}.`));
  if (fields.length === 0) return undefined;
  const what = fields.map((p) => `${prefix}${p.field} = ${JSON.stringify(p.example)}`).join(", ");
  return `campaign: warning [PLACEHOLDER_BINDING]: ${env} still uses example values from infra/config/environments.ts (${what}); the SMS API refuses sends with them; replace them with your approved template id and signature\n`;
}

/** A failed template lookup as the CLI reports it. */
export function lookupError(lookup: Extract<TemplateLookup, { ok: false }>): CliError {
  const code = lookup.code === "UnknownTemplate" ? "TEMPLATE_UNKNOWN" : "ENVIRONMENT_UNKNOWN";
  return new CliError(code, lookup.message, EXIT.USAGE);
}
