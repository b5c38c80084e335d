-- When a branch began keeping a year's records, read where they are so that a committee of hundreds of branches
-- costs one small answer each (ActivityStore.beginnings): ids are given out in the order records are logged, so the
-- smallest id in the year's date index is its first logged live record; the index's first entry is its earliest date.
--
-- KEYS[1]  dj:{b}:dates:{year}
-- KEYS[2]  dj:{b}:tally:{year - 1}
-- ARGV     prefix (dj:{b}:)
-- Returns  {'1' when last year's counters hold anything (undone records leave them at zero) else '0',
--           the first logged live record's createdAt or '', the date index's first score or ''}
local kept = '0'
for _, value in ipairs(redis.call('HVALS', KEYS[2])) do
    if tonumber(value) ~= 0 then
        kept = '1'
        break
    end
end
local first
for _, id in ipairs(redis.call('ZRANGE', KEYS[1], 0, -1)) do
    local n = tonumber(id)
    if not first or n < first then
        first = n
    end
end
if not first then
    return {kept, '', ''}
end
local created = redis.call('HGET', ARGV[1] .. 'rec:' .. first, 'createdAt') or ''
local earliest = redis.call('ZRANGE', KEYS[1], 0, 0, 'WITHSCORES')
return {kept, created, earliest[2]}
