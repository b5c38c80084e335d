-- The newest live records of a branch, newest first. Ids are given out in order (seq), so walking down from the last
-- id finds them without a list that every log would push to and every undo would search through. The walk looks at
-- no more than ARGV[3] ids: what lies further back is nobody's "latest".
--
-- KEYS[1]  dj:{b}:seq
-- ARGV     prefix (dj:{b}:), how many records, how many ids to look at
-- Returns  the records in wire format
local prefix, wanted, reach = ARGV[1], tonumber(ARGV[2]), tonumber(ARGV[3])
local last = tonumber(redis.call('GET', KEYS[1]) or '0')
local records = {}
for id = last, math.max(last - reach + 1, 1), -1 do
    local record = read_record(prefix .. 'rec:' .. id, true)
    if record then
        records[#records + 1] = record
        if #records == wanted then
            break
        end
    end
end
return records
