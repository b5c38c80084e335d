-- Recomputes a year's counters from its live records (the date index) and replaces the counters hash, atomically:
-- no log or undo can slip in between the reading and the writing.
--
-- KEYS[1]  dj:{b}:dates:{year}
-- KEYS[2]  dj:{b}:tally:{year}
-- ARGV     prefix (dj:{b}:)
-- Returns  the new counters as field, value, field, value …
local prefix = ARGV[1]
local totals, fields = {}, {}

local function add(field, amount)
    local value = tonumber(amount)
    if value and value ~= 0 then
        if not totals[field] then
            table.insert(fields, field)
            totals[field] = 0
        end
        totals[field] = totals[field] + value
    end
end

for _, id in ipairs(redis.call('ZRANGE', KEYS[1], 0, -1)) do
    local activity, date, count, participants, fen =
        unpack(redis.call('HMGET', prefix .. 'rec:' .. id, 'activity', 'date', 'count', 'participants', 'amountFen'))
    local field = activity .. ':' .. tonumber(string.sub(date, 6, 7))
    add(field .. ':c', count)
    add(field .. ':p', participants)
    add(field .. ':f', fen)
end

redis.call('DEL', KEYS[2])
local flat = {}
for _, field in ipairs(fields) do
    -- integers as text: Lua would print large numbers in exponent form
    table.insert(flat, field)
    table.insert(flat, string.format('%d', totals[field]))
end
-- unpack has a stack limit; write in slices
for i = 1, #flat, 1000 do
    redis.call('HSET', KEYS[2], unpack(flat, i, math.min(i + 999, #flat)))
end
return flat
