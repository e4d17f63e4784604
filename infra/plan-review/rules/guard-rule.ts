// The contract every guard rule implements: look at one resource change and say whether a
// human must explicitly allow it. Rules are pure functions of the change and the context.
import type { ChangeKind } from "../change-kind";
import type { ResourceChange } from "../plan-json";

export interface GuardContext {
  /** Environment the plan is for; undefined when neither --env nor tags say. */
  environment: string | undefined;
}

export interface GuardedChange {
  change: ResourceChange;
  kind: ChangeKind;
}

export interface GuardRule {
  /** Stable identifier printed in reviews and documented in the README. */
  id: string;
  /** One line saying what the rule protects against. */
  description: string;
  /** A reason string when the change is guarded by this rule, otherwise undefined. */
  check(subject: GuardedChange, context: GuardContext): string | undefined;
}
