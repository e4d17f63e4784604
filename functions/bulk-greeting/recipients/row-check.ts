// Checks one data row of a recipients file against the campaign template: phone number, variable
// count and lengths, duplicates and the one-region rule. Shared by `validate` and by the sender,
// so what validation accepted is exactly what gets sent (and what it rejected is skipped).
import { composeMessage, messageSize } from "../content/message-length";
import { fillTemplate, maxMessageLength, type CampaignTemplate } from "../content/campaign-templates";
import { checkPhoneNumber } from "./phone-number";
import type { RecipientRow } from "./recipient-file-error";
import { SeenNumbers } from "./seen-numbers";

export type RowIssueCode =
  | "InvalidPhone"
  | "WrongVariableCount"
  | "EmptyVariable"
  | "VariableTooLong"
  | "MessageTooLong"
  | "DuplicateNumber"
  | "MixedRegions";

export interface RowIssue {
  line: number;
  code: RowIssueCode;
  message: string;
}

export interface Recipient {
  line: number;
  phoneNumber: string;
  params: string[];
  /** Billed SMS this message is expected to cost. */
  parts: number;
}

export type RowCheck = { ok: true; recipient: Recipient } | { ok: false; issue: RowIssue };

/** Stateful across one pass over a file (duplicates, region of the first valid number). */
export class RowChecker {
  private readonly seen = new SeenNumbers();
  /** Region kind of the file, decided by its first valid number. */
  domestic: boolean | undefined;

  constructor(
    private readonly template: CampaignTemplate,
    private readonly signName: string,
  ) {}

  /** Data columns the template expects: phone + one per variable. */
  get expectedColumns(): number {
    return 1 + this.template.variables.length;
  }

  check(row: RecipientRow): RowCheck {
    const cells = trimTrailingEmpty(row.cells, this.expectedColumns);
    const fail = (code: RowIssueCode, message: string): RowCheck => ({ ok: false, issue: { line: row.line, code, message } });
    const phone = checkPhoneNumber(cells[0] ?? "");
    if (!phone.ok) return fail("InvalidPhone", phone.reason);
    const params = cells.slice(1).map((cell) => cell.trim());
    const wanted = this.template.variables.length;
    if (params.length !== wanted) {
      return fail("WrongVariableCount", `expected ${wanted} variable column(s) after the phone number, found ${params.length}`);
    }
    for (let i = 0; i < wanted; i++) {
      const variable = this.template.variables[i];
      const length = [...params[i]].length;
      if (length === 0) return fail("EmptyVariable", `variable {${i + 1}} (${variable.name}) is empty`);
      if (length > variable.maxLength) {
        return fail(
          "VariableTooLong",
          `variable {${i + 1}} (${variable.name}) has ${length} characters, at most ${variable.maxLength} allowed`,
        );
      }
    }
    if (this.domestic !== undefined && phone.domestic !== this.domestic) {
      const kind = this.domestic ? "mainland China" : "international";
      return fail(
        "MixedRegions",
        `${phone.e164} is not ${kind} like the file's first number; one file must be all domestic or all international`,
      );
    }
    const message = composeMessage(this.signName, fillTemplate(this.template.text, params));
    const size = messageSize(message, !phone.domestic);
    if (size.characters > maxMessageLength) {
      return fail("MessageTooLong", `the message would have ${size.characters} characters, at most ${maxMessageLength} allowed`);
    }
    if (!this.seen.add(phone.e164)) return fail("DuplicateNumber", `${phone.e164} already appears earlier in the file`);
    this.domestic ??= phone.domestic;
    return { ok: true, recipient: { line: row.line, phoneNumber: phone.e164, params, parts: size.parts } };
  }
}

// Spreadsheet exports often pad rows with empty cells; those beyond the template's columns are not data.
function trimTrailingEmpty(cells: string[], expected: number): string[] {
  let end = cells.length;
  while (end > expected && cells[end - 1].trim() === "") end--;
  return end === cells.length ? cells : cells.slice(0, end);
}
