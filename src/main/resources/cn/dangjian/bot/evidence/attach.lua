-- Attaches one file to one record in one atomic step: checks that the record is live, not already holding the file,
-- below the files-per-record limit, and that a file new to the branch fits its quota; then appends the file to the
-- record's list, counts new bytes against the quota and appends 'attach' to the evidence audit stream. Nothing is
-- written when a check fails.
--
-- KEYS[1]  dj:{b}:ev:{id}      the record's files (JSON items)
-- KEYS[2]  dj:{b}:ev:files     SHA-256 -> size of every distinct file the branch keeps
-- KEYS[3]  dj:{b}:ev:bytes     their total
-- KEYS[4]  dj:{b}:ev:audit
-- KEYS[5]  dj:{b}:rec:{id}     the record (its deletedAt marks an undone one)
-- ARGV     item (JSON), sha256, size, max files, quota in bytes, actor, time, record id
-- Returns  {outcome, files on the record}; outcome: ok, already, norecord, undone, full, quota
local item, sha, size, max, quota, actor, at, id =
    ARGV[1], ARGV[2], tonumber(ARGV[3]), tonumber(ARGV[4]), tonumber(ARGV[5]), ARGV[6], ARGV[7], ARGV[8]

local activity, deletedAt = unpack(redis.call('HMGET', KEYS[5], 'activity', 'deletedAt'))
if not activity then
    return {'norecord', 0}
end
if deletedAt then
    return {'undone', 0}
end
local files = redis.call('LRANGE', KEYS[1], 0, -1)
for _, existing in ipairs(files) do
    if cjson.decode(existing).sha256 == sha then
        return {'already', #files}
    end
end
if #files >= max then
    return {'full', #files}
end
local new = redis.call('HEXISTS', KEYS[2], sha) == 0
if new and tonumber(redis.call('GET', KEYS[3]) or '0') + size > quota then
    return {'quota', #files}
end
if new then
    redis.call('HSET', KEYS[2], sha, size)
    redis.call('INCRBY', KEYS[3], size)
end
redis.call('RPUSH', KEYS[1], item)
redis.call('XADD', KEYS[4], '*', 'action', 'attach', 'record', id, 'sha256', sha, 'by', actor, 'at', at)
return {'ok', #files + 1}
