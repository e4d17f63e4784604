// Redis checkpoints of a running campaign. Per batch a state — claimed "inflight" before the
// SendSms call, "done" or "unknown" after — and the per-recipient outcomes, written in the same
// Lua call that marks the batch done, so a batch is never "done" without its results and never
// has results twice. All keys of one campaign share the hash tag {bulk:<id>} (Redis Cluster safe).
//
// In-flight policy (at most once): a batch found "inflight" when a run starts belonged to a run
// that died between claiming and recording. Its SendSms may or may not have reached Tencent, so it
// is NOT re-sent: its recipients are recorded as "Unknown.InterruptedInFlight" and the operator
// decides (the report lists them; delivery receipts, if any arrive, show who got it).
import type Redis from "ioredis";
import type { Cluster } from "ioredis";

export type BatchState = "inflight" | "done" | "unknown";

export interface Counters {
  sent: number;
  failed: number;
  unknown: number;
  fee: number;
}

export type RedisClient = Redis | Cluster;

const claimScript = `
local state = redis.call('HGET', KEYS[1], ARGV[1])
if state then return state end
redis.call('HSET', KEYS[1], ARGV[1], 'inflight')
redis.call('HSET', KEYS[2], 'started', '1')
return 'claimed'`;

// KEYS: batches, results, progress. ARGV: batch, final state, sent, failed, unknown, fee, lines…
const recordScript = `
if redis.call('HGET', KEYS[1], ARGV[1]) ~= 'inflight' then return 0 end
redis.call('HSET', KEYS[1], ARGV[1], ARGV[2])
if #ARGV > 6 then redis.call('RPUSH', KEYS[2], unpack(ARGV, 7)) end
redis.call('HINCRBY', KEYS[3], 'sent', ARGV[3])
redis.call('HINCRBY', KEYS[3], 'failed', ARGV[4])
redis.call('HINCRBY', KEYS[3], 'unknown', ARGV[5])
redis.call('HINCRBY', KEYS[3], 'fee', ARGV[6])
redis.call('HINCRBY', KEYS[3], 'batchesDone', 1)
return 1`;

const releaseScript = `
if redis.call('HGET', KEYS[1], ARGV[1]) == 'inflight' then return redis.call('HDEL', KEYS[1], ARGV[1]) end
return 0`;

const releaseLeaseScript = `
if redis.call('GET', KEYS[1]) == ARGV[1] then return redis.call('DEL', KEYS[1]) end
return 0`;

export class CampaignCheckpoints {
  constructor(private readonly redis: RedisClient) {}

  private keys(id: string) {
    const tag = `{bulk:${id}}`;
    return { batches: `${tag}:batches`, results: `${tag}:results`, progress: `${tag}:progress`, lease: `${tag}:lease` };
  }

  /** One runner per campaign at a time; the lease expires by itself if its holder dies. */
  async acquireLease(id: string, token: string, ttlMs: number): Promise<boolean> {
    return (await this.redis.set(this.keys(id).lease, token, "PX", Math.max(1, Math.ceil(ttlMs)), "NX")) === "OK";
  }

  async releaseLease(id: string, token: string): Promise<void> {
    await this.redis.eval(releaseLeaseScript, 1, this.keys(id).lease, token);
  }

  /** "claimed" when this run now owns the batch, otherwise the state another run left. */
  async claimBatch(id: string, batch: number): Promise<"claimed" | BatchState> {
    const k = this.keys(id);
    return (await this.redis.eval(claimScript, 2, k.batches, k.progress, String(batch))) as "claimed" | BatchState;
  }

  /** Marks a claimed batch done (or unknown) and appends its outcome lines, atomically. */
  async recordBatch(id: string, batch: number, state: "done" | "unknown", counters: Counters, lines: string[]): Promise<boolean> {
    const k = this.keys(id);
    const result = await this.redis.eval(
      recordScript,
      3,
      k.batches,
      k.results,
      k.progress,
      String(batch),
      state,
      String(counters.sent),
      String(counters.failed),
      String(counters.unknown),
      String(counters.fee),
      ...lines,
    );
    return result === 1;
  }

  /** Gives a claimed batch back when the provider refused the call outright (nothing was sent). */
  async releaseBatch(id: string, batch: number): Promise<void> {
    await this.redis.eval(releaseScript, 1, this.keys(id).batches, String(batch));
  }

  async progress(id: string): Promise<Counters & { batchesDone: number; flushed: number; started: boolean; state?: string }> {
    const h = await this.redis.hgetall(this.keys(id).progress);
    const n = (field: string) => Number(h[field] ?? 0);
    return {
      sent: n("sent"),
      failed: n("failed"),
      unknown: n("unknown"),
      fee: n("fee"),
      batchesDone: n("batchesDone"),
      flushed: n("flushed"),
      started: h.started === "1",
      state: h.state,
    };
  }

  async setState(id: string, state: string): Promise<void> {
    await this.redis.hset(this.keys(id).progress, "state", state, "started", "1");
  }

  /** Up to `max` outcome lines not yet copied to storage, and how many were copied before. */
  async pendingResults(id: string, max: number): Promise<{ offset: number; lines: string[] }> {
    const k = this.keys(id);
    const [lines, flushed] = await Promise.all([
      this.redis.lrange(k.results, 0, max - 1),
      this.redis.hget(k.progress, "flushed"),
    ]);
    return { offset: Number(flushed ?? 0), lines };
  }

  /** After the lines were stored under their offset: drop them from Redis and advance the offset. */
  async acknowledgeResults(id: string, count: number): Promise<void> {
    const k = this.keys(id);
    await this.redis.multi().ltrim(k.results, count, -1).hincrby(k.progress, "flushed", count).exec();
  }

  /**
   * Remembers which campaign a SerialNo belongs to, so pulled delivery receipts can be filed.
   * One hash per UTC day of sending, expiring after `serialRetentionDays`: receipts that never
   * arrive do not make the index grow for ever.
   */
  async rememberSerials(id: string, serialNos: string[], now: number): Promise<void> {
    if (serialNos.length === 0) return;
    const fields: string[] = [];
    for (const serial of serialNos) fields.push(serial, id);
    const key = serialIndexKey(now);
    await this.redis
      .multi()
      .hset(key, ...fields)
      .expire(key, (serialRetentionDays + 1) * 86_400)
      .exec();
  }

  /** Campaign id per SerialNo (null when no campaign of the last days sent it). */
  async campaignsOfSerials(serialNos: string[], now: number): Promise<(string | null)[]> {
    const owners: (string | null)[] = serialNos.map(() => null);
    if (serialNos.length === 0) return owners;
    for (let day = 0; day <= serialRetentionDays; day++) {
      const found = await this.redis.hmget(serialIndexKey(now - day * 86_400_000), ...serialNos);
      found.forEach((owner, i) => (owners[i] ??= owner));
      if (owners.every((o) => o !== null)) break;
    }
    return owners;
  }

  async forgetSerials(serialNos: string[], now: number): Promise<void> {
    if (serialNos.length === 0) return;
    for (let day = 0; day <= serialRetentionDays; day++)
      await this.redis.hdel(serialIndexKey(now - day * 86_400_000), ...serialNos);
  }
}

/** Tencent reports delivery within days; receipts for older sends are not waited for. */
export const serialRetentionDays = 7;

function serialIndexKey(at: number): string {
  return `bulk:serials:${new Date(at).toISOString().slice(0, 10)}`;
}
