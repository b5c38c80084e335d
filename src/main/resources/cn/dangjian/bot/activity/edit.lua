-- Edits a record's facts in one atomic step: the record's fields (its id stays, its version goes up by one), its
-- place in the date index, the counters of the month it leaves and the month it joins, and 'edit' in the audit
-- stream with the changed fields before and after (JSON objects, null for an absent fact). A record of a closed year,
-- or one that would move into a closed year, is not edited. The same message again (same msgId) is answered as the
-- first time and changes nothing.
--
-- KEYS[1]  dj:{b}:seq (the branch's slot)   KEYS[2]  dj:{b}:closed   KEYS[3]  dj:{b}:msg:{msgId} (absent without one)
-- ARGV     prefix, record id, sender, anyone ('1': any member's record), at, msgId, seconds to remember the msgId,
--          the new date's epoch day ('' when the date does not change), then field, value pairs ('' clears a fact)
-- Returns  {'new' or 'again', outcome, the record before (wire), the record now (wire)}; outcome is
--          edit:done|same|notfound|notyours:<id> or edit:closed:<id>:<year>
local prefix, id, sender, anyone, at, msgId, ttl, epochDay =
    ARGV[1], ARGV[2], ARGV[3], ARGV[4], ARGV[5], ARGV[6], ARGV[7], ARGV[8]
local key = prefix .. 'rec:' .. id
local EDITABLE = {activity = true, date = true, datePrecision = true, count = true, participants = true,
                  topic = true, amountFen = true}

local outcome, before, after = remembered(KEYS[3])
if outcome then
    return {'again', outcome, before, after}
end
before = read_record(key, false)
local why = unchangeable(prefix, id, sender, anyone, KEYS[2])
if why == 'notfound' then
    return answer(KEYS[3], ttl, 'edit:notfound:' .. id, before, before)
elseif why then
    return answer(KEYS[3], ttl, 'edit:' .. string.gsub(why, '^(%a+)', '%1:' .. id, 1), before, before)
end

local old, new, changed = parse_record(before), parse_record(before), {}
for i = 9, #ARGV - 1, 2 do
    local field, value = ARGV[i], ARGV[i + 1]
    if not EDITABLE[field] then
        return refuse(field .. ' is not a fact to edit')
    end
    new[field] = value ~= '' and value or nil
    if new[field] ~= old[field] then
        table.insert(changed, field)
    end
end
if #changed == 0 then
    return answer(KEYS[3], ttl, 'edit:same:' .. id, before, before)
end
local problem_ = problem(new)
if problem_ then
    return refuse('record ' .. id .. ': ' .. problem_)
end
local oldYear, newYear = string.sub(old.date, 1, 4), string.sub(new.date, 1, 4)
if redis.call('SISMEMBER', KEYS[2], newYear) == 1 then
    return answer(KEYS[3], ttl, 'edit:closed:' .. id .. ':' .. newYear, before, before)
end
local moves = old.date ~= new.date
if moves and not within(epochDay, 0, 1e7) then
    return refuse('epoch day')
end

-- the counters: the old facts come off their month, the new ones go onto theirs (see undo.lua and log.lua)
local steps, order = {}, {}
local function step(year, month, activity, kind, amount, sign)
    if not amount or amount == '0' then
        return nil
    end
    if not integer(amount) or string.sub(amount, 1, 1) == '-' then
        return key .. ' ' .. kind .. ' ' .. amount
    end
    local counters, field = prefix .. 'tally:' .. year, activity .. ':' .. month .. ':' .. kind
    local slot = counters .. '\0' .. field
    if not steps[slot] then
        steps[slot] = {counters, field, 0}
        table.insert(order, slot)
    end
    steps[slot][3] = steps[slot][3] + sign * tonumber(amount)
    return nil
end
for _, side in ipairs({{old, -1}, {new, 1}}) do
    local r, sign = side[1], side[2]
    local year, month = string.sub(r.date, 1, 4), tonumber(string.sub(r.date, 6, 7))
    for kind, amount in pairs({c = r.count, p = r.participants, f = r.amountFen}) do
        local bad = step(year, month, r.activity, kind, amount, sign)
        if bad then
            return refuse(bad)
        end
    end
end
for _, slot in ipairs(order) do
    local counters, field, amount = unpack(steps[slot])
    if not fits(redis.call('HGET', counters, field), amount) then
        return refuse(counters .. ' ' .. field .. ' would overflow')
    end
end
for _, year in ipairs({oldYear, newYear}) do
    if not (holds(prefix .. 'tally:' .. year, 'hash') and holds(prefix .. 'dates:' .. year, 'zset')) then
        return refuse('the counters or index of ' .. year .. ' are of another kind')
    end
end
if not holds(prefix .. 'audit', 'stream') then
    return refuse('the audit is of another kind')
end

local was, is = {}, {}
for _, field in ipairs(changed) do
    was[field] = old[field] or cjson.null
    is[field] = new[field] or cjson.null
    if new[field] then
        redis.call('HSET', key, field, new[field])
    else
        redis.call('HDEL', key, field)
    end
end
local version = tostring(tonumber(old.version or '1') + 1)
redis.call('HSET', key, 'version', version)
if moves then
    redis.call('ZREM', prefix .. 'dates:' .. oldYear, id)
    redis.call('ZADD', prefix .. 'dates:' .. newYear, epochDay .. string.format('%09d', tonumber(id)), id)
end
for _, slot in ipairs(order) do
    local counters, field, amount = unpack(steps[slot])
    if amount ~= 0 and redis.call('HINCRBY', counters, field, string.format('%d', amount)) == 0 then
        redis.call('HDEL', counters, field)
    end
end
redis.call('XADD', prefix .. 'audit', '*', 'action', 'edit', 'record', id, 'actor', sender, 'at', at, 'msgId', msgId,
           'before', cjson.encode(was), 'after', cjson.encode(is), 'version', version)
return answer(KEYS[3], ttl, 'edit:done:' .. id, before, read_record(key, false))
