-- Reads records by id in one round trip, in the order given; ids without a record are left out.
--
-- KEYS[1]  dj:{b}:seq, only so that a cluster routes the call to the branch's slot (the ids name the record keys)
-- ARGV     prefix (dj:{b}:), then the ids
-- Returns  the records in wire format
local prefix = ARGV[1]
local records = {}
for i = 2, #ARGV do
    records[#records + 1] = read_record(prefix .. 'rec:' .. ARGV[i], false)
end
return records
