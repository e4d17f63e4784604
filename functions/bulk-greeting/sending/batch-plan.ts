// Turns the recipients stream into SendSms batches: ≤ 200 numbers, all sharing identical template
// parameters (SendSms takes one TemplateParamSet for all its numbers). The plan is a pure function
// of the file, so every run of a campaign produces the same batch numbers — which is what lets
// the checkpoint say "batch 17 is done" and a resumed run skip it.
// Memory stays bounded: at most `maxOpenGroups` parameter groups wait to fill up; beyond that the
// oldest group is sent as it is (personalised greetings mostly make groups of one).
import type { RecipientRow } from "../recipients/recipient-file-error";
import type { Recipient, RowChecker, RowIssue } from "../recipients/row-check";

export const maxNumbersPerBatch = 200;

export interface Batch {
  /** 0-based, stable across runs. */
  index: number;
  params: string[];
  recipients: Recipient[];
}

export type PlanItem = { kind: "batch"; batch: Batch } | { kind: "skipped"; issue: RowIssue };

export interface PlanOptions {
  maxBatchSize?: number;
  maxOpenGroups?: number;
}

export async function* planBatches(
  rows: AsyncIterable<RecipientRow>,
  checker: RowChecker,
  options: PlanOptions = {},
): AsyncGenerator<PlanItem> {
  const size = Math.min(options.maxBatchSize ?? maxNumbersPerBatch, maxNumbersPerBatch);
  const maxOpen = options.maxOpenGroups ?? 1000;
  const open = new Map<string, Recipient[]>();
  let index = 0;
  const emit = (key: string): PlanItem => {
    const recipients = open.get(key)!;
    open.delete(key);
    return { kind: "batch", batch: { index: index++, params: recipients[0].params, recipients } };
  };
  for await (const row of rows) {
    const result = checker.check(row);
    if (!result.ok) {
      yield { kind: "skipped", issue: result.issue };
      continue;
    }
    const key = result.recipient.params.join("\u0000");
    const group = open.get(key);
    if (group) group.push(result.recipient);
    else open.set(key, [result.recipient]);
    if (open.get(key)!.length >= size) yield emit(key);
    else if (open.size > maxOpen) yield emit(open.keys().next().value as string);
  }
  for (const key of [...open.keys()]) yield emit(key);
}
