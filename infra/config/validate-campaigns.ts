// Checks the optional `campaigns` block of an environment entry (bulk greeting campaigns) and
// fills in its defaults: the derived bucket name and each managed template's text, which comes
// from the bulk-greeting catalogue so the text recipients files are validated against is the
// text submitted for approval.
import { campaignTemplates } from "../../functions/bulk-greeting/content/campaign-templates";
import { checkManagedSign } from "./check-managed-sign";
import { CampaignConfig, CampaignSettings, EnvironmentSettings } from "./environment-settings";
import { ProblemList } from "./problem-list";
import { scfTimerCronProblem } from "./scf-timer-cron";
import { SCF_MEMORY_RANGE, SCF_TIMEOUT_RANGE } from "./tencentcloud-catalog";

const APPID_PATTERN = /^\d{6,12}$/;
/** COS: lower-case letters, digits and '-', no leading/trailing '-', at most 60 characters with the APPID. */
const COS_BUCKET_MAX_LENGTH = 60;
/** SendSms requests per second; Tencent's default per-app limit is far above what one function paces. */
const SEND_RATE_RANGE = { min: 0.1, max: 1000 } as const;
/** A campaign may be scheduled up to 31 days ahead, plus a day to send and pull receipts. */
const MIN_RETENTION_DAYS = 32;
/** Tencent rejects marketing templates longer than this (signature included). */
const TEMPLATE_MAX_LENGTH = 500;

export function campaignBucketName(app: string, env: string, appId: string): string {
  return `${app}-${env}-campaigns-${appId}`;
}

function checkFunction(c: CampaignSettings, env: EnvironmentSettings, p: ProblemList): void {
  const memory = c.function?.memoryMb;
  if (
    typeof memory !== "number" || memory < SCF_MEMORY_RANGE.min || memory > SCF_MEMORY_RANGE.max ||
    (memory !== 64 && memory % 128 !== 0)
  ) {
    p.add("campaigns.function.memoryMb", `must be 64 or a multiple of 128 up to ${SCF_MEMORY_RANGE.max}, got ${memory}`);
  }
  const timeout = c.function?.timeoutSeconds;
  p.integerIn("campaigns.function.timeoutSeconds", timeout, SCF_TIMEOUT_RANGE.min, SCF_TIMEOUT_RANGE.max);
  const smsTimeout = env.sms?.timeoutSeconds;
  if (typeof timeout === "number" && typeof smsTimeout === "number" && timeout <= smsTimeout) {
    p.add("campaigns.function.timeoutSeconds", `must be above sms.timeoutSeconds (${smsTimeout}) so a slow SendSms ends in a recorded outcome, not a killed run`);
  }
}

function checkBucket(c: CampaignSettings, env: EnvironmentSettings, p: ProblemList): string {
  if (!APPID_PATTERN.test(c.appId ?? "")) p.add("campaigns.appId", `must be the account's numeric APPID (COS bucket names end with it), got ${JSON.stringify(c.appId)}`);
  const bucketName = campaignBucketName(env.app, env.name, c.appId);
  if (bucketName.length > COS_BUCKET_MAX_LENGTH) {
    p.add("campaigns.appId", `bucket name ${bucketName} is longer than COS allows (${COS_BUCKET_MAX_LENGTH}); shorten app or the environment name`);
  }
  if (typeof c.bucket?.versioning !== "boolean") p.add("campaigns.bucket.versioning", "must be true or false");
  // Tencent lets a send time lie up to a month ahead; the recipients file is uploaded when the
  // campaign is scheduled and must still exist when it sends.
  p.integerIn("campaigns.bucket.retentionDays", c.bucket?.retentionDays, MIN_RETENTION_DAYS, 3650);
  const noncurrent = c.bucket?.noncurrentRetentionDays;
  if (noncurrent !== undefined) {
    p.integerIn("campaigns.bucket.noncurrentRetentionDays", noncurrent, 1, 3650);
    if (c.bucket.versioning === false) p.add("campaigns.bucket.noncurrentRetentionDays", "only applies with versioning");
  }
  return bucketName;
}

function checkTemplates(c: CampaignSettings, p: ProblemList): CampaignConfig["templates"] {
  const templates = c.templates ?? [];
  if (!Array.isArray(templates)) {
    p.add("campaigns.templates", "must be a list");
    return [];
  }
  const names = new Set<string>();
  return templates.map((template, i) => {
    const field = `campaigns.templates[${i}]`;
    const catalogued = campaignTemplates.find((t) => t.key === template?.key);
    if (!catalogued && template?.content === undefined) {
      const known = campaignTemplates.map((t) => t.key).join(", ");
      p.add(`${field}.key`, `"${template?.key}" is not in the bulk-greeting catalogue (${known}); add it there or give content`);
    }
    p.nonEmpty(`${field}.name`, template?.name);
    if (names.has(template?.name)) p.add(`${field}.name`, `"${template.name}" is used by another template; names are unique per SMS app`);
    names.add(template?.name);
    p.nonEmpty(`${field}.remark`, template?.remark);
    p.integerIn(`${field}.international`, template?.international, 0, 1);
    const content = template?.content ?? catalogued?.text ?? "";
    if (!content.includes("{1}")) p.add(`${field}.content`, "a greeting template needs at least {1} (one value per recipient column)");
    if (content.length > TEMPLATE_MAX_LENGTH) p.add(`${field}.content`, `is ${content.length} characters; Tencent allows ${TEMPLATE_MAX_LENGTH}`);
    return { ...template, content };
  });
}

/** Validates `env.campaigns` into `p`; returns the filled-in config, or undefined when absent. */
export function checkCampaigns(env: EnvironmentSettings, p: ProblemList): CampaignConfig | undefined {
  const c = env.campaigns;
  if (c === undefined) return undefined;
  const cronProblem = scfTimerCronProblem(c.timerCron);
  if (cronProblem) p.add("campaigns.timerCron", cronProblem);
  const rate = c.sendRatePerSecond;
  if (typeof rate !== "number" || !(rate >= SEND_RATE_RANGE.min && rate <= SEND_RATE_RANGE.max)) {
    p.add("campaigns.sendRatePerSecond", `must be a number from ${SEND_RATE_RANGE.min} to ${SEND_RATE_RANGE.max}, got ${JSON.stringify(rate)}`);
  }
  checkFunction(c, env, p);
  const bucketName = checkBucket(c, env, p);
  if (c.sign !== undefined) {
    if (c.sign.manage !== true) p.add("campaigns.sign.manage", "a campaigns sign is managed as code; approved signatures are named per campaign instead");
    else checkManagedSign("campaigns.sign", c.sign, p);
  }
  const templates = checkTemplates(c, p);
  return {
    ...c,
    bucketName,
    bucket: { ...c.bucket, noncurrentRetentionDays: c.bucket?.noncurrentRetentionDays ?? Math.min(30, c.bucket?.retentionDays ?? 30) },
    templates,
  };
}
