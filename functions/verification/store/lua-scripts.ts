// Every Lua script of the verification function, in this one file (redis-script-runner.ts defines
// and runs them). Redis runs each atomically: limit checks and the writes they guard happen in one
// step, so concurrent requests cannot both pass a check (the tutorial's read-then-write race).
//
// Two kinds of keys, each kind under one hash tag (one cluster slot):
// - a phone's keys share {<E.164>}: code, cooldown, sends per day, wrong codes per day;
// - counters shared across phones share {vc-limits}: per client address (sends, wrong codes) and
//   the SMS budgets (global hour, global day, number prefix per hour).
// On standalone Redis one script touches both kinds (one round trip). On a cluster a script may
// only touch one slot, so the shared counters have their own scripts and the phone scripts are run
// with checkShared = "0" before the shared ones (see redis-code-store.ts, which undoes the phone
// script when a shared counter refuses).
//
// A phone's code key is a hash: h = hash of the code the user has, hx = when h expires (ms, only
// once a newer code is pending), p = hash of a code whose SMS is still being sent, a = wrong
// attempts. A new code goes to p while an older one is live and becomes h only when its SMS was
// sent (confirm): a getSms that ends without an SMS never takes away the code the user already has.

/**
 * Checks and takes the shared counters. KEYS[k..k+3]: ip, smsHour, smsDay, prefixHour.
 * ARGV[a..a+8]: ipLimit, ipWindow, hourLimit, hourTtl, hourRetry, dayLimit, dayTtl, dayRetry, prefixLimit.
 * A budget limit of 0 turns that budget off.
 */
const sharedCounters = `
local function sharedRefusal(k, a)
  local ipCount = tonumber(redis.call('GET', KEYS[k]) or '0')
  if ipCount >= tonumber(ARGV[a]) then
    local ms = redis.call('PTTL', KEYS[k])
    if ms < 0 then ms = tonumber(ARGV[a + 1]) * 1000 end
    return {'ip', math.ceil(ms / 1000), ''}
  end
  local budgets = {
    {k + 1, a + 2, a + 4, 'globalHourly'},
    {k + 2, a + 5, a + 7, 'globalDaily'},
    {k + 3, a + 8, a + 4, 'prefixHourly'},
  }
  for _, b in ipairs(budgets) do
    local limit = tonumber(ARGV[b[2]])
    if limit > 0 and tonumber(redis.call('GET', KEYS[b[1]]) or '0') >= limit then
      return {'budget', tonumber(ARGV[b[3]]), b[4]}
    end
  end
  return nil
end
local function takeShared(k, a)
  if redis.call('INCR', KEYS[k]) == 1 then redis.call('EXPIRE', KEYS[k], ARGV[a + 1]) end
  if tonumber(ARGV[a + 2]) > 0 then redis.call('INCR', KEYS[k + 1]); redis.call('EXPIRE', KEYS[k + 1], ARGV[a + 3]) end
  if tonumber(ARGV[a + 5]) > 0 then redis.call('INCR', KEYS[k + 2]); redis.call('EXPIRE', KEYS[k + 2], ARGV[a + 6]) end
  if tonumber(ARGV[a + 8]) > 0 then redis.call('INCR', KEYS[k + 3]); redis.call('EXPIRE', KEYS[k + 3], ARGV[a + 3]) end
end
local function returnShared(k)
  for i = k, k + 3 do
    if tonumber(redis.call('GET', KEYS[i]) or '0') > 0 then redis.call('DECR', KEYS[i]) end
  end
end
`;

// Fraud guard (service/fraud-guard.ts): per number prefix and per country, codes sent and codes
// verified over a sliding window kept as a ring of small buckets in one hash per scope
// (b<i> = bucket number, s<i> = sent, v<i> = verified), in the {vc-limits} slot next to the
// budgets, so the same scripts keep them: no extra round trip. Active blocks are fields of one hash
// (scope → "untilMs:sent:verified:atMs"), the safe list one set (numbers and prefixes).
// KEYS[k..k+3]: prefixStats, countryStats, safeList, blocks.
// ARGV[g..g+12]: on(1|0), nowMs, bucketSeconds, buckets, phone, prefix, country,
//                prefixMinSends, prefixMinPercent, prefixBlockSeconds,
//                countryMinSends, countryMinPercent, countryBlockSeconds.
const fraudGuard = `
local function guardBucket(g)
  return math.floor(tonumber(ARGV[g + 1]) / 1000 / tonumber(ARGV[g + 2])), tonumber(ARGV[g + 3])
end
local function guardSafe(k, g)
  if redis.call('SCARD', KEYS[k + 2]) == 0 then return false end
  local phone = ARGV[g + 4]
  for n = #phone, 2, -1 do
    if redis.call('SISMEMBER', KEYS[k + 2], string.sub(phone, 1, n)) == 1 then return true end
  end
  return false
end
local function guardTotals(key, bucketNow, buckets)
  local all = redis.call('HGETALL', key)
  local f = {}
  for i = 1, #all, 2 do f[all[i]] = tonumber(all[i + 1]) end
  local sent, verified = 0, 0
  for i = 0, buckets - 1 do
    local b = f['b' .. i]
    if b and b > bucketNow - buckets and b <= bucketNow then
      sent = sent + (f['s' .. i] or 0)
      verified = verified + (f['v' .. i] or 0)
    end
  end
  return sent, verified
end
local function guardCount(k, g, field, delta)
  if ARGV[g] ~= '1' or guardSafe(k, g) then return end
  local bucketNow, buckets = guardBucket(g)
  local i = bucketNow % buckets
  local ttl = (buckets + 1) * tonumber(ARGV[g + 2])
  for _, key in ipairs({KEYS[k], KEYS[k + 1]}) do
    if tonumber(redis.call('HGET', key, 'b' .. i) or '-1') ~= bucketNow then
      if delta > 0 then redis.call('HSET', key, 'b' .. i, bucketNow, 's' .. i, 0, 'v' .. i, 0) end
    end
    if tonumber(redis.call('HGET', key, 'b' .. i) or '-1') == bucketNow then
      if redis.call('HINCRBY', key, field .. i, delta) < 0 then redis.call('HSET', key, field .. i, 0) end
      redis.call('EXPIRE', key, ttl)
    end
  end
end
local function guardRefusal(k, g)
  if ARGV[g] ~= '1' or guardSafe(k, g) then return nil end
  local now = tonumber(ARGV[g + 1])
  local scopes = {
    {KEYS[k], 'prefix:' .. ARGV[g + 5], g + 7},
    {KEYS[k + 1], 'country:' .. ARGV[g + 6], g + 10},
  }
  for _, s in ipairs(scopes) do
    local block = redis.call('HGET', KEYS[k + 3], s[2])
    if block then
      local untilMs = tonumber(string.match(block, '^(%d+)'))
      if untilMs and untilMs > now then return {'fraudGuard', math.ceil((untilMs - now) / 1000), s[2], 0, 0, 0} end
      redis.call('HDEL', KEYS[k + 3], s[2])
    end
  end
  local bucketNow, buckets = guardBucket(g)
  for _, s in ipairs(scopes) do
    local minSends = tonumber(ARGV[s[3]])
    if minSends > 0 then
      local sent, verified = guardTotals(s[1], bucketNow, buckets)
      if sent >= minSends and verified * 100 < tonumber(ARGV[s[3] + 1]) * sent then
        local blockSeconds = tonumber(ARGV[s[3] + 2])
        redis.call('HSET', KEYS[k + 3], s[2], (now + blockSeconds * 1000) .. ':' .. sent .. ':' .. verified .. ':' .. now)
        return {'fraudGuard', blockSeconds, s[2], sent, verified, 1}
      end
    end
  end
  return nil
end
`;

/**
 * Idempotency records (the Idempotency-Key header): KEYS[k] is the record, a hash in the request's
 * own slot; ARGV[a] the request's fingerprint ('' for a request without a key: no record is read or
 * written), ARGV[a + 1] the record's lifetime in seconds. A request that changed something leaves
 * its outcome there, in the same script as the change; a retry with the same key and the same
 * request gets that outcome back instead of running again, a different request is a conflict.
 */
const idempotency = `
local function replayOf(k, a)
  if ARGV[a] == '' then return nil end
  local record = redis.call('HMGET', KEYS[k], 'f', 'o', 'n', 't')
  if not record[1] then return nil end
  if record[1] ~= ARGV[a] then return {'conflict', 0, '', ''} end
  return {'replay', record[2], record[3], record[4]}
end
local function remember(k, a, outcome, n, sealed)
  if ARGV[a] == '' then return end
  redis.call('HSET', KEYS[k], 'f', ARGV[a], 'o', outcome, 'n', n, 't', sealed)
  redis.call('EXPIRE', KEYS[k], ARGV[a + 1])
end
`;

// Verification insights (functions/shared/insights/hourly-counters.ts): one hash per UTC hour in
// the {vc-limits} slot, fields "<metric>|p:<prefix>" and "<metric>|c:<country>" — req (getSms that
// reached the counters), sent, fail (definitely not sent), ver (verified), r:<limit> (refused by
// that limit); delivery receipts add dlv / undlv later. Kept by the same scripts: no extra round trip.
// KEYS[k]: the hour's hash. ARGV[a..a+3]: on(1|0), prefix, country, ttlSeconds.
const insights = `
local function insightsCount(k, a, metric, delta)
  if ARGV[a] ~= '1' then return end
  redis.call('HINCRBY', KEYS[k], metric .. '|p:' .. ARGV[a + 1], delta)
  redis.call('HINCRBY', KEYS[k], metric .. '|c:' .. ARGV[a + 2], delta)
  redis.call('EXPIRE', KEYS[k], ARGV[a + 3])
end
local function insightsRefused(k, a, counted, refusal)
  if counted then
    insightsCount(k, a, 'req', 1)
    insightsCount(k, a, 'r:' .. refusal[1], 1)
  end
  return refusal
end
`;

const nowMs = `
local function nowMs()
  local t = redis.call('TIME')
  return tonumber(t[1]) * 1000 + math.floor(tonumber(t[2]) / 1000)
end
`;

/**
 * KEYS: code, cooldown, day, then (checkShared) ip, smsHour, smsDay, prefixHour
 * ARGV: codeHash, codeTtl, cooldown, dailyLimit, dayTtl, secondsUntilDayEnds, checkShared(1|0),
 *       the nine shared-counter arguments, maxAttempts (an exhausted older code is not kept).
 * Then (checkShared) KEYS[8..11] and ARGV[18..30]: the fraud guard's (see fraudGuard above).
 * Then KEYS[12] and ARGV[31..32]: the idempotency record, fingerprint and recordTtl.
 * Then KEYS[13] and ARGV[33..36]: the insights counters' (see insights above).
 * Returns {"ok", "live"|"pending", ""} or {limit, retryAfterSeconds, budgetName}, or a replay; a
 * fraud-guard refusal adds sent, verified and 1 when this request started the block.
 */
export const issueScript = `${sharedCounters}${fraudGuard}${idempotency}${insights}${nowMs}
local replay = replayOf(12, 31)
if replay then return replay end
local cooldownMs = redis.call('PTTL', KEYS[2])
if cooldownMs > 0 then return insightsRefused(13, 33, ARGV[7] == '1', {'cooldown', math.ceil(cooldownMs / 1000), ''}) end
local sent = tonumber(redis.call('GET', KEYS[3]) or '0')
if sent >= tonumber(ARGV[4]) then return insightsRefused(13, 33, ARGV[7] == '1', {'daily', tonumber(ARGV[6]), ''}) end
local checkShared = ARGV[7] == '1'
if checkShared then
  local refusal = sharedRefusal(4, 8) or guardRefusal(8, 18)
  if refusal then return insightsRefused(13, 33, true, refusal) end
end
if tonumber(ARGV[3]) > 0 then redis.call('SET', KEYS[2], '1', 'EX', ARGV[3]) end
redis.call('INCR', KEYS[3])
redis.call('EXPIRE', KEYS[3], ARGV[5])
if checkShared then
  takeShared(4, 8)
  guardCount(8, 18, 's', 1)
  insightsCount(13, 33, 'req', 1)
  insightsCount(13, 33, 'sent', 1)
end
local live = redis.call('HMGET', KEYS[1], 'h', 'a')
local liveMs = redis.call('PTTL', KEYS[1])
if live[1] and liveMs > 0 and tonumber(live[2] or '0') < tonumber(ARGV[17]) then
  local expiresAt = redis.call('HGET', KEYS[1], 'hx')
  if not expiresAt then redis.call('HSET', KEYS[1], 'hx', nowMs() + liveMs) end
  redis.call('HSET', KEYS[1], 'p', ARGV[1])
  redis.call('PEXPIRE', KEYS[1], math.max(liveMs, tonumber(ARGV[2]) * 1000))
  remember(12, 31, 'sent', ARGV[2], '')
  return {'ok', 'pending', ''}
end
redis.call('DEL', KEYS[1])
redis.call('HSET', KEYS[1], 'h', ARGV[1], 'a', 0)
redis.call('EXPIRE', KEYS[1], ARGV[2])
remember(12, 31, 'sent', ARGV[2], '')
return {'ok', 'live', ''}
`;

/**
 * KEYS: code. ARGV: codeHash, codeTtl.
 * The pending code's SMS was sent: it replaces the older code, with fresh attempts.
 */
export const confirmScript = `
if redis.call('HGET', KEYS[1], 'p') ~= ARGV[1] then return 0 end
redis.call('DEL', KEYS[1])
redis.call('HSET', KEYS[1], 'h', ARGV[1], 'a', 0)
redis.call('EXPIRE', KEYS[1], ARGV[2])
return 1
`;

/**
 * KEYS: code, cooldown, day, then (releaseShared) ip, smsHour, smsDay, prefixHour
 * ARGV: codeHash, releaseShared(1|0), then (releaseShared) KEYS[8..11] and ARGV[3..15]: the fraud guard's
 * KEYS[12]: the idempotency record, removed (a retry with the same key runs again)
 * The SMS was definitely not sent: counters back, and this request's code removed — only if it is
 * still the one this request stored; an older live code stays.
 */
export const releaseScript = `${sharedCounters}${fraudGuard}${insights}
if redis.call('HGET', KEYS[1], 'p') == ARGV[1] then
  redis.call('HDEL', KEYS[1], 'p')
  local expiresAt = redis.call('HGET', KEYS[1], 'hx')
  if expiresAt then
    redis.call('HDEL', KEYS[1], 'hx')
    redis.call('PEXPIREAT', KEYS[1], expiresAt)
  end
elseif redis.call('HGET', KEYS[1], 'h') == ARGV[1] and not redis.call('HGET', KEYS[1], 'p') then
  redis.call('DEL', KEYS[1])
end
redis.call('DEL', KEYS[2])
if tonumber(redis.call('GET', KEYS[3]) or '0') > 0 then redis.call('DECR', KEYS[3]) end
if ARGV[2] == '1' then
  returnShared(4)
  guardCount(8, 3, 's', -1)
  insightsCount(13, 16, 'sent', -1)
  insightsCount(13, 16, 'fail', 1)
end
redis.call('DEL', KEYS[12])
return 1
`;

/**
 * KEYS: ip, smsHour, smsDay, prefixHour, then the fraud guard's four. ARGV: the nine shared-counter
 * arguments, then the fraud guard's thirteen.
 * Cluster mode: takes one unit of the per-address cap and of each budget, or reports which refuses.
 */
export const takeSharedScript = `${sharedCounters}${fraudGuard}${insights}
local refusal = sharedRefusal(1, 1) or guardRefusal(5, 10)
if refusal then return insightsRefused(9, 23, true, refusal) end
takeShared(1, 1)
guardCount(5, 10, 's', 1)
insightsCount(9, 23, 'req', 1)
insightsCount(9, 23, 'sent', 1)
return {'ok', '', ''}
`;

/**
 * KEYS: the insights hour. ARGV: the insights' four (on, prefix, country, ttlSeconds), then the limit.
 * Cluster mode: a getSms the phone script refused (cooldown, daily) is counted here, in the
 * {vc-limits} slot the phone script cannot reach, as requested and refused by that limit — what the
 * standalone issue script counts in the same step.
 */
export const countRefusalScript = `${insights}
insightsRefused(1, 1, true, {ARGV[5]})
return 1
`;

/**
 * KEYS: ip, smsHour, smsDay, prefixHour, then the fraud guard's four. ARGV: the fraud guard's thirteen.
 * Cluster mode: gives back the units takeShared took.
 */
export const returnSharedScript = `${sharedCounters}${fraudGuard}${insights}
returnShared(1)
guardCount(5, 1, 's', -1)
insightsCount(9, 14, 'sent', -1)
insightsCount(9, 14, 'fail', 1)
return 1
`;

/**
 * KEYS: code, wrongDay, then (checkShared) ipWrong
 * ARGV: codeHash, maxAttempts, phoneDailyWrongLimit, wrongDayTtl, secondsUntilDayEnds, checkShared(1|0),
 *       ipWrongLimit, ipWrongWindow
 * Refuses before looking at the code when the address or the phone has used its wrong-code budget,
 * so a refused guess is not evaluated. The attempt is counted before anything else can run, so N
 * parallel guesses evaluate at most maxAttempts of them. HINCRBY keeps the key's TTL: a wrong guess
 * never extends a code's life. Comparing hex HMACs with == leaks nothing useful: timing can only
 * reveal a prefix of a keyed hash, not of the code.
 * With checkShared, a match also counts as verified for the fraud guard: KEYS[guardKey..+3] and
 * ARGV[guardArg..+12] are the fraud guard's (see fraudGuard above). KEYS[recordKey] and
 * ARGV[recordArg..+2] are the idempotency record, fingerprint, recordTtl and the sealed session a
 * replay of the match hands back.
 * Returns {kind, number, limitName}, or a replay.
 */
const verifyLua = (
  onMatch: string,
  guardKey: number,
  guardArg: number,
  recordKey: number,
  recordArg: number,
  insightsKey: number,
  insightsArg: number,
) => `${fraudGuard}${idempotency}${insights}${nowMs}
local replay = replayOf(${recordKey}, ${recordArg})
if replay then return replay end
local checkShared = ARGV[6] == '1'
if checkShared and tonumber(redis.call('GET', KEYS[3]) or '0') >= tonumber(ARGV[7]) then
  local ms = redis.call('PTTL', KEYS[3])
  if ms < 0 then ms = tonumber(ARGV[8]) * 1000 end
  return {'limited', math.ceil(ms / 1000), 'loginIp'}
end
if tonumber(redis.call('GET', KEYS[2]) or '0') >= tonumber(ARGV[3]) then
  return {'limited', tonumber(ARGV[5]), 'loginPhone'}
end
local stored = redis.call('HMGET', KEYS[1], 'h', 'hx', 'p', 'a')
local live = stored[1]
if live and stored[2] and nowMs() >= tonumber(stored[2]) then live = false end
if not live and not stored[3] then return {'absent', 0, ''} end
local maxAttempts = tonumber(ARGV[2])
local used = tonumber(stored[4] or '0')
if used >= maxAttempts then return {'exhausted', 0, ''} end
if live == ARGV[1] or stored[3] == ARGV[1] then
  redis.call('DEL', KEYS[1])
  ${onMatch}
  if checkShared then
    guardCount(${guardKey}, ${guardArg}, 'v', 1)
    insightsCount(${insightsKey}, ${insightsArg}, 'ver', 1)
  end
  remember(${recordKey}, ${recordArg}, 'matched', 0, ARGV[${recordArg + 2}])
  return {'matched', 0, ''}
end
used = redis.call('HINCRBY', KEYS[1], 'a', 1)
redis.call('INCR', KEYS[2])
redis.call('EXPIRE', KEYS[2], ARGV[4])
if checkShared then
  if redis.call('INCR', KEYS[3]) == 1 then redis.call('EXPIRE', KEYS[3], ARGV[8]) end
end
remember(${recordKey}, ${recordArg}, 'wrong', maxAttempts - used, '')
return {'wrong', maxAttempts - used, ''}
`;

/**
 * KEYS: code, wrongDay, ipWrong, then the fraud guard's four, then the idempotency record;
 * ARGV: as above, then the fraud guard's thirteen, then fingerprint, recordTtl, sealed session.
 */
export const verifyScript = verifyLua("", 4, 9, 8, 22, 9, 25);

/**
 * KEYS: ipWrong. ARGV: ipWrongLimit, ipWrongWindow.
 * Cluster mode: takes one unit of the address's wrong-code budget before the phone script runs.
 */
export const takeLoginUnitScript = `
local count = tonumber(redis.call('GET', KEYS[1]) or '0')
if count >= tonumber(ARGV[1]) then
  local ms = redis.call('PTTL', KEYS[1])
  if ms < 0 then ms = tonumber(ARGV[2]) * 1000 end
  return {'limited', math.ceil(ms / 1000), 'loginIp'}
end
if redis.call('INCR', KEYS[1]) == 1 then redis.call('EXPIRE', KEYS[1], ARGV[2]) end
return {'ok', 0, ''}
`;

/**
 * KEYS: ipWrong[, then the fraud guard's four]. ARGV: [matched(1|0), then the fraud guard's thirteen].
 * Cluster mode: gives back a unit when the guess was not wrong (or not evaluated); after a match
 * it also counts the code as verified for the fraud guard (the same round trip).
 */
export const returnLoginUnitScript = `${fraudGuard}${insights}
if tonumber(redis.call('GET', KEYS[1]) or '0') > 0 then redis.call('DECR', KEYS[1]) end
if ARGV[1] == '1' then
  guardCount(2, 2, 'v', 1)
  insightsCount(6, 15, 'ver', 1)
end
return 1
`;

// Sessions. A refresh-token family is one hash under its own tag {rt:<familyId>}:
//   p = E.164 phone, c = SHA-256 of the family's current token, g = generation, r = 1 once revoked,
//   x = when the family ends whatever its rotations (ms; its absolute lifetime).
// The key expires with the current token (sliding: each rotation sets the full lifetime again, but
// never past x). Beside it, <family>:retired is a sorted set of the hashes of its last retired
// tokens (score = generation), so a replayed retired token can be told from a made-up one.

/** Retired token hashes kept per family: a token older than this many rotations is just invalid. */
export const retiredTokensKept = 100;

/**
 * Lua that (re)creates the family at KEYS[familyKey] from ARGV tokenHash, phone, refreshTtl and
 * endsAt (ms: when the family's absolute lifetime is over).
 */
const startSessionLua = (familyKey: number, tokenHash: number, phone: number, ttl: number, endsAt: number) => `
redis.call('DEL', KEYS[${familyKey}])
redis.call('HSET', KEYS[${familyKey}], 'p', ARGV[${phone}], 'c', ARGV[${tokenHash}], 'g', 1, 'r', 0, 'x', ARGV[${endsAt}])
redis.call('EXPIRE', KEYS[${familyKey}], ARGV[${ttl}])
`;

/**
 * KEYS: code, wrongDay, ipWrong, family, then the fraud guard's four, then the idempotency record
 * ARGV: as verifyScript (checkShared is always 1 here), then tokenHash, phone, refreshTtl, then the
 *       fraud guard's thirteen, then fingerprint, recordTtl, sealed session, then the family's endsAt
 * Standalone Redis: the wrong-code budgets, the code check and the new session in one atomic step
 * (one round trip), so a matched code always comes with its refresh token and a failed or refused
 * one never creates a session.
 */
export const verifyAndStartSessionScript = verifyLua(startSessionLua(4, 9, 10, 11, 32), 5, 12, 9, 25, 10, 28);

/**
 * KEYS: family, family
 * ARGV: tokenHash, phone, refreshTtl, onlyIfAbsent(1|''), the family's endsAt (ms)
 * Cluster: the family has its own slot, so the session is created by a second script after the
 * code matched (two round trips). A replayed login creates it only if the first request did not
 * get that far; a family that exists (perhaps rotated since) is left alone.
 */
export const startSessionScript = `
if ARGV[4] == '1' and redis.call('EXISTS', KEYS[1]) == 1 then return 0 end
${startSessionLua(1, 1, 2, 3, 5)}
return 1
`;

/**
 * KEYS: family, idempotency record, retired
 * ARGV: presentedHash, newHash, refreshTtl, fingerprint, recordTtl, sealed session, nowMs, family lifetime
 * Rotation with reuse detection: the current token is swapped for the new one; any other token of
 * a live family is a retired one being replayed, so the whole family is revoked (OAuth 2.0
 * Security BCP). Two parallel refreshes with one token: the script runs once at a time, so exactly
 * one finds its token current. Only a token the family really issued counts as reuse: a made-up
 * secret with a real family id is invalid and changes nothing. Past the family's absolute lifetime
 * (x; set on the first rotation for a family created before it existed) the family is invalid.
 * Returns {kind, phone, secondsLeft}: secondsLeft is the new token's lifetime.
 */
export const refreshSessionScript = `${idempotency}
local replay = replayOf(2, 4)
if replay then return replay end
local family = redis.call('HMGET', KEYS[1], 'p', 'c', 'r', 'g', 'x')
if not family[1] then return {'invalid', '', 0} end
if family[3] == '1' then return {'revoked', '', 0} end
if family[2] ~= ARGV[1] then
  if not redis.call('ZSCORE', KEYS[3], ARGV[1]) then return {'invalid', '', 0} end
  redis.call('HSET', KEYS[1], 'r', 1)
  remember(2, 4, 'reused', 0, '')
  return {'reused', '', 0}
end
local now = tonumber(ARGV[7])
local endsAt = tonumber(family[5] or '0')
if endsAt == 0 then
  endsAt = now + tonumber(ARGV[8]) * 1000
  redis.call('HSET', KEYS[1], 'x', endsAt)
end
local ttlMs = math.min(tonumber(ARGV[3]) * 1000, endsAt - now)
if ttlMs <= 0 then return {'invalid', '', 0} end
redis.call('HSET', KEYS[1], 'c', ARGV[2])
local generation = redis.call('HINCRBY', KEYS[1], 'g', 1)
redis.call('PEXPIRE', KEYS[1], ttlMs)
redis.call('ZADD', KEYS[3], generation - 1, ARGV[1])
redis.call('ZREMRANGEBYRANK', KEYS[3], 0, -${retiredTokensKept + 1})
redis.call('PEXPIRE', KEYS[3], ttlMs)
local secondsLeft = math.floor(ttlMs / 1000)
remember(2, 4, 'rotated', family[1] .. ' ' .. secondsLeft, ARGV[6])
return {'rotated', family[1], secondsLeft}
`;

/**
 * KEYS: family, retired
 * ARGV: presentedHash
 * Logout revokes the family of any token it issued (current or one of its last retired ones); the
 * key stays until it expires so a later refresh with any of its tokens is refused as revoked. A
 * made-up secret with a real family id is invalid and changes nothing.
 */
export const revokeSessionScript = `
local family = redis.call('HMGET', KEYS[1], 'p', 'c')
if not family[1] then return {'invalid', ''} end
if family[2] ~= ARGV[1] and not redis.call('ZSCORE', KEYS[2], ARGV[1]) then return {'invalid', ''} end
redis.call('HSET', KEYS[1], 'r', 1)
return {'revoked', family[1]}
`;
