// Values for the stacks' input variables in tests (none are secrets): what `npm run plan` gets
// from the account at plan time.
import type { StackDocument } from "../../support/terraform-test";

/** Example values by variable name; a stack gets those it declares. */
const EXAMPLES: Record<string, string> = { account_uin: "100012345678" };

export function PLAN_VARIABLES(document: StackDocument): Record<string, string> {
  return Object.fromEntries(Object.keys(document.variable ?? {}).map((name) => [name, EXAMPLES[name]]));
}
