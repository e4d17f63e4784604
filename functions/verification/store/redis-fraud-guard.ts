// The fraud guard's Redis keys and script arguments (the counting and blocking itself runs inside
// the getSms and login scripts, lua-scripts.ts), and the operator's view of it: active blocks with
// the figures that caused them, lifting a block, and the safe list (`npm run guard`). Every key is
// in the {vc-limits} slot of the other counters shared across phones.
import type { FraudGuardRequest, FraudGuardScope } from "../service/fraud-guard";
import type { RedisConnection } from "./redis-connection";

const tag = "{vc-limits}";
const blocksKey = `vc:${tag}:fg:blocks`;
const safeListKey = `vc:${tag}:fg:safe`;
const statsKey = (scope: FraudGuardScope) => `vc:${tag}:fg:${scope}`;

/** KEYS of the scripts' guard part: prefix stats, country stats, safe list, blocks. */
export function fraudGuardKeys(guard: FraudGuardRequest | undefined): string[] {
  return [
    statsKey(`prefix:${guard?.numberPrefix ?? "-"}`),
    statsKey(`country:${guard?.countryCode ?? "-"}`),
    safeListKey,
    blocksKey,
  ];
}

/** ARGV of the scripts' guard part (thirteen values; "0" first turns it off). */
export function fraudGuardArguments(phone: string, guard: FraudGuardRequest | undefined): (string | number)[] {
  if (!guard) return ["0", 0, 1, 1, phone, "-", "-", 0, 0, 0, 0, 0, 0];
  const { policy } = guard;
  return [
    "1",
    guard.nowMs,
    policy.bucketSeconds,
    Math.max(1, Math.round(policy.windowSeconds / policy.bucketSeconds)),
    phone,
    guard.numberPrefix,
    guard.countryCode,
    policy.prefix.minSends,
    policy.prefix.minConversionPercent,
    policy.prefix.blockSeconds,
    policy.country.minSends,
    policy.country.minConversionPercent,
    policy.country.blockSeconds,
  ];
}

export interface ActiveBlock {
  scope: FraudGuardScope;
  /** Codes sent and verified in the window when the block was set. */
  sent: number;
  verified: number;
  blockedAt: Date;
  until: Date;
}

/** What `npm run guard` does against an environment's Redis. */
export class FraudGuardAdmin {
  constructor(private readonly client: RedisConnection) {}

  /** Blocks still in force at `now`, longest-running first. */
  async activeBlocks(now: Date): Promise<ActiveBlock[]> {
    const all = await this.client.hgetall(blocksKey);
    const blocks: ActiveBlock[] = [];
    for (const [scope, value] of Object.entries(all)) {
      const [until, sent, verified, at] = value.split(":").map(Number);
      if (until > now.getTime())
        blocks.push({ scope: scope as FraudGuardScope, sent, verified, blockedAt: new Date(at), until: new Date(until) });
    }
    return blocks.sort((a, b) => a.blockedAt.getTime() - b.blockedAt.getTime() || a.scope.localeCompare(b.scope));
  }

  /**
   * Lifts a block and forgets the window's figures of that scope (else the next send would block it
   * again at once). False when there was no block.
   */
  async unblock(scope: FraudGuardScope): Promise<boolean> {
    const [[, removed]] = (await this.client.multi().hdel(blocksKey, scope).del(statsKey(scope)).exec()) ?? [[null, 0]];
    return Number(removed) > 0;
  }

  async safeList(): Promise<string[]> {
    return (await this.client.smembers(safeListKey)).sort();
  }

  /** Adds an E.164 number or a prefix of one ("+8613800", "+852"). False when already listed. */
  async addSafe(entry: string): Promise<boolean> {
    return (await this.client.sadd(safeListKey, entry)) === 1;
  }

  async removeSafe(entry: string): Promise<boolean> {
    return (await this.client.srem(safeListKey, entry)) === 1;
  }
}

/** "prefix:+8613800" or "country:+86", or undefined for anything else. */
export function parseFraudGuardScope(text: string): FraudGuardScope | undefined {
  return /^(prefix:\+\d{2,16}|country:\+\d{1,4})$/.test(text) ? (text as FraudGuardScope) : undefined;
}
