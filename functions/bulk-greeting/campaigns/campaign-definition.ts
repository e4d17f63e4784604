// What a campaign is: recipients object + template + signature + send time, as written by
// `campaign schedule` to storage and read back by the function. Parsed and checked at the edge.

export interface CampaignDefinition {
  id: string;
  env: string;
  /** Catalogue key of the template. */
  templateKey: string;
  /** Approved Tencent template id and marketing signature used for SendSms. */
  templateId: string;
  signName: string;
  /** Storage key of the recipients file. */
  recipientsKey: string;
  /** ISO-8601 UTC instant, second precision. */
  sendAt: string;
  createdAt: string;
  /** From validation at scheduling time, for status displays. */
  expected: { recipients: number; estimatedSms: number };
}

export type CampaignState = "scheduled" | "sending" | "completed" | "cancelled" | "failed";

/** Written by the function after each run (and by cancel); what `status` shows. */
export interface CampaignStatus {
  id: string;
  state: CampaignState;
  updatedAt: string;
  batchesDone: number;
  sent: number;
  failed: number;
  /** Outcome unknown (in flight at a crash, or transport failures after retries); never re-sent. */
  unknown: number;
  skippedRows: number;
  fee: number;
  error?: { code: string; message: string };
}

const idPattern = /^[a-z0-9][a-z0-9-]{2,62}$/;

export function checkCampaignId(id: string): string | undefined {
  return idPattern.test(id) ? undefined : `campaign id "${id}" must be 3-63 characters of a-z, 0-9 and "-"`;
}

export function parseCampaignDefinition(body: Buffer | string): CampaignDefinition {
  const value = JSON.parse(body.toString()) as Partial<CampaignDefinition>;
  const fields: (keyof CampaignDefinition)[] = [
    "id",
    "env",
    "templateKey",
    "templateId",
    "signName",
    "recipientsKey",
    "sendAt",
    "createdAt",
  ];
  const missing = fields.filter((f) => typeof value[f] !== "string" || value[f] === "");
  if (missing.length > 0) throw new Error(`campaign definition lacks ${missing.join(", ")}`);
  if (Number.isNaN(Date.parse(value.sendAt!))) throw new Error(`campaign definition has an invalid sendAt "${value.sendAt}"`);
  return value as CampaignDefinition;
}

export function emptyStatus(id: string, state: CampaignState, now: Date): CampaignStatus {
  return { id, state, updatedAt: now.toISOString(), batchesDone: 0, sent: 0, failed: 0, unknown: 0, skippedRows: 0, fee: 0 };
}
