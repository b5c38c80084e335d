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

local function decrement(counters, field, amount)
    if amount and amount ~= '0' then
        if redis.call('HINCRBY', counters, field, -tonumber(amount)) == 0 then
            redis.call('HDEL', counters, field)
        end
    end
end

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
    local key = prefix .. 'rec:' .. id
    local owner, activity, date, count, participants, fen, deletedAt =
        unpack(redis.call('HMGET', key, 'senderId', 'activity', 'date', 'count', 'participants', 'amountFen',
                          'deletedAt'))
    if not activity or deletedAt then
        return 'undo:notfound:' .. id, nil
    end
    if owner ~= sender and anyone ~= '1' then
        return 'undo:notyours:' .. id, id
    end

    redis.call('HSET', key, 'deletedAt', at, 'deletedBy', sender)
    local year, month = string.sub(date, 1, 4), tonumber(string.sub(date, 6, 7))
    redis.call('ZREM', prefix .. 'dates:' .. year, id)
    local counters, field = prefix .. 'tally:' .. year, activity .. ':' .. month
    decrement(counters, field .. ':c', count)
    decrement(counters, field .. ':p', participants)
    decrement(counters, field .. ':f', fen)
    redis.call('XADD', prefix .. 'audit', '*', 'action', 'undo', 'record', id, 'actor', sender, 'at', at,
               'msgId', msgId, 'owner', owner)
    return 'undo:done:' .. id, id
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
    if KEYS[2] then
        redis.call('SET', KEYS[2], outcome, 'EX', ttl)
    end
end

local reply = {status, outcome}
if id then
    table.insert(reply, read_record(prefix .. 'rec:' .. id, false))
end
return reply
