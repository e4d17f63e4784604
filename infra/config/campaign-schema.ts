// The strict zod shape of the optional `campaigns` block (bulk greeting campaigns) and of a
// signature managed as code, which the verification SMS settings share. Rules relating campaign
// fields to the rest of the entry live in validate-campaigns.ts.
import { z } from "zod";
import { booleanFlag, expecting, integerIn, matching, nonEmptyString, scfMemoryMb, showValue, zeroOrOne } from "./field-schemas";
import { scfTimerCronProblem } from "./scf-timer-cron";
import { SCF_TIMEOUT_RANGE } from "./tencentcloud-catalog";

/** SendSms requests per second; Tencent's default per-app limit is far above what one function paces. */
export const SEND_RATE_RANGE = { min: 0.1, max: 1000 } as const;
/** A campaign may be scheduled up to 31 days ahead, plus a day to send and pull receipts. */
const MIN_RETENTION_DAYS = 32;

/** A signature managed as code (tencentcloud_sms_sign); `manageError` words a `manage: false`. */
export function managedSignSchema(manageError?: string) {
  return z.strictObject({
    manage: manageError ? z.literal(true, { error: manageError }) : z.literal(true),
    name: nonEmptyString(),
    signType: integerIn(0, 6),
    documentType: integerIn(0, 8),
    international: zeroOrOne(),
    signPurpose: zeroOrOne(),
    proofImagePath: nonEmptyString(),
  });
}

const sendRate = z
  .number({ error: expecting(`must be a number from ${SEND_RATE_RANGE.min} to ${SEND_RATE_RANGE.max}`) })
  .refine((r) => r >= SEND_RATE_RANGE.min && r <= SEND_RATE_RANGE.max, {
    error: (issue) => `must be a number from ${SEND_RATE_RANGE.min} to ${SEND_RATE_RANGE.max}, got ${showValue(issue.input)}`,
  });

const timerCron = z.string({ error: expecting("must be a seven-field SCF cron expression string") }).superRefine((cron, ctx) => {
  const problem = scfTimerCronProblem(cron);
  if (problem) ctx.addIssue({ code: "custom", message: problem });
});

const campaignTemplateSchema = z.strictObject({
  key: z.string({ error: expecting("must be a key of the bulk-greeting catalogue") }),
  name: nonEmptyString(),
  content: z.string({ error: expecting("must be the template text") }).optional(),
  international: zeroOrOne(),
  remark: nonEmptyString(),
});

export const campaignsSchema = z.strictObject({
  appId: matching(/^\d{6,12}$/, "must be the account's numeric APPID (COS bucket names end with it)"),
  timerCron,
  sendRatePerSecond: sendRate,
  function: z.strictObject({ memoryMb: scfMemoryMb(), timeoutSeconds: integerIn(SCF_TIMEOUT_RANGE.min, SCF_TIMEOUT_RANGE.max) }),
  bucket: z.strictObject({
    versioning: booleanFlag(),
    // Tencent lets a send time lie up to a month ahead; the recipients file is uploaded when the
    // campaign is scheduled and must still exist when it sends.
    retentionDays: integerIn(MIN_RETENTION_DAYS, 3650),
    noncurrentRetentionDays: integerIn(1, 3650).optional(),
  }),
  sign: managedSignSchema(
    "a campaigns sign is managed as code (manage: true); approved signatures are named per campaign instead",
  ).optional(),
  templates: z.array(campaignTemplateSchema, { error: expecting("must be a list") }).optional(),
  // Keys are checked against the bulk-greeting catalogue in validate-campaigns.ts.
  templateBindings: z
    .record(
      z.string(),
      z.strictObject({ templateId: matching(/^\d+$/, "must be an approved numeric template id"), signName: nonEmptyString() }),
      { error: expecting("must map catalogue keys to { templateId, signName }") },
    )
    .optional(),
});
