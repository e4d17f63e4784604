// CodeStore on Redis. Each operation is one EVALSHA (ioredis defineCommand falls back to EVAL once
// per script after a restart), i.e. one round trip on standalone Redis: getSms is one script (plus
// a confirm only when an older code was kept while the new SMS went out), login is one script.
//
// Cluster: a phone's keys share the slot of {<E.164>}, but the counters shared across phones (per
// address, SMS budgets) live in the slot of {vc-limits}, and a script may only touch one slot. So
// on a cluster getSms runs the phone script first (cooldown, daily count, code), then takes the
// shared units (their own script), and undoes the phone script if the shared ones refused or
// failed — the same order of checks as the one standalone script (a refusal of the phone script is
// counted for the insights by a small script of its own in the shared slot); login takes one unit of
// the address's wrong-code budget first and gives it back unless the guess was wrong. The caps stay
// exact because every script is atomic and every refusal is compensated. A login that issues tokens
// creates the refresh-token family in the verify script on standalone Redis; on a cluster the
// family has its own slot, so it is created by a second script once the code matched.
import type {
  CodeStore,
  IssueRequest,
  IssueResult,
  LoginLimit,
  SendLimit,
  VerifyRequest,
  VerifyResult,
  BudgetName,
} from "./code-store";
import type { FraudGuardScope } from "../service/fraud-guard";
import {
  confirmScript,
  countRefusalScript,
  issueScript,
  releaseScript,
  returnLoginUnitScript,
  returnSharedScript,
  startSessionScript,
  takeLoginUnitScript,
  takeSharedScript,
  verifyAndStartSessionScript,
  verifyScript,
} from "./lua-scripts";
import { sessionKey } from "./redis-session-store";
import { fraudGuardArguments, fraudGuardKeys } from "./redis-fraud-guard";
import { insightsArguments, insightsKeys } from "./redis-insights";
import type { RedisConnection } from "./redis-connection";
import { defineScripts, runScript } from "./redis-script-runner";
import { idempotencyArguments, idempotencyRecordKey, replayedResult } from "./redis-idempotency";

const ipWindowSeconds = 3600;
/** Day counters outlive their day by an hour so a send just before midnight is still counted. */
const dayCounterSlackSeconds = 3600;
/** Hour budget counters outlive their hour by a minute for the same reason. */
const hourCounterSlackSeconds = 60;

const commands = {
  verificationIssue: { numberOfKeys: 13, lua: issueScript },
  verificationConfirm: { numberOfKeys: 1, lua: confirmScript },
  verificationRelease: { numberOfKeys: 13, lua: releaseScript },
  verificationVerify: { numberOfKeys: 9, lua: verifyScript },
  verificationVerifyAndStartSession: { numberOfKeys: 10, lua: verifyAndStartSessionScript },
  verificationStartSession: { numberOfKeys: 2, lua: startSessionScript },
  verificationTakeShared: { numberOfKeys: 9, lua: takeSharedScript },
  verificationReturnShared: { numberOfKeys: 9, lua: returnSharedScript },
  verificationTakeLoginUnit: { numberOfKeys: 1, lua: takeLoginUnitScript },
  verificationReturnLoginUnit: { numberOfKeys: 6, lua: returnLoginUnitScript },
  verificationCountRefusal: { numberOfKeys: 1, lua: countRefusalScript },
} as const;

type CommandName = keyof typeof commands;

/** Hash tag of every counter shared across phones (per address, budgets). */
export const sharedTag = "{vc-limits}";

/** Keys of one phone: code, cooldown, sends per day, wrong codes per day. */
export function phoneKeys(phone: string, dayStamp: string): { code: string; cooldown: string; day: string; wrongDay: string } {
  const tag = `{${phone}}`;
  return {
    code: `vc:${tag}:code`,
    cooldown: `vc:${tag}:cooldown`,
    day: `vc:${tag}:day:${dayStamp}`,
    wrongDay: `vc:${tag}:wrong:${dayStamp}`,
  };
}

/** Wrong codes per client address (a login needs only this shared counter). */
export function ipWrongKey(clientBucket: string): string {
  return `vc:${sharedTag}:ip:${clientBucket}:wrong`;
}

/** Counters shared across phones, all in one slot. */
export function sharedKeys(clientBucket: string, hourStamp = "", dayStamp = "", numberPrefix = "") {
  return {
    ip: `vc:${sharedTag}:ip:${clientBucket}:sends`,
    ipWrong: ipWrongKey(clientBucket),
    smsHour: `vc:${sharedTag}:sms:hour:${hourStamp}`,
    smsDay: `vc:${sharedTag}:sms:day:${dayStamp}`,
    prefixHour: `vc:${sharedTag}:sms:prefix:${numberPrefix}:hour:${hourStamp}`,
  };
}

export class RedisCodeStore implements CodeStore {
  constructor(
    private readonly client: RedisConnection,
    private readonly options: { cluster: boolean; readyTimeoutMs: number },
  ) {
    defineScripts(client, commands);
  }

  async issue(req: IssueRequest): Promise<IssueResult> {
    const phone = phoneKeys(req.phone, req.dayStamp);
    const shared = sharedKeyList(req);
    const sharedArgs = sharedArguments(req);
    const guardKeys = fraudGuardKeys(req.guard);
    const guardArgs = fraudGuardArguments(req.phone, req.guard);
    const countKeys = insightsKeys(req.insights);
    const countArgs = insightsArguments(req.insights);
    const placeholders = (n: number) => Array<string>(n).fill(phone.code);
    const phoneArgs = (checkShared: boolean) => [
      phone.code,
      phone.cooldown,
      phone.day,
      // Placeholders in the phone's own slot when the shared counters run separately (cluster).
      ...(checkShared ? shared : placeholders(4)),
      ...(checkShared ? guardKeys : placeholders(4)),
      idempotencyRecordKey(req.phone, req.idempotency?.id),
      ...(checkShared ? countKeys : placeholders(1)),
      req.codeHash,
      req.codeTtlSeconds,
      req.cooldownSeconds,
      req.dailyLimit,
      req.secondsUntilDayEnds + dayCounterSlackSeconds,
      req.secondsUntilDayEnds,
      checkShared ? "1" : "0",
      ...sharedArgs,
      req.maxAttempts,
      // The guard's arguments turned off on a cluster's phone script: the record's come after them.
      ...(checkShared ? guardArgs : fraudGuardArguments(req.phone, undefined)),
      ...idempotencyArguments(req.idempotency),
      ...(checkShared ? countArgs : insightsArguments(undefined)),
    ];
    if (!this.options.cluster) return issueResult(await this.run("verificationIssue", phoneArgs(true)));

    // The phone's own limits first: a flood at a phone in cooldown never touches the shared
    // budgets, so it can neither use them up for other numbers nor trip their alarm.
    const phoneResult = issueResult(await this.run("verificationIssue", phoneArgs(false)));
    if (phoneResult.kind === "limited" && req.insights) {
      // The insights count this refusal as the standalone script does, one more round trip. The
      // count is a figure, not a limit: if it fails the refusal still stands.
      await this.run("verificationCountRefusal", [...countKeys, ...countArgs, phoneResult.limit]).catch(() => undefined);
    }
    if (phoneResult.kind !== "stored") return phoneResult;
    let sharedResult: IssueResult;
    try {
      sharedResult = issueResult(
        await this.run("verificationTakeShared", [
          ...shared,
          ...guardKeys,
          ...countKeys,
          ...sharedArgs,
          ...guardArgs,
          ...countArgs,
        ]),
      );
    } catch (error) {
      // The shared script failed (e.g. 503): the phone's cooldown, count and code go back.
      await this.releasePhone(req).catch(() => undefined);
      throw error;
    }
    if (sharedResult.kind !== "stored") {
      await this.releasePhone(req);
      return sharedResult;
    }
    return phoneResult;
  }

  /** Cluster: undoes the phone script of an issue() (cooldown, daily count, this code), not the shared units. */
  private async releasePhone(req: IssueRequest): Promise<void> {
    const phone = phoneKeys(req.phone, req.dayStamp);
    await this.run("verificationRelease", [
      phone.code,
      phone.cooldown,
      phone.day,
      ...Array<string>(8).fill(phone.code),
      idempotencyRecordKey(req.phone, req.idempotency?.id),
      phone.code,
      req.codeHash,
      "0",
    ]);
  }

  async confirm(req: IssueRequest): Promise<void> {
    await this.run("verificationConfirm", [phoneKeys(req.phone, req.dayStamp).code, req.codeHash, req.codeTtlSeconds]);
  }

  async release(req: IssueRequest): Promise<void> {
    const phone = phoneKeys(req.phone, req.dayStamp);
    const shared = sharedKeyList(req);
    const own = [phone.code, phone.cooldown, phone.day];
    const guardKeys = fraudGuardKeys(req.guard);
    const guardArgs = fraudGuardArguments(req.phone, req.guard);
    const countKeys = insightsKeys(req.insights);
    const countArgs = insightsArguments(req.insights);
    if (!this.options.cluster) {
      const record = idempotencyRecordKey(req.phone, req.idempotency?.id);
      await this.run("verificationRelease", [
        ...own,
        ...shared,
        ...guardKeys,
        record,
        ...countKeys,
        req.codeHash,
        "1",
        ...guardArgs,
        ...countArgs,
      ]);
      return;
    }
    await this.releasePhone(req);
    await this.run("verificationReturnShared", [...shared, ...guardKeys, ...countKeys, ...guardArgs, ...countArgs]);
  }

  async verify(req: VerifyRequest): Promise<VerifyResult> {
    const { code: codeKey, wrongDay: wrongDayKey } = phoneKeys(req.phone, req.dayStamp);
    const ipWrong = ipWrongKey(req.clientBucket);
    const argv = (checkShared: boolean) => [
      req.codeHash,
      req.maxAttempts,
      req.phoneDailyWrongLimit,
      req.secondsUntilDayEnds + dayCounterSlackSeconds,
      req.secondsUntilDayEnds,
      checkShared ? "1" : "0",
      req.ipHourlyWrongLimit,
      ipWindowSeconds,
    ];
    const guardKeys = fraudGuardKeys(req.guard);
    const guardArgs = fraudGuardArguments(req.phone, req.guard);
    const idempotency = req.idempotency;
    const record = idempotencyRecordKey(req.phone, idempotency?.id);
    const recordArgs = [...idempotencyArguments(idempotency), idempotency?.sealed ?? ""];
    const countKeys = insightsKeys(req.insights);
    const countArgs = insightsArguments(req.insights);
    const args = (checkShared: boolean) => [
      codeKey,
      wrongDayKey,
      checkShared ? ipWrong : codeKey,
      ...(checkShared ? guardKeys : Array<string>(4).fill(codeKey)),
      record,
      checkShared ? countKeys[0] : codeKey,
      ...argv(checkShared),
      ...(checkShared ? guardArgs : fraudGuardArguments(req.phone, undefined)),
      ...recordArgs,
      ...(checkShared ? countArgs : insightsArguments(undefined)),
    ];
    const session = req.session;
    const sessionArgs = session ? [session.tokenHash, req.phone, session.ttlSeconds] : [];
    const familyKey = session ? sessionKey(session.familyId) : "";
    if (!this.options.cluster) {
      if (!session) return verifyResult(await this.run("verificationVerify", args(true)));
      return verifyResult(
        await this.run("verificationVerifyAndStartSession", [
          codeKey,
          wrongDayKey,
          ipWrong,
          familyKey,
          ...guardKeys,
          record,
          ...countKeys,
          ...argv(true),
          ...sessionArgs,
          ...guardArgs,
          ...recordArgs,
          ...countArgs,
          session.endsAtMs,
        ]),
      );
    }

    const unit = verifyResult(await this.run("verificationTakeLoginUnit", [ipWrong, req.ipHourlyWrongLimit, ipWindowSeconds]));
    if (unit.kind === "limited") return unit;
    let result: VerifyResult;
    const returnUnit = (matched: boolean) => [
      ipWrong,
      ...guardKeys,
      ...countKeys,
      matched ? "1" : "0",
      ...guardArgs,
      ...countArgs,
    ];
    try {
      result = verifyResult(await this.run("verificationVerify", args(false)));
    } catch (error) {
      await this.run("verificationReturnLoginUnit", returnUnit(false)).catch(() => undefined);
      throw error;
    }
    // Only a wrong guess keeps the unit it took; a match is counted as verified by the same script.
    if (result.kind !== "wrong") await this.run("verificationReturnLoginUnit", returnUnit(result.kind === "matched"));
    // The family's slot differs from the phone's: match first, then create the session.
    if (result.kind === "matched" && session) {
      await this.run("verificationStartSession", [familyKey, familyKey, ...sessionArgs, "", session.endsAtMs]);
    }
    // A replayed match whose first request failed before its session was created (a 503 between
    // the two scripts) creates it now; one that exists is left as it is.
    const replayedSession = result.kind === "replayed" && result.outcome === "matched" && idempotency?.sessionOf?.(result.sealed);
    if (replayedSession) {
      const replayedKey = sessionKey(replayedSession.familyId);
      await this.run("verificationStartSession", [
        replayedKey,
        replayedKey,
        replayedSession.tokenHash,
        req.phone,
        replayedSession.ttlSeconds,
        "1",
        replayedSession.endsAtMs,
      ]);
    }
    return result;
  }

  private run(name: CommandName, args: (string | number)[]): Promise<unknown> {
    return runScript(this.client, name, args, this.options.readyTimeoutMs);
  }
}

function sharedKeyList(req: IssueRequest): string[] {
  const keys = sharedKeys(req.clientBucket, req.hourStamp, req.dayStamp, req.numberPrefix);
  return [keys.ip, keys.smsHour, keys.smsDay, keys.prefixHour];
}

function sharedArguments(req: IssueRequest): (string | number)[] {
  const hourTtl = req.secondsUntilHourEnds + hourCounterSlackSeconds;
  const dayTtl = req.secondsUntilDayEnds + dayCounterSlackSeconds;
  return [
    req.ipHourlyLimit,
    ipWindowSeconds,
    req.budgets.globalHourly,
    hourTtl,
    req.secondsUntilHourEnds,
    req.budgets.globalDaily,
    dayTtl,
    req.secondsUntilDayEnds,
    req.budgets.prefixHourly,
  ];
}

const sendLimits: readonly string[] = ["cooldown", "daily", "ip", "budget", "fraudGuard"] satisfies SendLimit[];
const budgetNames: readonly string[] = ["globalHourly", "globalDaily", "prefixHourly"] satisfies BudgetName[];

function issueResult(reply: unknown): IssueResult {
  const replayed = replayedResult(reply);
  if (replayed) return replayed;
  const [kind, value, budget, sent, verified, newBlock] = reply as [string, string | number, string, number?, number?, number?];
  if (kind === "ok") return { kind: "stored", pending: value === "pending" };
  if (kind === "fraudGuard") {
    return {
      kind: "limited",
      limit: "fraudGuard",
      retryAfterSeconds: Math.max(1, Number(value)),
      guard: {
        scope: budget as FraudGuardScope,
        sent: Number(sent ?? 0),
        verified: Number(verified ?? 0),
        newBlock: newBlock === 1,
      },
    };
  }
  if (sendLimits.includes(kind)) {
    const result: IssueResult = { kind: "limited", limit: kind as SendLimit, retryAfterSeconds: Math.max(1, Number(value)) };
    if (kind === "budget" && budgetNames.includes(budget)) result.budget = budget as BudgetName;
    return result;
  }
  throw new Error(`unexpected issue script reply ${String(kind)}`);
}

function verifyResult(reply: unknown): VerifyResult {
  const replayed = replayedResult(reply);
  if (replayed) return replayed;
  const [kind, value, limit] = reply as [string, number, string];
  switch (kind) {
    case "ok":
    case "absent":
      return { kind: "absent" };
    case "matched":
      return { kind: "matched" };
    case "wrong":
      return { kind: "wrong", attemptsLeft: Math.max(0, Number(value)) };
    case "exhausted":
      return { kind: "exhausted" };
    case "limited":
      return { kind: "limited", limit: limit as LoginLimit, retryAfterSeconds: Math.max(1, Number(value)) };
    default:
      throw new Error(`unexpected verify script reply ${String(kind)}`);
  }
}
