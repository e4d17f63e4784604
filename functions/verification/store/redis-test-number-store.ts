// TestNumberStore on Redis: the login of a test number in one Lua script on standalone Redis (one
// round trip, like a real login), using the real login's keys — the phone's wrong-code counter of
// the day ({<E.164>}) and the address's hourly one ({vc-limits}) — so test-number guesses and real
// guesses share one budget. On a cluster the two counters live in different slots, so it runs the
// way RedisCodeStore.verify does: take a unit of the address budget first, run the phone script,
// give the unit back unless the guess was wrong, and create the refresh-token family (its own
// slot) after a match.
import type { RedisConnection } from "./redis-connection";
import { defineScripts, runScript } from "./redis-scripts";
import { returnLoginUnitScript, startSessionLua, startSessionScript, takeLoginUnitScript } from "./lua-scripts";
import { dayCounterSlackSeconds, ipWindowSeconds, phoneKeys, sharedKeys } from "./redis-code-store";
import { sessionKey } from "./redis-session-store";
import type { LoginLimit } from "./code-store";
import type { FixedCodeRequest, FixedCodeResult, TestNumberStore } from "./test-number-store";

/**
 * KEYS: wrongDay, ipWrong (a placeholder in the phone's slot when checkShared is 0)
 * ARGV: matched(1|0), phoneDailyWrongLimit, wrongDayTtl, secondsUntilDayEnds, checkShared(1|0),
 *       ipWrongLimit, ipWrongWindow
 * Both budgets are checked before the match is looked at, so a refused guess is never evaluated and
 * N parallel guesses get at most the remaining budget evaluated (the script runs one at a time).
 */
const fixedCodeLua = (onMatch: string) => `
local checkShared = ARGV[5] == '1'
if checkShared and tonumber(redis.call('GET', KEYS[2]) or '0') >= tonumber(ARGV[6]) then
  local ms = redis.call('PTTL', KEYS[2])
  if ms < 0 then ms = tonumber(ARGV[7]) * 1000 end
  return {'limited', math.ceil(ms / 1000), 'loginIp'}
end
local wrong = tonumber(redis.call('GET', KEYS[1]) or '0')
local limit = tonumber(ARGV[2])
if wrong >= limit then return {'limited', tonumber(ARGV[4]), 'loginPhone'} end
if ARGV[1] == '1' then
  ${onMatch}
  return {'matched', 0, ''}
end
redis.call('INCR', KEYS[1])
redis.call('EXPIRE', KEYS[1], ARGV[3])
if checkShared then
  if redis.call('INCR', KEYS[2]) == 1 then redis.call('EXPIRE', KEYS[2], ARGV[7]) end
end
return {'wrong', limit - wrong - 1, ''}
`;

const commands = {
  testNumberCheck: { numberOfKeys: 2, lua: fixedCodeLua("") },
  /** KEYS as testNumberCheck, then family; ARGV as testNumberCheck, then tokenHash, phone, refreshTtl. */
  testNumberCheckAndStartSession: { numberOfKeys: 3, lua: fixedCodeLua(startSessionLua(3, 8, 9, 10, 11)) },
  testNumberStartSession: { numberOfKeys: 2, lua: startSessionScript },
  testNumberTakeLoginUnit: { numberOfKeys: 1, lua: takeLoginUnitScript },
  testNumberReturnLoginUnit: { numberOfKeys: 1, lua: returnLoginUnitScript },
} as const;

type CommandName = keyof typeof commands;
export class RedisTestNumberStore implements TestNumberStore {
  constructor(
    private readonly client: RedisConnection,
    private readonly options: { cluster: boolean; readyTimeoutMs: number },
  ) {
    defineScripts(client, commands);
  }

  async checkFixedCode(req: FixedCodeRequest): Promise<FixedCodeResult> {
    const wrongDay = phoneKeys(req.phone, req.dayStamp).wrongDay;
    const ipWrong = sharedKeys(req.clientBucket).ipWrong;
    const argv = (checkShared: boolean) => [
      req.matched ? "1" : "0",
      req.phoneDailyWrongLimit,
      req.secondsUntilDayEnds + dayCounterSlackSeconds,
      req.secondsUntilDayEnds,
      checkShared ? "1" : "0",
      req.ipHourlyWrongLimit,
      ipWindowSeconds,
    ];
    const session = req.session;
    const sessionArgs = session ? [session.tokenHash, req.phone, session.ttlSeconds] : [];
    if (!this.options.cluster) {
      if (!session) return resultOf(await this.run("testNumberCheck", [wrongDay, ipWrong, ...argv(true)]));
      return resultOf(
        await this.run("testNumberCheckAndStartSession", [
          wrongDay,
          ipWrong,
          sessionKey(session.familyId),
          ...argv(true),
          ...sessionArgs,
          session.endsAtMs,
        ]),
      );
    }

    const unit = (await this.run("testNumberTakeLoginUnit", [ipWrong, req.ipHourlyWrongLimit, ipWindowSeconds])) as unknown[];
    if (unit[0] === "limited") return resultOf(unit);
    let result: FixedCodeResult;
    try {
      result = resultOf(await this.run("testNumberCheck", [wrongDay, wrongDay, ...argv(false)]));
    } catch (error) {
      await this.run("testNumberReturnLoginUnit", [ipWrong]).catch(() => undefined);
      throw error;
    }
    if (result.kind !== "wrong") await this.run("testNumberReturnLoginUnit", [ipWrong]);
    if (result.kind === "matched" && session) {
      const familyKey = sessionKey(session.familyId);
      await this.run("testNumberStartSession", [familyKey, familyKey, ...sessionArgs, "", session.endsAtMs]);
    }
    return result;
  }

  private run(name: CommandName, args: (string | number)[]): Promise<unknown> {
    return runScript(this.client, name, args, this.options.readyTimeoutMs);
  }
}

function resultOf(reply: unknown): FixedCodeResult {
  const [kind, value, limit] = reply as [string, number, string];
  switch (kind) {
    case "matched":
      return { kind: "matched" };
    case "wrong":
      return { kind: "wrong", attemptsLeft: Math.max(0, Number(value)) };
    case "limited":
      return { kind: "limited", limit: limit as LoginLimit, retryAfterSeconds: Math.max(1, Number(value)) };
    default:
      throw new Error(`unexpected test-number script reply ${String(kind)}`);
  }
}
