-- Admits a file to a branch before a record takes it: a file the branch does not keep yet is counted against the
-- branch's quota, with its details, in one atomic step; nothing is written when it does not fit.
--
-- KEYS[1]  dj:{b}:ev:files     SHA-256 -> the file's details (JSON) of every distinct file the branch keeps
-- KEYS[2]  dj:{b}:ev:bytes     their total size
-- ARGV     sha256, details (JSON), size, quota in bytes
-- Returns  'known' (kept already), 'new' (admitted now) or 'quota'
local sha, details, size, quota = ARGV[1], ARGV[2], tonumber(ARGV[3]), tonumber(ARGV[4])
if redis.call('HEXISTS', KEYS[1], sha) == 1 then
    return 'known'
end
if tonumber(redis.call('GET', KEYS[2]) or '0') + size > quota then
    return 'quota'
end
redis.call('HSET', KEYS[1], sha, details)
redis.call('INCRBY', KEYS[2], size)
return 'new'
