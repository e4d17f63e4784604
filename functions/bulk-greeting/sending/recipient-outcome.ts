// One line of a campaign's results file (JSON Lines): what happened to one recipient.
import type { NumberStatus } from "../../shared/sms/gateway";
import type { Recipient } from "../recipients/row-check";

export interface RecipientOutcome {
  phoneNumber: string;
  /** Line of the recipients file. */
  line: number;
  batch: number;
  /** Provider code ("Ok", "LimitExceeded.PhoneNumberDailyLimit", …) or ours ("Unknown.…"). */
  code: string;
  message: string;
  serialNo?: string;
  /** Billed SMS units. */
  fee: number;
  /** ISO time the SendSms call returned (or the outcome was decided). */
  at: string;
}

export function outcomesFromStatuses(
  recipients: Recipient[],
  statuses: { phoneNumber: string; status: NumberStatus }[],
  batch: number,
  at: Date,
): RecipientOutcome[] {
  const byPhone = new Map(statuses.map((s) => [s.phoneNumber, s.status]));
  return recipients.map((recipient) => {
    const status = byPhone.get(recipient.phoneNumber);
    const outcome: RecipientOutcome = {
      phoneNumber: recipient.phoneNumber,
      line: recipient.line,
      batch,
      code: status?.code ?? "Unknown.MissingStatus",
      message: status?.message ?? "the provider returned no status for this number",
      fee: status?.fee ?? 0,
      at: at.toISOString(),
    };
    if (status?.serialNo) outcome.serialNo = status.serialNo;
    return outcome;
  });
}

export function unknownOutcomes(
  recipients: Recipient[],
  batch: number,
  code: string,
  message: string,
  at: Date,
): RecipientOutcome[] {
  return recipients.map((r) => ({
    phoneNumber: r.phoneNumber,
    line: r.line,
    batch,
    code,
    message,
    fee: 0,
    at: at.toISOString(),
  }));
}
