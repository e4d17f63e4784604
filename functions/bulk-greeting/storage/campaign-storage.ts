// Where campaign files live: the recipients file, the campaign definition, status, results and
// delivery receipts. The function and the CLI only talk to this port; COS implements it in the
// cloud and a local directory in tests and development.

export interface CampaignStorage {
  /** Human description for messages ("cos://bucket/…", "dir:/tmp/x"). */
  readonly location: string;
  put(key: string, body: Buffer | string): Promise<void>;
  /** undefined when the object does not exist. */
  get(key: string): Promise<Buffer | undefined>;
  exists(key: string): Promise<boolean>;
  /** Keys under `prefix`, sorted. */
  list(prefix: string): Promise<string[]>;
  remove(key: string): Promise<void>;
  uploadFile(key: string, localPath: string): Promise<void>;
  downloadFile(key: string, localPath: string): Promise<void>;
}

/** Object keys of one campaign; all campaign data sits under `campaigns/<id>/`. */
export const campaignKeys = {
  definition: (id: string) => `campaigns/${id}/campaign.json`,
  recipients: (id: string, format: "csv" | "xlsx") => `campaigns/${id}/recipients.${format}`,
  cancelRequest: (id: string) => `campaigns/${id}/cancel.json`,
  status: (id: string) => `campaigns/${id}/status.json`,
  resultsPrefix: (id: string) => `campaigns/${id}/results/`,
  resultsPart: (id: string, offset: number) => `campaigns/${id}/results/part-${String(offset).padStart(10, "0")}.jsonl`,
  receiptsPrefix: (id: string) => `campaigns/${id}/receipts/`,
  receiptsPart: (id: string, pulledAt: Date, seq: number) =>
    `campaigns/${id}/receipts/${pulledAt.toISOString().replace(/[:.]/g, "")}-${String(seq).padStart(4, "0")}.jsonl`,
  /** Marker objects for campaigns that are scheduled and not finished: what the timer looks at. */
  pendingPrefix: "pending/",
  pending: (id: string) => `pending/${id}`,
};
