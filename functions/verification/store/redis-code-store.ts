// CodeStore on Redis. Each operation is one EVALSHA (ioredis defineCommand falls back to EVAL once
// per script after a restart), i.e. one round trip on standalone Redis.
//
// Cluster: all keys of one phone share the slot of {<E.164>}, but the per-IP counter is shared by
// all phones and has its own slot, and a script may only touch one slot. So on a cluster getSms
// takes the IP budget first (its own script, on the IP's slot), then runs the phone script, and
// gives the IP unit back if the phone script refused. Two round trips instead of one; the IP cap
// stays exact because both scripts are atomic and any refusal is compensated.
import type { CodeStore, IssueRequest, IssueResult, NewSession, VerifyResult } from "./code-store";
import {
  issueScript, releaseScript, returnIpBudgetScript, startSessionScript, takeIpBudgetScript, verifyAndStartSessionScript, verifyScript,
} from "./lua-scripts";
import { sessionKey } from "./redis-session-store";
import { classifyRedisError, reconnectAfterTimeout, whenRedisReady, type RedisConnection } from "./redis-connection";

const ipWindowSeconds = 3600;
/** The day counter outlives its day by an hour so a send just before midnight is still counted. */
const dayCounterSlackSeconds = 3600;

type ScriptCommand = (...args: (string | number)[]) => Promise<unknown>;

const commands = {
  verificationIssue: { numberOfKeys: 4, lua: issueScript },
  verificationRelease: { numberOfKeys: 4, lua: releaseScript },
  verificationVerify: { numberOfKeys: 1, lua: verifyScript },
  verificationTakeIp: { numberOfKeys: 1, lua: takeIpBudgetScript },
  verificationReturnIp: { numberOfKeys: 1, lua: returnIpBudgetScript },
  verificationVerifyAndStartSession: { numberOfKeys: 2, lua: verifyAndStartSessionScript },
  verificationStartSession: { numberOfKeys: 2, lua: startSessionScript },
} as const;

type CommandName = keyof typeof commands;

export function phoneKeys(phone: string, dayStamp: string, clientIp: string): string[] {
  const tag = `{${phone}}`;
  return [`vc:${tag}:code`, `vc:${tag}:cooldown`, `vc:${tag}:day:${dayStamp}`, `vc:{ip:${clientIp}}:hour`];
}

/**
 * The phone script's key list without the IP key (its slot differs): the code key stands in as a
 * placeholder so the script keeps one signature; it is not touched when checkIp/releaseIp is "0".
 */
function phoneSlotKeys(keys: string[]): string[] {
  return [keys[0], keys[1], keys[2], keys[0]];
}

export class RedisCodeStore implements CodeStore {
  constructor(
    private readonly client: RedisConnection,
    private readonly options: { cluster: boolean; readyTimeoutMs: number },
  ) {
    for (const [name, definition] of Object.entries(commands)) {
      if (!(name in client)) client.defineCommand(name, definition);
    }
  }

  async issue(req: IssueRequest): Promise<IssueResult> {
    const keys = phoneKeys(req.phone, req.dayStamp, req.clientIp);
    const phoneArgs = (checkIp: boolean) => [
      ...(checkIp ? keys : phoneSlotKeys(keys)),
      req.codeHash,
      req.codeTtlSeconds,
      req.cooldownSeconds,
      req.dailyLimit,
      req.secondsUntilDayEnds + dayCounterSlackSeconds,
      req.secondsUntilDayEnds,
      req.ipHourlyLimit,
      ipWindowSeconds,
      checkIp ? "1" : "0",
    ];
    if (!this.options.cluster) return issueResult(await this.run("verificationIssue", phoneArgs(true)));

    const ipResult = issueResult(await this.run("verificationTakeIp", [keys[3], req.ipHourlyLimit, ipWindowSeconds]));
    if (ipResult.kind !== "stored") return ipResult;
    const phoneResult = issueResult(await this.run("verificationIssue", phoneArgs(false)));
    if (phoneResult.kind !== "stored") await this.run("verificationReturnIp", [keys[3]]);
    return phoneResult;
  }

  async release(req: IssueRequest): Promise<void> {
    const keys = phoneKeys(req.phone, req.dayStamp, req.clientIp);
    if (!this.options.cluster) {
      await this.run("verificationRelease", [...keys, req.codeHash, "1"]);
      return;
    }
    await this.run("verificationRelease", [...phoneSlotKeys(keys), req.codeHash, "0"]);
    await this.run("verificationReturnIp", [keys[3]]);
  }

  async verify(phone: string, codeHash: string, maxAttempts: number, session?: NewSession): Promise<VerifyResult> {
    const [codeKey] = phoneKeys(phone, "", "");
    let reply: [string, number];
    if (!session) {
      reply = (await this.run("verificationVerify", [codeKey, codeHash, maxAttempts])) as [string, number];
    } else {
      const familyKey = sessionKey(session.familyId);
      const args = [codeHash, maxAttempts, session.tokenHash, phone, session.ttlSeconds];
      if (!this.options.cluster) {
        reply = (await this.run("verificationVerifyAndStartSession", [codeKey, familyKey, ...args])) as [string, number];
      } else {
        // The family's slot differs from the phone's: match first, then create the session.
        reply = (await this.run("verificationVerify", [codeKey, codeHash, maxAttempts])) as [string, number];
        if (reply[0] === "matched") await this.run("verificationStartSession", [familyKey, familyKey, ...args]);
      }
    }
    const [kind, value] = reply;
    switch (kind) {
      case "matched":
        return { kind: "matched" };
      case "wrong":
        return { kind: "wrong", attemptsLeft: Math.max(0, Number(value)) };
      case "exhausted":
        return { kind: "exhausted" };
      default:
        return { kind: "absent" };
    }
  }

  private async run(name: CommandName, args: (string | number)[]): Promise<unknown> {
    try {
      await whenRedisReady(this.client, this.options.readyTimeoutMs);
      const command = (this.client as unknown as Record<CommandName, ScriptCommand>)[name];
      return await command.apply(this.client, args);
    } catch (error) {
      reconnectAfterTimeout(this.client, error);
      throw classifyRedisError(error);
    }
  }
}

function issueResult(reply: unknown): IssueResult {
  const [kind, retryAfter] = reply as [string, number];
  if (kind === "ok") return { kind: "stored" };
  if (kind === "cooldown" || kind === "daily" || kind === "ip") {
    return { kind: "limited", limit: kind, retryAfterSeconds: Math.max(1, Number(retryAfter)) };
  }
  throw new Error(`unexpected issue script reply ${String(kind)}`);
}
