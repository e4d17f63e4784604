// Calendar days in Asia/Shanghai, which the daily caps count in, and the UTC hours of the hourly budgets. China has had no DST since
// 1991, so a fixed UTC+8 offset is exact and avoids shipping time-zone data in the bundle.
const offsetMs = 8 * 60 * 60 * 1000;
const dayMs = 24 * 60 * 60 * 1000;

/** "20261124" for the Shanghai calendar day containing `now`. */
export function shanghaiDayStamp(now: Date): string {
  const local = new Date(now.getTime() + offsetMs);
  const y = local.getUTCFullYear();
  const m = String(local.getUTCMonth() + 1).padStart(2, "0");
  const d = String(local.getUTCDate()).padStart(2, "0");
  return `${y}${m}${d}`;
}

/** Whole seconds (≥ 1) until the next Shanghai midnight. */
export function secondsUntilShanghaiMidnight(now: Date): number {
  const localMs = now.getTime() + offsetMs;
  const nextMidnight = Math.floor(localMs / dayMs) * dayMs + dayMs;
  return Math.max(1, Math.ceil((nextMidnight - localMs) / 1000));
}

/** "2026112408" for the UTC hour containing `now` (the hourly SMS budgets' window). */
export function utcHourStamp(now: Date): string {
  return now.toISOString().slice(0, 13).replace(/[-T]/g, "");
}

/** Whole seconds (≥ 1) until the next full UTC hour. */
export function secondsUntilHourEnds(now: Date): number {
  const hourMs = 60 * 60 * 1000;
  return Math.max(1, Math.ceil((hourMs - (now.getTime() % hourMs)) / 1000));
}
