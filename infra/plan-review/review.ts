// The review engine: turns a parsed plan into a render-ready, already-masked Review —
// counts per action, one row per changed address, guard findings (allowed or not), drift
// and output changes. Renderers only format this model.
import { attributeChanges, type AttributeChange } from "./attribute-diff";
import { CHANGE_KINDS, changeKind, type ChangeKind } from "./change-kind";
import { resolveReviewedEnvironment, type ReviewedEnvironment } from "./reviewed-environment";
import { knownSecretsOf } from "./known-secrets";
import { displayValue, formatPath, KnownSecrets, SENSITIVE_PLACEHOLDER } from "./masking";
import type { Plan, ResourceChange } from "./plan-json";
import type { GuardContext, GuardRule } from "./rules/guard-rule";
import { GUARD_RULES } from "./rules";

export interface ReviewOptions {
  /** Exact resource addresses whose guarded change a human has allowed. */
  allowReplace?: readonly string[];
  /** Environment named on the command line; falls back to the plan's `env` tags. */
  environment?: string;
  rules?: readonly GuardRule[];
}

export interface ResourceRow {
  address: string;
  previousAddress?: string;
  /** Set when the plan imports an existing resource into state (an import block): its id. */
  importId?: string;
  type: string;
  mode: "managed" | "data";
  kind: ChangeKind;
  actionReason?: string;
  /** Attribute paths that force the replacement (terraform's replace_paths). */
  replacePaths: string[];
  attributes: AttributeChange[];
}

export interface GuardFinding {
  rule: string;
  address: string;
  kind: ChangeKind;
  reason: string;
  /** True when the address was passed to --allow-replace. */
  allowed: boolean;
}

export interface OutputRow {
  name: string;
  kind: ChangeKind;
  before?: string;
  after?: string;
}

export interface Review {
  environment?: ReviewedEnvironment;
  terraformVersion?: string;
  counts: Record<ChangeKind, number>;
  /** Every resource change that is not a plain no-op (moves are kept). */
  rows: ResourceRow[];
  findings: GuardFinding[];
  /** Changes made outside terraform since the last apply (resource_drift). */
  drift: ResourceRow[];
  outputs: OutputRow[];
  /** --allow-replace addresses that matched nothing guarded (likely a typo). */
  unusedAllowances: string[];
  /** True when at least one finding is not allowed: the CLI exits 2. */
  guarded: boolean;
  /** terraform reported the plan as errored/incomplete. */
  incomplete: boolean;
}

function row(rc: ResourceChange, secrets: KnownSecrets): ResourceRow {
  const kind = changeKind(rc.change.actions);
  const result: ResourceRow = {
    address: rc.deposed ? `${rc.address} (deposed ${rc.deposed})` : rc.address,
    type: rc.type,
    mode: rc.mode,
    kind,
    replacePaths: (rc.change.replace_paths ?? []).map(formatPath),
    attributes: kind === "delete" || kind === "no-op" ? [] : attributeChanges(rc.change, secrets),
  };
  if (rc.previous_address && rc.previous_address !== rc.address) result.previousAddress = rc.previous_address;
  // An import block adopting an existing resource: shown even when nothing else changes.
  if (rc.change.importing?.id) result.importId = rc.change.importing.id;
  if (rc.action_reason) result.actionReason = rc.action_reason;
  return result;
}

function driftRow(rc: ResourceChange, secrets: KnownSecrets): ResourceRow {
  // Drift entries report what changed remotely; their action list describes that change.
  return { ...row(rc, secrets), attributes: attributeChanges(rc.change, secrets) };
}

export function reviewPlan(plan: Plan, options: ReviewOptions = {}): Review {
  const allow = new Set(options.allowReplace ?? []);
  const environment = resolveReviewedEnvironment(plan, options.environment);
  const context: GuardContext = { environment: environment?.name };
  const rules = options.rules ?? GUARD_RULES;
  const secrets = knownSecretsOf(plan);

  const counts = Object.fromEntries(CHANGE_KINDS.map((k) => [k, 0])) as Record<ChangeKind, number>;
  const rows: ResourceRow[] = [];
  const findings: GuardFinding[] = [];
  const usedAllowances = new Set<string>();

  for (const rc of plan.resource_changes) {
    const kind = changeKind(rc.change.actions);
    counts[kind] += 1;
    if (kind !== "no-op" || rc.previous_address || rc.change.importing) rows.push(row(rc, secrets));
    for (const rule of rules) {
      const reason = rule.check({ change: rc, kind }, context);
      if (reason === undefined) continue;
      const allowed = allow.has(rc.address);
      if (allowed) usedAllowances.add(rc.address);
      findings.push({ rule: rule.id, address: rc.address, kind, reason, allowed });
    }
  }

  const outputs: OutputRow[] = [];
  for (const [name, change] of Object.entries(plan.output_changes).sort(([a], [b]) => a.localeCompare(b))) {
    const kind = changeKind(change.actions);
    if (kind === "no-op") continue;
    const hide = change.sensitive === true;
    const entry: OutputRow = { name, kind };
    if (change.before !== null && change.before !== undefined) {
      entry.before = hide ? SENSITIVE_PLACEHOLDER : displayValue(change.before, change.before_sensitive, undefined, secrets);
    }
    if (kind !== "delete") {
      entry.after = hide
        ? SENSITIVE_PLACEHOLDER
        : displayValue(change.after ?? null, change.after_sensitive, change.after_unknown, secrets);
    }
    outputs.push(entry);
  }

  const review: Review = {
    counts,
    rows,
    findings,
    drift: plan.resource_drift.map((rc) => driftRow(rc, secrets)),
    outputs,
    unusedAllowances: [...allow].filter((a) => !usedAllowances.has(a)),
    guarded: findings.some((f) => !f.allowed),
    incomplete: plan.errored === true,
  };
  if (environment) review.environment = environment;
  if (plan.terraform_version) review.terraformVersion = plan.terraform_version;
  return review;
}
