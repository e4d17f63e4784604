// What SMS content an environment depends on, read from its validated entry: the verification
// signature and template, and (with campaigns) the marketing signature and templates. Managed
// content is looked up by name (its id exists only after apply), existing content by what the
// table names (a signature's text, a template's id).
import { EnvironmentConfig } from "../../infra/config/environment-settings";

export type ContentKind = "signature" | "template";

export interface ReferencedContent {
  kind: ContentKind;
  /** What the environment uses it for, e.g. "verification template". */
  purpose: string;
  /** Managed or existing signature: its name; managed template: its name. */
  name?: string;
  /** Existing template: its id. */
  id?: number;
  /** 0 mainland China, 1 international/HK/Macao/Taiwan (the two lists are separate). */
  international: 0 | 1;
}

export function referencedContent(config: EnvironmentConfig): ReferencedContent[] {
  // An existing signature or template does not say which list it is on; the regions the
  // environment serves do: CN means domestic content, anything else international.
  const servedKind: 0 | 1 = config.sms.allowedRegions.includes("CN") ? 0 : 1;
  const sign = config.sms.sign;
  const template = config.sms.template;
  const items: ReferencedContent[] = [
    {
      kind: "signature",
      purpose: "verification signature",
      name: sign.name,
      international: sign.manage ? sign.international : servedKind,
    },
    template.manage
      ? { kind: "template", purpose: "verification template", name: template.name, international: template.international }
      : { kind: "template", purpose: "verification template", id: Number(template.id), international: servedKind },
  ];
  const campaigns = config.campaigns;
  if (campaigns?.sign) {
    items.push({
      kind: "signature",
      purpose: "campaign signature",
      name: campaigns.sign.name,
      international: campaigns.sign.international,
    });
  }
  for (const t of campaigns?.templates ?? []) {
    items.push({ kind: "template", purpose: `campaign template ${t.key}`, name: t.name, international: t.international });
  }
  return items;
}
