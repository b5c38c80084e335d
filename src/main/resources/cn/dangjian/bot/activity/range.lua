-- Reads the next live records of a date range of one year: up to ARGV[4] records whose score is above the cursor,
-- oldest first. The store reads a year in such slices, so that a long year never holds Redis for long and each slice
-- is one round trip; a score cursor (not an offset) keeps the slices consistent while records come and go between
-- them.
--
-- KEYS[1]  dj:{b}:dates:{year}
-- ARGV     prefix (dj:{b}:), lowest score (exclusive with '('), highest score, slice size
-- Returns  the records in wire format
local prefix = ARGV[1]
local records = {}
for _, id in ipairs(redis.call('ZRANGEBYSCORE', KEYS[1], ARGV[2], ARGV[3], 'LIMIT', 0, tonumber(ARGV[4]))) do
    records[#records + 1] = read_record(prefix .. 'rec:' .. id, false)
end
return records
