-- Keeps one unrecognised message in its branch's stream, trimmed in the same step.
-- KEYS[1] the stream; ARGV[1] now (ms since the epoch, the bot's clock); ARGV[2] the oldest time kept (ms: older
-- entries go); ARGV[3] the most entries kept, roughly (Redis trims whole nodes, cheaply); ARGV[4] the key's lifetime in
-- ms, renewed by every write; ARGV[5..] the entry's fields and values.
-- The entry's id is the bot's time, so that the days kept and the admin's "since" read the same clock as the rest of
-- the bot; an instance whose clock is behind the last entry's takes that entry's millisecond (ids must go up).
local ms, seq = ARGV[1], 0
local top = redis.call('XREVRANGE', KEYS[1], '+', '-', 'COUNT', 1)[1]
if top then
  local topMs, topSeq = string.match(top[1], '^(%d+)-(%d+)$')
  if tonumber(topMs) >= tonumber(ms) then
    ms, seq = topMs, tonumber(topSeq) + 1
  end
end
local id = redis.call('XADD', KEYS[1], 'MINID', ARGV[2], ms .. '-' .. seq, unpack(ARGV, 5))
redis.call('XTRIM', KEYS[1], 'MAXLEN', '~', ARGV[3])
redis.call('PEXPIRE', KEYS[1], ARGV[4])
return id
