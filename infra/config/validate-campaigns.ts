// Rules of the optional `campaigns` block that relate it to the rest of the entry, and its
// defaults: the derived bucket name and each managed template's text, which comes from the
// bulk-greeting catalogue so the text recipients files are validated against is the text
// submitted for approval. The block's shape is checked by campaign-schema.ts.
import { campaignTemplates } from "../../functions/bulk-greeting/settings";
import { CampaignConfig, CampaignSettings, EnvironmentSettings } from "./environment-settings";
import { ProblemList } from "./problem-list";

/** COS: lower-case letters, digits and '-', no leading/trailing '-', at most 60 characters with the APPID. */
const COS_BUCKET_MAX_LENGTH = 60;
/** Tencent rejects marketing templates longer than this (signature included). */
const TEMPLATE_MAX_LENGTH = 500;

type RawEntry = Partial<EnvironmentSettings> | undefined;
type RawCampaigns = Partial<CampaignSettings>;

export function campaignBucketName(app: string, env: string, appId: string): string {
  return `${app}-${env}-campaigns-${appId}`;
}

function checkTimeouts(c: RawCampaigns, env: RawEntry, p: ProblemList): void {
  const timeout = c.function?.timeoutSeconds;
  const smsTimeout = env?.sms?.timeoutSeconds;
  if (typeof timeout === "number" && typeof smsTimeout === "number" && timeout <= smsTimeout) {
    p.add(
      "campaigns.function.timeoutSeconds",
      `must be above sms.timeoutSeconds (${smsTimeout}) so a slow SendSms ends in a recorded outcome, not a killed run`,
    );
  }
}

function checkBucket(c: RawCampaigns, env: RawEntry, p: ProblemList): void {
  if (typeof env?.app === "string" && typeof env.name === "string" && typeof c.appId === "string") {
    const bucketName = campaignBucketName(env.app, env.name, c.appId);
    if (bucketName.length > COS_BUCKET_MAX_LENGTH) {
      p.add(
        "campaigns.appId",
        `bucket name ${bucketName} is longer than COS allows (${COS_BUCKET_MAX_LENGTH}); shorten app or the environment name`,
      );
    }
  }
  if (c.bucket?.noncurrentRetentionDays !== undefined && c.bucket.versioning === false) {
    p.add("campaigns.bucket.noncurrentRetentionDays", "only applies with versioning");
  }
}

function checkTemplates(c: RawCampaigns, p: ProblemList): void {
  if (!Array.isArray(c.templates)) return;
  const names = new Set<unknown>();
  c.templates.forEach((template, i) => {
    const field = `campaigns.templates[${i}]`;
    if (typeof template !== "object" || template === null) return;
    const catalogued = campaignTemplates.find((t) => t.key === template.key);
    if (!catalogued && template.content === undefined) {
      const known = campaignTemplates.map((t) => t.key).join(", ");
      p.add(`${field}.key`, `"${template.key}" is not in the bulk-greeting catalogue (${known}); add it there or give content`);
    }
    if (typeof template.name === "string" && names.has(template.name)) {
      p.add(`${field}.name`, `"${template.name}" is used by another template; names are unique per SMS app`);
    }
    names.add(template.name);
    const content = template.content ?? catalogued?.text;
    if (typeof content !== "string") return;
    if (!content.includes("{1}"))
      p.add(`${field}.content`, "a greeting template needs at least {1} (one value per recipient column)");
    if (content.length > TEMPLATE_MAX_LENGTH)
      p.add(`${field}.content`, `is ${content.length} characters; Tencent allows ${TEMPLATE_MAX_LENGTH}`);
  });
}

/** Adds the cross-field problems of `env.campaigns` (when present) to `p`. */
export function checkCampaignRules(env: RawEntry, p: ProblemList): void {
  const c = env?.campaigns;
  if (typeof c !== "object" || c === null) return;
  checkTimeouts(c, env, p);
  checkBucket(c, env, p);
  checkTemplates(c, p);
  checkTemplateBindings(c, p);
}

/** A binding names a catalogue template: the CLI validates recipients against that template's text. */
function checkTemplateBindings(c: Partial<CampaignSettings>, p: ProblemList): void {
  const bindings = c.templateBindings;
  if (typeof bindings !== "object" || bindings === null) return;
  for (const key of Object.keys(bindings)) {
    if (!campaignTemplates.some((t) => t.key === key)) {
      p.add(
        `campaigns.templateBindings.${key}`,
        `is not a key of the bulk-greeting catalogue (${campaignTemplates.map((t) => t.key).join(", ")})`,
      );
    }
  }
}

/** The validated block with its defaults filled in. */
export function campaignConfig(env: EnvironmentSettings, c: CampaignSettings): CampaignConfig {
  return {
    ...c,
    bucketName: campaignBucketName(env.app, env.name, c.appId),
    bucket: { ...c.bucket, noncurrentRetentionDays: c.bucket.noncurrentRetentionDays ?? Math.min(30, c.bucket.retentionDays) },
    templates: (c.templates ?? []).map((t) => ({
      ...t,
      content: t.content ?? campaignTemplates.find((k) => k.key === t.key)!.text,
    })),
  };
}
