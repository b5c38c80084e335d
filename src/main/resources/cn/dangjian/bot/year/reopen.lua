-- Reopens a closed year in one atomic step, with the reason, and appends 'reopen' to the audit stream. The same
-- message again (same msgId) is told 'again'; an open year is told 'open' and nothing changes.
--
-- KEYS[1]  dj:{b}:year:{year}   KEYS[2]  dj:{b}:closed   KEYS[3]  dj:{b}:audit
-- ARGV     year, actor staffId, actor nick, at (ISO instant), msgId, reason
-- Returns  'done', 'again' or 'open'
local year, actor, nick, at, msgId, reason = ARGV[1], ARGV[2], ARGV[3], ARGV[4], ARGV[5], ARGV[6]
if redis.call('HGET', KEYS[1], 'closed') ~= '1' then
    if msgId ~= '' and redis.call('HGET', KEYS[1], 'reopenedMsgId') == msgId then
        return 'again'
    end
    return 'open'
end
redis.call('HSET', KEYS[1], 'closed', '0', 'reopenedBy', actor, 'reopenedByNick', nick, 'reopenedAt', at,
           'reopenedMsgId', msgId, 'reopenReason', reason)
redis.call('SREM', KEYS[2], year)
redis.call('XADD', KEYS[3], '*', 'action', 'reopen', 'year', year, 'actor', actor, 'actorNick', nick, 'at', at,
           'msgId', msgId, 'reason', reason)
return 'done'
