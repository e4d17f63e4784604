// Lua scripts run atomically by Redis: limit checks and the writes they guard happen in one step,
// so concurrent requests cannot both pass a check (the tutorial's read-then-write race).
//
// Phone keys share the hash tag {<E.164>} and so one cluster slot. The per-IP counter must be
// shared across phones, so it lives under its own tag {ip:<addr>}; on standalone Redis one script
// may touch both (one round trip), on a cluster it cannot, so the IP counter has its own scripts
// (see redis-code-store.ts). ARGV[checkIp] tells the phone script whether it owns the IP counter.

/**
 * KEYS: code, cooldown, day, ip
 * ARGV: codeHash, codeTtl, cooldown, dailyLimit, dayTtl, secondsUntilDayEnds, ipLimit, ipWindow, checkIp(1|0)
 * Returns {"ok", 0} or {limit, retryAfterSeconds}.
 */
export const issueScript = `
local cooldownMs = redis.call('PTTL', KEYS[2])
if cooldownMs > 0 then return {'cooldown', math.ceil(cooldownMs / 1000)} end
local sent = tonumber(redis.call('GET', KEYS[3]) or '0')
if sent >= tonumber(ARGV[4]) then return {'daily', tonumber(ARGV[6])} end
local checkIp = ARGV[9] == '1'
if checkIp then
  local ipCount = tonumber(redis.call('GET', KEYS[4]) or '0')
  if ipCount >= tonumber(ARGV[7]) then
    local ipMs = redis.call('PTTL', KEYS[4])
    if ipMs < 0 then ipMs = tonumber(ARGV[8]) * 1000 end
    return {'ip', math.ceil(ipMs / 1000)}
  end
end
if tonumber(ARGV[3]) > 0 then redis.call('SET', KEYS[2], '1', 'EX', ARGV[3]) end
redis.call('INCR', KEYS[3])
redis.call('EXPIRE', KEYS[3], ARGV[5])
if checkIp then
  if redis.call('INCR', KEYS[4]) == 1 then redis.call('EXPIRE', KEYS[4], ARGV[8]) end
end
redis.call('DEL', KEYS[1])
redis.call('HSET', KEYS[1], 'h', ARGV[1], 'a', 0)
redis.call('EXPIRE', KEYS[1], ARGV[2])
return {'ok', 0}
`;

/**
 * KEYS: code, cooldown, day, ip
 * ARGV: codeHash, releaseIp(1|0)
 * Deletes the code only if it is still the one this request stored.
 */
export const releaseScript = `
if redis.call('HGET', KEYS[1], 'h') == ARGV[1] then redis.call('DEL', KEYS[1]) end
redis.call('DEL', KEYS[2])
if tonumber(redis.call('GET', KEYS[3]) or '0') > 0 then redis.call('DECR', KEYS[3]) end
if ARGV[2] == '1' and tonumber(redis.call('GET', KEYS[4]) or '0') > 0 then redis.call('DECR', KEYS[4]) end
return 1
`;

/**
 * KEYS: ip
 * ARGV: ipLimit, ipWindow
 * Cluster mode: takes one unit of the per-IP hourly budget, or reports when it frees up.
 */
export const takeIpBudgetScript = `
local count = tonumber(redis.call('GET', KEYS[1]) or '0')
if count >= tonumber(ARGV[1]) then
  local ms = redis.call('PTTL', KEYS[1])
  if ms < 0 then ms = tonumber(ARGV[2]) * 1000 end
  return {'ip', math.ceil(ms / 1000)}
end
if redis.call('INCR', KEYS[1]) == 1 then redis.call('EXPIRE', KEYS[1], ARGV[2]) end
return {'ok', 0}
`;

/** KEYS: ip. Cluster mode: gives back one unit taken by takeIpBudget. */
export const returnIpBudgetScript = `
if tonumber(redis.call('GET', KEYS[1]) or '0') > 0 then redis.call('DECR', KEYS[1]) end
return 1
`;

/**
 * KEYS: code
 * ARGV: codeHash, maxAttempts
 * The attempt is counted before anything else can run, so N parallel guesses evaluate at most
 * maxAttempts of them. HINCRBY keeps the key's TTL: a wrong guess never extends a code's life.
 * Comparing hex HMACs with == leaks nothing useful: timing can only reveal a prefix of a keyed
 * hash, not of the code.
 */
export const verifyScript = `
local stored = redis.call('HMGET', KEYS[1], 'h', 'a')
if not stored[1] then return {'absent', 0} end
local maxAttempts = tonumber(ARGV[2])
local used = tonumber(stored[2] or '0')
if used >= maxAttempts then return {'exhausted', 0} end
if stored[1] == ARGV[1] then
  redis.call('DEL', KEYS[1])
  return {'matched', 0}
end
used = redis.call('HINCRBY', KEYS[1], 'a', 1)
return {'wrong', maxAttempts - used}
`;

// Sessions. A refresh-token family is one hash under its own tag {rt:<familyId>}:
//   p = E.164 phone, c = SHA-256 of the family's current token, g = generation, r = 1 once revoked.
// The key expires with the current token (sliding: each rotation sets the full lifetime again).

const startSessionLua = `
redis.call('DEL', KEYS[2])
redis.call('HSET', KEYS[2], 'p', ARGV[4], 'c', ARGV[3], 'g', 1, 'r', 0)
redis.call('EXPIRE', KEYS[2], ARGV[5])
`;

/**
 * KEYS: code, family
 * ARGV: codeHash, maxAttempts, tokenHash, phone, refreshTtl
 * Standalone Redis: the code check and the new session in one atomic step (one round trip), so a
 * matched code always comes with its refresh token and a failed one never creates a session.
 */
export const verifyAndStartSessionScript = `
local stored = redis.call('HMGET', KEYS[1], 'h', 'a')
if not stored[1] then return {'absent', 0} end
local maxAttempts = tonumber(ARGV[2])
local used = tonumber(stored[2] or '0')
if used >= maxAttempts then return {'exhausted', 0} end
if stored[1] == ARGV[1] then
  redis.call('DEL', KEYS[1])
  ${startSessionLua}
  return {'matched', 0}
end
used = redis.call('HINCRBY', KEYS[1], 'a', 1)
return {'wrong', maxAttempts - used}
`;

/**
 * KEYS: (code placeholder), family — same ARGV as verifyAndStartSession.
 * Cluster: the family has its own slot, so the session is created by a second script after the
 * code matched (two round trips).
 */
export const startSessionScript = `
${startSessionLua}
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
