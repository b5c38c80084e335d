-- Takes one file off a record (a removal) or moves it to another record, in one atomic step, audited. The file is
-- named by its place in the list and its JSON, so a list that changed since the member read it is refused.
--
-- KEYS[1]  dj:{b}:ev:{id}      the record's files
-- KEYS[2]  dj:{b}:ev:audit
-- KEYS[3]  dj:{b}:ev:{to}      (a move) the other record's files
-- KEYS[4]  dj:{b}:rec:{to}     (a move) the other record
-- ARGV     index (0-based), the item as read, actor, time, record id, max files, other record id (a move)
-- Returns  {outcome}; outcome: ok, changed, norecord, undone, full, already
local index, expected, actor, at, id, max, to =
    tonumber(ARGV[1]), ARGV[2], ARGV[3], ARGV[4], ARGV[5], tonumber(ARGV[6]), ARGV[7]

if redis.call('LINDEX', KEYS[1], index) ~= expected then
    return {'changed'}
end
local sha = cjson.decode(expected).sha256
if #KEYS == 4 then
    local activity, deletedAt = unpack(redis.call('HMGET', KEYS[4], 'activity', 'deletedAt'))
    if not activity then
        return {'norecord'}
    end
    if deletedAt then
        return {'undone'}
    end
    local files = redis.call('LRANGE', KEYS[3], 0, -1)
    for _, existing in ipairs(files) do
        if cjson.decode(existing).sha256 == sha then
            return {'already'}
        end
    end
    if #files >= max then
        return {'full'}
    end
end
-- LREM by value would take an identical item elsewhere in the list too: mark this one, then remove the mark
local mark = '\0removed'
redis.call('LSET', KEYS[1], index, mark)
redis.call('LREM', KEYS[1], 1, mark)
if #KEYS == 4 then
    redis.call('RPUSH', KEYS[3], expected)
    redis.call('XADD', KEYS[2], '*', 'action', 'move', 'record', id, 'to', to, 'sha256', sha, 'by', actor, 'at', at)
else
    redis.call('XADD', KEYS[2], '*', 'action', 'remove', 'record', id, 'sha256', sha, 'by', actor, 'at', at)
end
return {'ok'}
