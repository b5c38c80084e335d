-- Holds a file's bytes for a message that brought them, until a time: a later hold extends it, an earlier one changes
-- nothing. Refused while the sweep is deleting those bytes (the caller waits and keeps them again).
--
-- KEYS[1]  dj:{evidence}:held      SHA-256 -> until when its bytes are held (epoch milliseconds)
-- KEYS[2]  dj:{evidence}:deleting  SHA-256 -> until when the sweep may still be deleting them
-- ARGV     sha256, until, now
-- Returns  1 (held) or 0 (being deleted)
local deleting = redis.call('HGET', KEYS[2], ARGV[1])
if deleting then
    if tonumber(deleting) > tonumber(ARGV[3]) then
        return 0
    end
    -- a sweep that died halfway: its mark has lapsed
    redis.call('HDEL', KEYS[2], ARGV[1])
end
local held = redis.call('ZSCORE', KEYS[1], ARGV[1])
if not held or tonumber(held) < tonumber(ARGV[2]) then
    redis.call('ZADD', KEYS[1], ARGV[2], ARGV[1])
end
return 1
