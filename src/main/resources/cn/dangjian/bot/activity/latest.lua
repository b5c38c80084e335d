-- The newest live records of a branch, newest first. Ids are given out in order (seq), so walking down from the last
-- id finds them without a list that every log would push to and every undo would search through. The walk looks at
-- no more than ARGV[3] ids: what lies further back is nobody's "latest". Each record comes as one string, its fields
-- joined by the unit separator (\31), as range.lua gives them.
--
-- KEYS[1]  dj:{b}:seq
-- ARGV     prefix (dj:{b}:), how many records, how many ids to look at
local prefix, wanted, reach = ARGV[1], tonumber(ARGV[2]), tonumber(ARGV[3])
local last = tonumber(redis.call('GET', KEYS[1]) or '0')
local records = {}
for id = last, math.max(last - reach + 1, 1), -1 do
    local fields = redis.call('HMGET', prefix .. 'rec:' .. id, 'id', 'activity', 'date', 'count', 'participants',
                              'topic', 'amountFen', 'senderId', 'senderNick', 'createdAt', 'msgId', 'deletedAt')
    if fields[1] and not fields[12] then
        fields[12] = nil
        for f = 1, 11 do
            fields[f] = fields[f] or ''
        end
        records[#records + 1] = table.concat(fields, '\31')
        if #records == wanted then
            break
        end
    end
end
return records
