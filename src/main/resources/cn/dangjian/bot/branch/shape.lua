-- Stores a secretary's answer about the branch's shape in one atomic step, with its entry in the audit stream. The
-- same answer again (a redelivery, or said twice) changes nothing and appends nothing.
--
-- KEYS[1]  dj:{b}:shape   KEYS[2]  dj:{b}:audit
-- ARGV     subject (committee | partyGroups), value (1 | 0), actor staffId, actor nick, at (ISO instant), msgId, year
-- Returns  1 when the answer changed, 0 when it was already so
local subject, value, actor, nick, at, msgId, year = ARGV[1], ARGV[2], ARGV[3], ARGV[4], ARGV[5], ARGV[6], ARGV[7]
local before = redis.call('HGET', KEYS[1], subject)
if before == value then
    return 0
end
redis.call('HSET', KEYS[1], subject, value, subject .. 'By', actor, subject .. 'At', at)
local function json(v)
    if not v then
        return 'null'
    end
    return v == '1' and '"true"' or '"false"'
end
redis.call('XADD', KEYS[2], '*', 'action', 'shape', 'year', year, 'actor', actor, 'actorNick', nick, 'at', at,
           'msgId', msgId, 'before', '{"' .. subject .. '":' .. json(before) .. '}',
           'after', '{"' .. subject .. '":' .. json(value) .. '}')
return 1
