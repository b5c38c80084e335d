-- Reads records by id in one round trip, each as its fields in the order the store reads them (false for a field
-- the hash lacks); ids without a record are left out.
--
-- KEYS[1]  dj:{b}:seq, only so that a cluster routes the call to the branch's slot (the ids name the record keys)
-- ARGV     prefix (dj:{b}:), then the ids
local prefix = ARGV[1]
local records = {}
for i = 2, #ARGV do
    if redis.call('EXISTS', prefix .. 'rec:' .. ARGV[i]) == 1 then
        records[#records + 1] = redis.call('HMGET', prefix .. 'rec:' .. ARGV[i], 'id', 'activity', 'date', 'count',
                                           'participants', 'topic', 'amountFen', 'senderId', 'senderNick',
                                           'createdAt', 'msgId')
    end
end
return records
