-- Shared by every script of the store: the store loads each script as its header (RECORD, the record hash's field
-- names in wire order, from RecordWire), this prelude, then the script. A record travels as one string, its RECORD
-- fields joined by the unit separator (\31), '' for an absent one, both ways (RecordWire is the Java side).
local SEP = '\31'

-- The record in key as one wire string; nil when there is none or, if live is true, when it was undone.
local function read_record(key, live)
    local values = redis.call('HMGET', key, 'deletedAt', unpack(RECORD))
    if not values[2] or (live and values[1]) then
        return nil
    end
    local fields = {}
    for f = 1, #RECORD do
        fields[f] = values[f + 1] or ''
    end
    return table.concat(fields, SEP)
end

-- A wire string's fields by name, the absent ones left out; nil when it does not hold #RECORD fields.
local function parse_record(line)
    local record, f, from = {}, 1, 1
    while true do
        local at = string.find(line, SEP, from, true)
        local value = string.sub(line, from, at and at - 1 or -1)
        if value ~= '' then
            record[RECORD[f]] = value
        end
        if not at then
            break
        end
        f, from = f + 1, at + 1
    end
    if f ~= #RECORD then
        return nil
    end
    return record
end

-- Redis does not roll a script back: one that fails halfway leaves what it wrote (a record without its counters or
-- audit entry). So each script checks whatever could make one of its writes fail before its first write, and
-- refuses with nothing written. (Out of memory can only refuse the first write: once a script has written, Redis
-- lets it finish.)
local function refuse(why)
    return redis.error_reply('refused: ' .. why)
end

-- Text as HINCRBY and INCRBY take it: 0, or an optional minus and digits not led by a zero (they refuse '007' and
-- '-0', which a looser match would pass on to a write that fails after others).
local function integer(text)
    return type(text) == 'string' and #text <= 20
           and (text == '0' or string.match(text, '^%-?[1-9]%d*$') ~= nil)
end

-- Digits from low to high, as integer reads them.
local function within(text, low, high)
    return type(text) == 'string' and #text <= 15 and integer(text) and tonumber(text) >= low and tonumber(text) <= high
end

-- Whether a counter (its text, or false when absent) may move by step (a number) and stay well inside a signed
-- 64-bit integer; a double is exact enough for a bound at 2^62.
local function fits(value, step)
    return (not value or integer(value)) and math.abs(tonumber(value or '0') + step) < 2 ^ 62
end

-- Whether key holds a value of this kind, or nothing: a write to a key of another kind fails.
local function holds(key, kind)
    local actual = redis.call('TYPE', key).ok
    return actual == 'none' or actual == kind
end

-- A command's reply, or nil when Redis refused it because key is of another kind (WRONGTYPE): a read that checks
-- the key's kind as it reads. Any other error is raised.
local function unless_wrongtype(...)
    local reply = redis.pcall(...)
    if type(reply) == 'table' and reply.err then
        if string.find(reply.err, 'WRONGTYPE', 1, true) == 1 then
            return nil
        end
        error(reply)
    end
    return reply
end

-- What is wrong with a record's facts (parsed), or nil. LIMIT comes with the header (from Entry and ActivityStore);
-- the formats are those the other scripts read.
local function problem(r)
    if not r then
        return 'not ' .. #RECORD .. ' fields'
    elseif not (r.activity and string.match(r.activity, '^[a-z][a-z0-9_]*$')) then
        return 'activity'
    elseif not (r.date and string.match(r.date, '^%d%d%d%d%-[01]%d%-[0-3]%d$')) then
        return 'date'
    elseif not within(r.count, 1, LIMIT.count) then
        return 'count'
    elseif r.participants and not within(r.participants, 0, LIMIT.participants) then
        return 'participants'
    elseif r.amountFen and not within(r.amountFen, 0, LIMIT.fen) then
        return 'amount'
    elseif r.topic and #r.topic > LIMIT.topicBytes then
        return 'topic'
    elseif r.senderNick and #r.senderNick > LIMIT.nickBytes then
        return 'nick'
    elseif not r.senderId or #r.senderId > LIMIT.idBytes or (r.msgId and #r.msgId > LIMIT.idBytes) then
        return 'sender or msgId'
    elseif not r.createdAt then
        return 'createdAt'
    elseif r.eventId and #r.eventId > LIMIT.idBytes then
        return 'eventId'
    elseif not (r.datePrecision == 'day' or r.datePrecision == 'month' and string.sub(r.date, 9, 10) == '01') then
        return 'datePrecision'
    elseif r.words and #r.words > LIMIT.wordsBytes then
        return 'words'
    end
    return nil
end

-- Whether sender may change the record id: nil when so, else why not ('notfound' for none or an undone one,
-- 'notyours' when it is another's and anyone is not '1', 'closed:<year>' when its year is in the closed set).
local function unchangeable(prefix, id, sender, anyone, closed)
    local owner, date, deletedAt =
        unpack(redis.call('HMGET', prefix .. 'rec:' .. id, 'senderId', 'date', 'deletedAt'))
    if not date or deletedAt then
        return 'notfound'
    elseif owner ~= sender and anyone ~= '1' then
        return 'notyours'
    elseif redis.call('SISMEMBER', closed, string.sub(date, 1, 4)) == 1 then
        return 'closed:' .. string.sub(date, 1, 4)
    end
    return nil
end

-- What a change by msgId answered: the remembered outcome and the record before and after it (wire), kept together
-- for a day under the delivery key so that a redelivery is answered the same and changes nothing.
local RS = '\30'
local function remembered(delivery)
    local earlier = delivery and redis.call('GET', delivery)
    if not earlier then
        return nil
    end
    local first = string.find(earlier, RS, 1, true)
    local second = first and string.find(earlier, RS, first + 1, true)
    if not second then
        return earlier, '', ''
    end
    return string.sub(earlier, 1, first - 1), string.sub(earlier, first + 1, second - 1), string.sub(earlier, second + 1)
end

-- Remembers a change's answer under its delivery key (see remembered) and returns it.
local function answer(delivery, ttl, outcome, before, after)
    before, after = before or '', after or ''
    if delivery then
        redis.call('SET', delivery, outcome .. RS .. before .. RS .. after, 'EX', ttl)
    end
    return {'new', outcome, before, after}
end
