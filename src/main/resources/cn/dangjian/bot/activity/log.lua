-- Logs every record of one message in one atomic step: id, record hash, date index, counters, audit; and closes
-- the sender's open question, which the message did not answer (the one write a message that stores costs besides
-- its sign's claim, which lives in no branch's slot).
-- A redelivered message (same msgId) and a resend (same sender, same content, within minutes: a member told that
-- the bot may not have stored it) find the first result and change nothing else. A record dated in a closed year
-- stores nothing: the year's records are final.
--
-- KEYS[1]  dj:{b}:seq
-- KEYS[2]  dj:{b}:said:{digest of the sender and the records' content}
-- KEYS[3]  dj:{b}:closed   (the branch's closed years)
-- KEYS[4]  dj:{b}:msg:{msgId}   (absent when the call has no msgId)
-- last     when ARGV[4] is '1': the sender's open question in the branch, deleted with any outcome but a refusal
-- ARGV     prefix (dj:{b}:), seconds to remember the msgId, seconds to remember the content, '1' when the last key
--          is a question to close ('0' otherwise), then per record: the record in wire format (no id yet) and its
--          date's epoch day
-- Returns  {'new' or 'again', 'log:' and the ids, comma-separated}, or {'closed', the year} with nothing stored
local prefix, deliveryTtl, contentTtl = ARGV[1], ARGV[2], ARGV[3]
local sequence, said, closed = KEYS[1], KEYS[2], KEYS[3]
local question = ARGV[4] == '1' and KEYS[#KEYS] or nil
local delivery = #KEYS - (question and 1 or 0) >= 4 and KEYS[4] or nil
local FIRST = 5 -- the first record's place in ARGV

local function close_question()
    if question then
        redis.call('DEL', question)
    end
end

-- The memos and the sequence in one read. MGET reads a key of another kind as absent: the EXISTS below tells the
-- two apart before anything is written.
local watched = {said, sequence, delivery}
local read = redis.call('MGET', unpack(watched))
local resent, last, earlier = read[1], read[2], read[3]
if earlier then
    close_question()
    return {'again', earlier}
end
if resent then
    if delivery then
        if redis.call('EXISTS', delivery) == 1 then
            return refuse(delivery .. ' is of another kind')
        end
        redis.call('SET', delivery, resent, 'EX', deliveryTtl)
    end
    close_question()
    return {'again', resent}
end

-- everything checked before the first write (see the prelude)
local n = (#ARGV - FIRST + 1) / 2
if n < 1 or n > LIMIT.records or n % 1 ~= 0 then
    return refuse(n .. ' records')
end
-- ids take nine digits of the date index's score
if last and not within(last, 0, 999999999 - n) then
    return refuse('sequence ' .. last)
end
local present = last and 1 or 0
last = tonumber(last or '0')
local records, steps, stepOrder, years, yearOrder = {}, {}, {}, {}, {}
local function step(counters, field, amount)
    local key = counters .. '\0' .. field
    if not steps[key] then
        steps[key] = {counters, field, 0}
        table.insert(stepOrder, key)
    end
    steps[key][3] = steps[key][3] + tonumber(amount)
end
for i = 1, n do
    local record, epochDay = parse_record(ARGV[FIRST - 2 + 2 * i]), ARGV[FIRST - 1 + 2 * i]
    local why = problem(record)
    if not why and (record.id or record.version ~= '1' or record.evidence) then
        why = 'an id, a version or evidence before it is stored'
    end
    if not why and not within(epochDay, 0, 1e7) then
        why = 'epoch day'
    end
    if why then
        return refuse('record ' .. i .. ': ' .. why)
    end
    record.id = tostring(last + i)
    -- the records of one message are one event; without a msgId, the event is named after its first record
    record.eventId = record.eventId or ('rec:' .. (last + 1))
    local key, year = prefix .. 'rec:' .. record.id, string.sub(record.date, 1, 4)
    table.insert(watched, key)
    if not years[year] then
        years[year] = {}
        table.insert(yearOrder, year)
    end
    local counters, field = prefix .. 'tally:' .. year, record.activity .. ':' .. tonumber(string.sub(record.date, 6, 7))
    step(counters, field .. ':c', record.count)
    step(counters, field .. ':p', record.participants or '0')
    step(counters, field .. ':f', record.amountFen or '0')
    records[i] = {record = record, key = key, year = year, epochDay = epochDay, field = field, counters = counters}
end
-- Of the memos, the sequence and the records' keys, only the sequence may exist (read as a string above): a memo of
-- another kind would be overwritten, a sequence of another kind could not count, and an existing record is never
-- overwritten.
if redis.call('EXISTS', unpack(watched)) ~= present then
    for _, r in ipairs(records) do
        if redis.call('EXISTS', r.key) == 1 then
            return refuse(r.key .. ' exists')
        end
    end
    return refuse('the sequence or a memo is of another kind')
end
-- the date index and counters of each year: the counters' HMGET reads them and checks their kind in one call
local counted = {}
for _, key in ipairs(stepOrder) do
    local counters, field = steps[key][1], steps[key][2]
    if not counted[counters] then
        counted[counters] = {fields = {}, keys = {}}
    end
    table.insert(counted[counters].fields, field)
    table.insert(counted[counters].keys, key)
end
for _, year in ipairs(yearOrder) do
    local counters = prefix .. 'tally:' .. year
    local values = unless_wrongtype('HMGET', counters, unpack(counted[counters].fields))
    if not (values and holds(prefix .. 'dates:' .. year, 'zset')) then
        return refuse('the index or counters of ' .. year .. ' are of another kind')
    end
    for f, key in ipairs(counted[counters].keys) do
        steps[key][4] = values[f]
    end
end
-- a closed year is refused last: its answer closes the question, a write the refusals above must not make
for _, year in ipairs(yearOrder) do
    if redis.call('SISMEMBER', closed, year) == 1 then
        close_question()
        return {'closed', year}
    end
end
for _, key in ipairs(stepOrder) do
    local counters, field, amount, value = unpack(steps[key])
    if not fits(value, amount) then
        return refuse(counters .. ' ' .. field .. ' would overflow')
    end
end

-- The audit's entries are the first writes: Redis refuses the first XADD to a key of another kind with nothing yet
-- written (which spares a TYPE per message), and the XADDs after it go to the same key.
for _, r in ipairs(records) do
    local record = r.record
    -- what was logged is in the record, which stays; the audit says who did what when
    local added = unless_wrongtype('XADD', prefix .. 'audit', '*', 'action', 'create', 'record', record.id,
                                   'actor', record.senderId, 'at', record.createdAt, 'msgId', record.msgId or '')
    if not added then
        return refuse('the audit is of another kind')
    end
end
-- checked above: an integer in range, or absent
redis.call('INCRBY', sequence, n)
local ids = {}
for _, r in ipairs(records) do
    local record = r.record
    local id = record.id
    local hash = {}
    for _, field in ipairs(RECORD) do
        if record[field] then
            hash[#hash + 1] = field
            hash[#hash + 1] = record[field]
        end
    end
    redis.call('HSET', r.key, unpack(hash))

    -- The score is epochDay followed by the id on nine digits: dates order first, then ids. Built as a string so
    -- that Lua's number formatting cannot round it; Redis parses it exactly (below 2^53).
    redis.call('ZADD', prefix .. 'dates:' .. r.year, r.epochDay .. string.format('%09d', tonumber(id)), id)

    redis.call('HINCRBY', r.counters, r.field .. ':c', record.count)
    if record.participants and record.participants ~= '0' then
        redis.call('HINCRBY', r.counters, r.field .. ':p', record.participants)
    end
    if record.amountFen and record.amountFen ~= '0' then
        redis.call('HINCRBY', r.counters, r.field .. ':f', record.amountFen)
    end
    table.insert(ids, id)
end

close_question()
local result = 'log:' .. table.concat(ids, ',')
redis.call('SET', said, result, 'EX', contentTtl)
if delivery then
    redis.call('SET', delivery, result, 'EX', deliveryTtl)
end
return {'new', result}
