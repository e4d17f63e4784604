// Catalogue of marketing body templates campaigns may use, with what validation needs to know:
// the text (to estimate message length) and the variables and their length limits. Which approved
// Tencent template id and marketing signature a template has in an environment is account data:
// it lives in the environment table (campaigns.templateBindings in infra/config/environments.ts)
// and reaches the lookup as `bindings`, so a new environment is one table entry. The infra side
// (SmsContent) imports this catalogue to manage the same templates as code.
//
// Variable limits: Tencent's template FAQ says each variable of a non-verification template takes
// at most 6 characters unless a longer length was approved with the template (Chinese, Latin,
// digits, punctuation and spaces each count as 1), and signature + body may not exceed 500.

export interface TemplateVariable {
  /** What the column holds, shown in messages ("name"). */
  name: string;
  maxLength: number;
}

export interface EnvironmentBinding {
  /** Approved Tencent template id in this environment's SMS app. */
  templateId: string;
  /** Approved marketing signature text, without 【】. */
  signName: string;
}

export interface CampaignTemplate {
  /** Stable key used on the command line (`--template spring-festival`). */
  key: string;
  /** Human name; also accepted by `--template`. */
  name: string;
  kind: "marketing";
  /** Body text with {1}…{n} placeholders, exactly as submitted for approval. */
  text: string;
  variables: TemplateVariable[];
}

/** Per environment, per catalogue key: the approved template id and signature (from the environment table). */
export type TemplateBindings = Readonly<Record<string, Readonly<Record<string, EnvironmentBinding>>>>;

export const defaultVariableMaxLength = 6;
export const maxMessageLength = 500;

export const campaignTemplates: CampaignTemplate[] = [
  {
    key: "spring-festival",
    name: "Spring Festival greeting",
    kind: "marketing",
    text: "Dear {1}, thank you for your support over the past year. Happy Spring Festival, and best wishes for the new year! Reply TD to unsubscribe.",
    variables: [{ name: "name", maxLength: defaultVariableMaxLength }],
  },
];

export type TemplateLookup =
  | { ok: true; template: CampaignTemplate; binding: EnvironmentBinding }
  | { ok: false; code: "UnknownTemplate" | "UnknownEnvironment"; message: string };

/** Finds a template by key, name (case-insensitive) or the Tencent template id bound in `env`. */
export function findCampaignTemplate(
  reference: string,
  env: string,
  bindings: TemplateBindings,
  catalogue: CampaignTemplate[] = campaignTemplates,
): TemplateLookup {
  const wanted = reference.trim().toLowerCase();
  const bound = bindings[env];
  const template = catalogue.find(
    (t) => t.key === wanted || t.name.toLowerCase() === wanted || bound?.[t.key]?.templateId === reference.trim(),
  );
  if (!template) {
    const known = catalogue.map((t) => `${t.key} (${t.name})`).join(", ");
    return { ok: false, code: "UnknownTemplate", message: `unknown template "${reference}"; known: ${known}` };
  }
  if (!bound) {
    const envs = Object.keys(bindings).join(", ") || "none";
    return {
      ok: false,
      code: "UnknownEnvironment",
      message: `environment "${env}" has no campaigns block with template bindings in the environment table; environments with campaigns: ${envs}`,
    };
  }
  const binding = bound[template.key];
  if (!binding) {
    return {
      ok: false,
      code: "UnknownEnvironment",
      message: `template ${template.key} has no binding in environment "${env}" (campaigns.templateBindings in infra/config/environments.ts); it binds: ${Object.keys(bound).join(", ") || "none"}`,
    };
  }
  return { ok: true, template, binding };
}

/** Fills {1}…{n} with the row's values (what the recipient will read). */
export function fillTemplate(text: string, values: string[]): string {
  return text.replace(/\{(\d+)\}/g, (whole, n: string) => values[Number(n) - 1] ?? whole);
}
