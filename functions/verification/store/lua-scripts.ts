// Lua scripts run atomically by Redis: limit checks and the writes they guard happen in one step,
// so concurrent requests cannot both pass a check (the tutorial's read-then-write race).
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
 * Returns {"ok", "live"|"pending", ""} or {limit, retryAfterSeconds, budgetName}.
 */
export const issueScript = `${sharedCounters}${nowMs}
local cooldownMs = redis.call('PTTL', KEYS[2])
if cooldownMs > 0 then return {'cooldown', math.ceil(cooldownMs / 1000), ''} end
local sent = tonumber(redis.call('GET', KEYS[3]) or '0')
if sent >= tonumber(ARGV[4]) then return {'daily', tonumber(ARGV[6]), ''} end
local checkShared = ARGV[7] == '1'
if checkShared then
  local refusal = sharedRefusal(4, 8)
  if refusal then return refusal end
end
if tonumber(ARGV[3]) > 0 then redis.call('SET', KEYS[2], '1', 'EX', ARGV[3]) end
redis.call('INCR', KEYS[3])
redis.call('EXPIRE', KEYS[3], ARGV[5])
if checkShared then takeShared(4, 8) end
local live = redis.call('HMGET', KEYS[1], 'h', 'a')
local liveMs = redis.call('PTTL', KEYS[1])
if live[1] and liveMs > 0 and tonumber(live[2] or '0') < tonumber(ARGV[17]) then
  local expiresAt = redis.call('HGET', KEYS[1], 'hx')
  if not expiresAt then redis.call('HSET', KEYS[1], 'hx', nowMs() + liveMs) end
  redis.call('HSET', KEYS[1], 'p', ARGV[1])
  redis.call('PEXPIRE', KEYS[1], math.max(liveMs, tonumber(ARGV[2]) * 1000))
  return {'ok', 'pending', ''}
end
redis.call('DEL', KEYS[1])
redis.call('HSET', KEYS[1], 'h', ARGV[1], 'a', 0)
redis.call('EXPIRE', KEYS[1], ARGV[2])
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
 * ARGV: codeHash, releaseShared(1|0)
 * The SMS was definitely not sent: counters back, and this request's code removed — only if it is
 * still the one this request stored; an older live code stays.
 */
export const releaseScript = `${sharedCounters}
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
if ARGV[2] == '1' then returnShared(4) end
return 1
`;

/**
 * KEYS: ip, smsHour, smsDay, prefixHour. ARGV: the nine shared-counter arguments.
 * Cluster mode: takes one unit of the per-address cap and of each budget, or reports which refuses.
 */
export const takeSharedScript = `${sharedCounters}
local refusal = sharedRefusal(1, 1)
if refusal then return refusal end
takeShared(1, 1)
return {'ok', '', ''}
`;

/** KEYS: ip, smsHour, smsDay, prefixHour. Cluster mode: gives back the units takeShared took. */
export const returnSharedScript = `${sharedCounters}
returnShared(1)
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
 * Returns {kind, number, limitName}.
 */
const verifyLua = (onMatch: string) => `${nowMs}
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
  return {'matched', 0, ''}
end
used = redis.call('HINCRBY', KEYS[1], 'a', 1)
redis.call('INCR', KEYS[2])
redis.call('EXPIRE', KEYS[2], ARGV[4])
if checkShared then
  if redis.call('INCR', KEYS[3]) == 1 then redis.call('EXPIRE', KEYS[3], ARGV[8]) end
end
return {'wrong', maxAttempts - used, ''}
`;

export const verifyScript = verifyLua("");

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

/** KEYS: ipWrong. Cluster mode: gives back a unit when the guess was not wrong (or not evaluated). */
export const returnLoginUnitScript = `
if tonumber(redis.call('GET', KEYS[1]) or '0') > 0 then redis.call('DECR', KEYS[1]) end
return 1
`;

// Sessions. A refresh-token family is one hash under its own tag {rt:<familyId>}:
//   p = E.164 phone, c = SHA-256 of the family's current token, g = generation, r = 1 once revoked.
// The key expires with the current token (sliding: each rotation sets the full lifetime again).

/** Lua that (re)creates the family at KEYS[familyKey] from ARGV tokenHash, phone, refreshTtl. */
export const startSessionLua = (familyKey: number, tokenHash: number, phone: number, ttl: number) => `
redis.call('DEL', KEYS[${familyKey}])
redis.call('HSET', KEYS[${familyKey}], 'p', ARGV[${phone}], 'c', ARGV[${tokenHash}], 'g', 1, 'r', 0)
redis.call('EXPIRE', KEYS[${familyKey}], ARGV[${ttl}])
`;

/**
 * KEYS: code, wrongDay, ipWrong, family
 * ARGV: as verifyScript (checkShared is always 1 here), then tokenHash, phone, refreshTtl
 * Standalone Redis: the wrong-code budgets, the code check and the new session in one atomic step
 * (one round trip), so a matched code always comes with its refresh token and a failed or refused
 * one never creates a session.
 */
export const verifyAndStartSessionScript = verifyLua(startSessionLua(4, 9, 10, 11));

/**
 * KEYS: family, family
 * ARGV: tokenHash, phone, refreshTtl
 * Cluster: the family has its own slot, so the session is created by a second script after the
 * code matched (two round trips).
 */
export const startSessionScript = `
${startSessionLua(1, 1, 2, 3)}
return 1
`;

/**
 * KEYS: family
 * ARGV: presentedHash, newHash, refreshTtl
 * Rotation with reuse detection: the current token is swapped for the new one; any other token of
 * a live family is a retired one being replayed, so the whole family is revoked (OAuth 2.0
 * Security BCP). Two parallel refreshes with one token: the script runs once at a time, so exactly
 * one finds its token current.
 */
export const refreshSessionScript = `
local family = redis.call('HMGET', KEYS[1], 'p', 'c', 'r')
if not family[1] then return {'invalid', ''} end
if family[3] == '1' then return {'revoked', ''} end
if family[2] ~= ARGV[1] then
  redis.call('HSET', KEYS[1], 'r', 1)
  return {'reused', ''}
end
redis.call('HSET', KEYS[1], 'c', ARGV[2])
redis.call('HINCRBY', KEYS[1], 'g', 1)
redis.call('EXPIRE', KEYS[1], ARGV[3])
return {'rotated', family[1]}
`;

/**
 * KEYS: family
 * ARGV: presentedHash
 * Logout revokes the family of any token it ever issued (current or retired); the key stays until
 * it expires so a later refresh with any of its tokens is refused as revoked.
 */
export const revokeSessionScript = `
local family = redis.call('HMGET', KEYS[1], 'p', 'r')
if not family[1] then return {'invalid', ''} end
redis.call('HSET', KEYS[1], 'r', 1)
return {'revoked', family[1]}
`;
