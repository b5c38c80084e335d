-- Closes a branch's year in one atomic step: the year's state, the set of closed years that every log and undo
-- checks first, and 'close' in the audit stream. Closing a closed year changes nothing; the same message again
-- (same msgId) is told 'again' so that it is answered as the first time.
--
-- KEYS[1]  dj:{b}:year:{year}   KEYS[2]  dj:{b}:closed   KEYS[3]  dj:{b}:audit
-- ARGV     year, actor staffId, actor nick, at (ISO instant), msgId
-- Returns  'done', 'again' or 'already'
local year, actor, nick, at, msgId = ARGV[1], ARGV[2], ARGV[3], ARGV[4], ARGV[5]
if redis.call('HGET', KEYS[1], 'closed') == '1' then
    if msgId ~= '' and redis.call('HGET', KEYS[1], 'closedMsgId') == msgId then
        return 'again'
    end
    return 'already'
end
redis.call('HSET', KEYS[1], 'closed', '1', 'closedBy', actor, 'closedByNick', nick, 'closedAt', at,
           'closedMsgId', msgId)
redis.call('SADD', KEYS[2], year)
redis.call('XADD', KEYS[3], '*', 'action', 'close', 'year', year, 'actor', actor, 'actorNick', nick, 'at', at,
           'msgId', msgId)
return 'done'
