-- Logs every record of one message in one atomic step: id, record hash, date index, counters, audit.
-- A redelivered message (same msgId) finds its first result and changes nothing.
--
-- KEYS[1]  dj:{b}:seq
-- KEYS[2]  dj:{b}:msg:{msgId}   (absent when the call has no msgId)
-- ARGV     prefix (dj:{b}:), seconds to remember the msgId, then per record: the record in wire format (no id yet)
--          and its date's epoch day
-- Returns  {'new' or 'again', 'log:' and the ids, comma-separated}
local prefix, ttl = ARGV[1], ARGV[2]

if KEYS[2] then
    local earlier = redis.call('GET', KEYS[2])
    if earlier then
        return {'again', earlier}
    end
end

local ids = {}
for i = 3, #ARGV, 2 do
    local record, epochDay = parse_record(ARGV[i]), ARGV[i + 1]
    local year, month = string.sub(record.date, 1, 4), tonumber(string.sub(record.date, 6, 7))

    local id = redis.call('INCR', KEYS[1])
    record.id = tostring(id)
    local hash = {}
    for _, field in ipairs(RECORD) do
        if record[field] then
            hash[#hash + 1] = field
            hash[#hash + 1] = record[field]
        end
    end
    redis.call('HSET', prefix .. 'rec:' .. id, unpack(hash))

    -- The score is epochDay followed by the id on nine digits: dates order first, then ids. Built as a string so
    -- that Lua's number formatting cannot round it; Redis parses it exactly (below 2^53).
    redis.call('ZADD', prefix .. 'dates:' .. year, epochDay .. string.format('%09d', id), id)

    local counters, field = prefix .. 'tally:' .. year, record.activity .. ':' .. month
    redis.call('HINCRBY', counters, field .. ':c', record.count)
    if record.participants and record.participants ~= '0' then
        redis.call('HINCRBY', counters, field .. ':p', record.participants)
    end
    if record.amountFen and record.amountFen ~= '0' then
        redis.call('HINCRBY', counters, field .. ':f', record.amountFen)
    end

    -- what was logged is in the record, which stays; the audit says who did what when
    redis.call('XADD', prefix .. 'audit', '*', 'action', 'create', 'record', id, 'actor', record.senderId,
               'at', record.createdAt, 'msgId', record.msgId or '')
    table.insert(ids, id)
end

local result = 'log:' .. table.concat(ids, ',')
if KEYS[2] then
    redis.call('SET', KEYS[2], result, 'EX', ttl)
end
return {'new', result}
