-- Attaches an evidence id to a record, or detaches it, in one atomic step with its audit entry ('attach' or
-- 'detach', with the evidence id). Evidence is not a fact of the record: its version stays. A record of a closed year
-- keeps its evidence as it was closed. The same message again (same msgId) is answered as the first time.
--
-- KEYS[1]  dj:{b}:seq (the branch's slot)   KEYS[2]  dj:{b}:closed   KEYS[3]  dj:{b}:msg:{msgId} (absent without one)
-- ARGV     prefix, record id, 'attach' or 'detach', evidence id, sender, anyone ('1': any member's record), at,
--          msgId, seconds to remember the msgId, how many ids a record may hold
-- Returns  {'new' or 'again', outcome, the record before (wire), the record now (wire)}; outcome is
--          evidence:done|same|notfound|notyours|full:<id> or evidence:closed:<id>:<year>
local prefix, id, mode, evidence, sender, anyone, at, msgId, ttl, most =
    ARGV[1], ARGV[2], ARGV[3], ARGV[4], ARGV[5], ARGV[6], ARGV[7], ARGV[8], ARGV[9], tonumber(ARGV[10])
local key = prefix .. 'rec:' .. id

local outcome, before, after = remembered(KEYS[3])
if outcome then
    return {'again', outcome, before, after}
end
before = read_record(key, false)
local why = unchangeable(prefix, id, sender, anyone, KEYS[2])
if why then
    outcome = why == 'notfound' and 'evidence:notfound:' .. id
              or 'evidence:' .. string.gsub(why, '^(%a+)', '%1:' .. id, 1)
else
    local ids, present, kept = {}, false, {}
    for e in string.gmatch(redis.call('HGET', key, 'evidence') or '', '[^,]+') do
        table.insert(ids, e)
        if e == evidence then
            present = true
        else
            table.insert(kept, e)
        end
    end
    if (mode == 'attach') == present then
        outcome = 'evidence:same:' .. id
    elseif mode == 'attach' and #ids >= most then
        outcome = 'evidence:full:' .. id
    elseif not holds(prefix .. 'audit', 'stream') then
        return refuse('the audit is of another kind')
    else
        if mode == 'attach' then
            table.insert(ids, evidence)
            kept = ids
        end
        if #kept == 0 then
            redis.call('HDEL', key, 'evidence')
        else
            redis.call('HSET', key, 'evidence', table.concat(kept, ','))
        end
        redis.call('XADD', prefix .. 'audit', '*', 'action', mode, 'record', id, 'actor', sender, 'at', at,
                   'msgId', msgId, 'evidence', evidence)
        outcome = 'evidence:done:' .. id
    end
end
return answer(KEYS[3], ttl, outcome, before, read_record(key, false))
