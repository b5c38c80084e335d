-- Reads the next live records of a date range of one year: up to ARGV[4] records whose score is above the cursor,
-- oldest first. The store reads a year in such slices, so that a long year never holds Redis for long and each slice
-- is one round trip; a score cursor (not an offset) keeps the slices consistent while records come and go between
-- them. Each record comes as one string, its fields joined by the unit separator (\31) in the order the store reads
-- them ('' for an absent one): a tenth of the replies to build and decode that eleven strings a record would be.
--
-- KEYS[1]  dj:{b}:dates:{year}
-- ARGV     prefix (dj:{b}:), lowest score (exclusive with '('), highest score, slice size
local prefix = ARGV[1]
local records = {}
for i, id in ipairs(redis.call('ZRANGEBYSCORE', KEYS[1], ARGV[2], ARGV[3], 'LIMIT', 0, tonumber(ARGV[4]))) do
    local fields = redis.call('HMGET', prefix .. 'rec:' .. id, 'id', 'activity', 'date', 'count', 'participants',
                              'topic', 'amountFen', 'senderId', 'senderNick', 'createdAt', 'msgId')
    for f = 1, 11 do
        fields[f] = fields[f] or ''
    end
    records[i] = table.concat(fields, '\31')
end
return records
