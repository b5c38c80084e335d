-- Takes files whose holds have lapsed for deletion: off the held set and marked as being deleted until a time (so that
-- a sweep that dies halfway blocks nobody for long). One instance takes each file.
--
-- KEYS[1]  dj:{evidence}:held      KEYS[2]  dj:{evidence}:deleting
-- ARGV     holds up to this time (epoch milliseconds) have lapsed, how many at most, the marks' end,
--          and optionally one sha256: that file alone, if no later hold extended it
-- Returns  the SHA-256 taken
local taken
if ARGV[4] then
    local held = redis.call('ZSCORE', KEYS[1], ARGV[4])
    taken = {}
    if held and tonumber(held) <= tonumber(ARGV[1]) then
        taken[1] = ARGV[4]
    end
else
    taken = redis.call('ZRANGEBYSCORE', KEYS[1], '-inf', ARGV[1], 'LIMIT', 0, tonumber(ARGV[2]))
end
for _, sha in ipairs(taken) do
    redis.call('ZREM', KEYS[1], sha)
    redis.call('HSET', KEYS[2], sha, ARGV[3])
end
return taken
