-- Soft-deletes one record in one atomic step: marks the hash (its data stays), takes it out of the date index, takes
-- its numbers off the counters and appends 'undo' to the audit stream. A redelivered message
-- (same msgId) gets the first outcome again and changes nothing.
--
-- KEYS[1]  dj:{b}:seq
-- KEYS[2]  dj:{b}:msg:{msgId}   (absent when the call has no msgId)
-- ARGV     prefix (dj:{b}:), mode ('last' or 'id'), record id (mode 'id'), senderId, anyone ('1' lets the sender
--          undo others' records), deletedAt, msgId, seconds to remember the msgId, how many ids mode 'last' looks
--          back at (as latest.lua)
-- Returns  {'new' or 'again', outcome, the record in wire format when the outcome names one}; outcome is
--          undo:done:<id>, undo:notfound:<id>, undo:notyours:<id> or undo:nothing
local prefix, mode, wanted, sender, anyone, at, msgId, ttl, reach =
    ARGV[1], ARGV[2], ARGV[3], ARGV[4], ARGV[5], ARGV[6], ARGV[7], ARGV[8], tonumber(ARGV[9])

-- The outcome and the record it names, reading only.
local function decide()
    local id = wanted
    if mode == 'last' then
        -- the sender's newest live record: ids are given out in order, so walk down from the last one
        local last = tonumber(redis.call('GET', KEYS[1]) or '0')
        id = nil
        for candidate = last, math.max(last - reach + 1, 1), -1 do
            local owner, deletedAt = unpack(redis.call('HMGET', prefix .. 'rec:' .. candidate, 'senderId',
                                                       'deletedAt'))
            if owner == sender and not deletedAt then
                id = candidate
                break
            end
        end
        if not id then
            return 'undo:nothing', nil
        end
    end
    local owner, activity, deletedAt =
        unpack(redis.call('HMGET', prefix .. 'rec:' .. id, 'senderId', 'activity', 'deletedAt'))
    if not activity or deletedAt then
        return 'undo:notfound:' .. id, nil
    end
    if owner ~= sender and anyone ~= '1' then
        return 'undo:notyours:' .. id, id
    end
    return 'undo:done:' .. id, id
end

-- Takes the record off the books, after checking (see the prelude) that none of the writes can fail.
local function undo(id)
    local key = prefix .. 'rec:' .. id
    local owner, activity, date, count, participants, fen =
        unpack(redis.call('HMGET', key, 'senderId', 'activity', 'date', 'count', 'participants', 'amountFen'))
    if not (date and string.match(date, '^%d%d%d%d%-[01]%d%-[0-3]%d$')) then
        return refuse(key .. ' has no date')
    end
    local year, month = string.sub(date, 1, 4), tonumber(string.sub(date, 6, 7))
    local counters, field = prefix .. 'tally:' .. year, activity .. ':' .. month
    -- a record stored before the bounds may hold any integer: it must still come off, exactly, so the steps are
    -- the stored text with its sign turned (Lua's numbers would print a large one as 5e+18, which HINCRBY refuses)
    local steps = {}
    for kind, amount in pairs({c = count, p = participants, f = fen}) do
        if amount and amount ~= '0' then
            if not integer(amount) or string.sub(amount, 1, 1) == '-' then
                return refuse(key .. ' ' .. kind .. ' ' .. amount)
            end
            local current = redis.call('HGET', counters, field .. ':' .. kind)
            if not fits(current, -tonumber(amount)) then
                return refuse(counters .. ' ' .. field .. ':' .. kind .. ' would overflow')
            end
            steps[field .. ':' .. kind] = '-' .. amount
        end
    end
    if not (holds(counters, 'hash') and holds(prefix .. 'dates:' .. year, 'zset')
            and holds(prefix .. 'audit', 'stream')) then
        return refuse('the counters, index or audit of ' .. year .. ' are of another kind')
    end

    redis.call('HSET', key, 'deletedAt', at, 'deletedBy', sender)
    redis.call('ZREM', prefix .. 'dates:' .. year, id)
    for counter, by in pairs(steps) do
        if redis.call('HINCRBY', counters, counter, by) == 0 then
            redis.call('HDEL', counters, counter)
        end
    end
    redis.call('XADD', prefix .. 'audit', '*', 'action', 'undo', 'record', id, 'actor', sender, 'at', at,
               'msgId', msgId, 'owner', owner)
    return nil
end

local status, outcome, id = 'new', nil, nil
if KEYS[2] then
    outcome = redis.call('GET', KEYS[2])
end
if outcome then
    status = 'again'
    id = string.match(outcome, '^undo:%a+:(%d+)$')
    if string.find(outcome, '^undo:notfound:') then
        id = nil
    end
else
    outcome, id = decide()
    if string.find(outcome, '^undo:done:') then
        local refused = undo(id)
        if refused then
            return refused
        end
    end
    if KEYS[2] then
        redis.call('SET', KEYS[2], outcome, 'EX', ttl)
    end
end

local reply = {status, outcome}
if id then
    table.insert(reply, read_record(prefix .. 'rec:' .. id, false))
end
return reply
