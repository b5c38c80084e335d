-- Logs every record of one message in one atomic step: id, record hash, date index, counters, audit.
-- A redelivered message (same msgId) finds its first result and changes nothing.
--
-- KEYS[1]  dj:{b}:seq
-- KEYS[2]  dj:{b}:msg:{msgId}   (absent when the call has no msgId)
-- ARGV     prefix (dj:{b}:), senderId, senderNick, createdAt, msgId, seconds to remember the msgId, entry count,
--          then per entry: activity, date, epochDay, year, month, count, participants, topic, amountFen
--          ('' stands for an absent fact)
local prefix, sender, nick, at, msgId, ttl = ARGV[1], ARGV[2], ARGV[3], ARGV[4], ARGV[5], ARGV[6]
local n = tonumber(ARGV[7])

if KEYS[2] then
    local earlier = redis.call('GET', KEYS[2])
    if earlier then
        return {'again', earlier}
    end
end

local ids = {}
for i = 0, n - 1 do
    local base = 8 + i * 9
    local activity, date, epochDay, year, month = ARGV[base], ARGV[base + 1], ARGV[base + 2], ARGV[base + 3], ARGV[base + 4]
    local count, participants, topic, fen = ARGV[base + 5], ARGV[base + 6], ARGV[base + 7], ARGV[base + 8]

    local id = redis.call('INCR', KEYS[1])
    local record = {'id', id, 'activity', activity, 'date', date, 'count', count, 'senderId', sender,
                    'createdAt', at}
    for _, optional in ipairs({{'participants', participants}, {'topic', topic}, {'amountFen', fen},
                               {'senderNick', nick}, {'msgId', msgId}}) do
        if optional[2] ~= '' then
            table.insert(record, optional[1])
            table.insert(record, optional[2])
        end
    end
    redis.call('HSET', prefix .. 'rec:' .. id, unpack(record))

    -- The score is epochDay followed by the id on nine digits: dates order first, then ids. Built as a string so
    -- that Lua's number formatting cannot round it; Redis parses it exactly (below 2^53).
    redis.call('ZADD', prefix .. 'dates:' .. year, epochDay .. string.format('%09d', id), id)

    local counters, field = prefix .. 'tally:' .. year, activity .. ':' .. month
    redis.call('HINCRBY', counters, field .. ':c', count)
    if participants ~= '' and participants ~= '0' then
        redis.call('HINCRBY', counters, field .. ':p', participants)
    end
    if fen ~= '' and fen ~= '0' then
        redis.call('HINCRBY', counters, field .. ':f', fen)
    end

    -- what was logged is in the record, which stays; the audit says who did what when
    redis.call('XADD', prefix .. 'audit', '*', 'action', 'create', 'record', id, 'actor', sender, 'at', at,
               'msgId', msgId)
    table.insert(ids, id)
end

local result = 'log:' .. table.concat(ids, ',')
if KEYS[2] then
    redis.call('SET', KEYS[2], result, 'EX', ttl)
end
return {'new', result}
