-- Reads records by id in one round trip, each as one string of its fields joined by the unit separator (\31), as
-- range.lua gives them; ids without a record are left out.
--
-- KEYS[1]  dj:{b}:seq, only so that a cluster routes the call to the branch's slot (the ids name the record keys)
-- ARGV     prefix (dj:{b}:), then the ids
local prefix = ARGV[1]
local records = {}
for i = 2, #ARGV do
    local key = prefix .. 'rec:' .. ARGV[i]
    if redis.call('EXISTS', key) == 1 then
        local fields = redis.call('HMGET', key, 'id', 'activity', 'date', 'count', 'participants', 'topic',
                                  'amountFen', 'senderId', 'senderNick', 'createdAt', 'msgId')
        for f = 1, 11 do
            fields[f] = fields[f] or ''
        end
        records[#records + 1] = table.concat(fields, '\31')
    end
end
return records
