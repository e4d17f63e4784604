// Catalogue of marketing body templates campaigns may use, with what validation needs to know:
// the text (to estimate message length), the variables and their length limits, and per
// environment the approved Tencent template id and marketing signature. The infra side
// (SmsContent) can import this to manage the same templates as code.
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
  environments: Record<string, EnvironmentBinding>;
}

export const defaultVariableMaxLength = 6;
export const maxMessageLength = 500;

export const campaignTemplates: CampaignTemplate[] = [
  {
    key: "spring-festival",
    name: "Spring Festival greeting",
    kind: "marketing",
    text: "Dear {1}, thank you for your support over the past year. Happy Spring Festival, and best wishes for the new year! Reply TD to unsubscribe.",
    variables: [{ name: "name", maxLength: defaultVariableMaxLength }],
    environments: {
      dev: { templateId: "1000001", signName: "Example Tech" },
      staging: { templateId: "1000001", signName: "Example Tech" },
      prod: { templateId: "1000001", signName: "Example Tech" },
    },
  },
];

export type TemplateLookup =
  | { ok: true; template: CampaignTemplate; binding: EnvironmentBinding }
  | { ok: false; code: "UnknownTemplate" | "UnknownEnvironment"; message: string };

/** Finds a template by key, name (case-insensitive) or the Tencent template id of `env`. */
export function findCampaignTemplate(
  reference: string,
  env: string,
  catalogue: CampaignTemplate[] = campaignTemplates,
): TemplateLookup {
  const wanted = reference.trim().toLowerCase();
  const template = catalogue.find(
    (t) => t.key === wanted || t.name.toLowerCase() === wanted || t.environments[env]?.templateId === reference.trim(),
  );
  if (!template) {
    const known = catalogue.map((t) => `${t.key} (${t.name})`).join(", ");
    return { ok: false, code: "UnknownTemplate", message: `unknown template "${reference}"; known: ${known}` };
  }
  const binding = template.environments[env];
  if (!binding) {
    const envs = Object.keys(template.environments).join(", ");
    return { ok: false, code: "UnknownEnvironment", message: `template ${template.key} has no binding for environment "${env}"; it has: ${envs}` };
  }
  return { ok: true, template, binding };
}

/** Fills {1}…{n} with the row's values (what the recipient will read). */
export function fillTemplate(text: string, values: string[]): string {
  return text.replace(/\{(\d+)\}/g, (whole, n: string) => values[Number(n) - 1] ?? whole);
}
