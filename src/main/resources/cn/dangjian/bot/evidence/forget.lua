-- Forgets a file admitted for a record that did not take it (the record was undone, full, or of a closed year): its
-- details and its bytes on the quota, in one step.
--
-- KEYS[1]  dj:{b}:ev:files   KEYS[2]  dj:{b}:ev:bytes
-- ARGV     sha256, size
if redis.call('HDEL', KEYS[1], ARGV[1]) == 1 then
    redis.call('DECRBY', KEYS[2], ARGV[2])
end
return 'ok'
