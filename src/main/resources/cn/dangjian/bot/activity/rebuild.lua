-- Recomputes a year's counters from its live records (the date index) and replaces the counters hash, atomically:
-- no log or undo can slip in between the reading and the writing.
--
-- KEYS[1]  dj:{b}:dates:{year}
-- KEYS[2]  dj:{b}:tally:{year}
-- ARGV     prefix (dj:{b}:)
-- Returns  the new counters as field, value, field, value …
local prefix = ARGV[1]
local totals, fields = {}, {}

local problem = nil
local function add(field, amount)
    if amount and amount ~= '0' then
        if not integer(amount) then
            problem = problem or (field .. ' ' .. amount)
            return
        end
        if not totals[field] then
            table.insert(fields, field)
            totals[field] = 0
        end
        totals[field] = totals[field] + tonumber(amount)
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

-- nothing is written unless every total is exact (a double is, below 2^53) and every counter can be set
for _, field in ipairs(fields) do
    if math.abs(totals[field]) >= 2 ^ 53 then
        problem = problem or (field .. ' totals more than 2^53')
    end
end
if problem or not holds(KEYS[2], 'hash') then
    return refuse('cannot recount: ' .. (problem or 'the counters are of another kind'))
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
