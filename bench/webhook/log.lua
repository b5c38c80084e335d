-- wrk script: signed DingTalk callbacks that log an activity, each with its own msgId and topic so that every one is
-- stored: the same content from the same sender within 10 minutes is answered from the first time, not stored again.
-- SIGNS names a file of "timestamp sign" lines, each unused: the bot accepts a sign for one message only, as it
-- would a captured DingTalk header. Thread n of N takes lines n, n+N, … TEXT, if set, is the message, with one %d for
-- a number.
-- With BASELINE=1 each request is built the same way (the body formatted and signed headers set, the Lua work wrk
-- does per request) but goes as a plain GET to the app's trivial /actuator/health/liveness (open without a token), so
-- that the load generator spends about the same per request in both runs and only the bot's work differs.
local counter = 0
local text = os.getenv("TEXT") or "主题党日 已开展，%d人参加"
tid = 0 -- global: wrk sets it per thread with thread:set

function setup(thread)
  tid = tid + 1
  thread:set("tid", tid)
end

local lines
local threads = tonumber(os.getenv("THREADS") or "2")

function init(args)
  wrk.method = "POST"
  wrk.headers["Content-Type"] = "application/json; charset=utf-8"
  lines = io.lines(os.getenv("SIGNS"))
  for _ = 2, tid do lines() end
end

local function nextSign()
  local line = lines()
  if line == nil then -- only a baseline load runs this far; a reused sign on the webhook would count as non-2xx
    lines = io.lines(os.getenv("SIGNS"))
    line = lines()
  end
  for _ = 2, threads do
    if lines() == nil then -- the file ended between this thread's lines: an ended iterator may not be called again
      lines = io.lines(os.getenv("SIGNS"))
    end
  end
  return line:match("^(%d+) (%S+)$")
end

function request()
  counter = counter + 1
  local timestamp, sign = nextSign()
  wrk.headers["timestamp"] = timestamp
  wrk.headers["sign"] = sign
  local body = string.format(
    '{"msgtype":"text","text":{"content":" ' .. text .. '，主题《压测%s-%d-%d》"},"msgId":"bench-%s-%d-%d",' ..
    '"createAt":%s,"conversationType":"2","conversationId":"cidDemoBranchGroup","senderStaffId":"member0%d",' ..
    '"senderNick":"压测","senderId":"$:LWCP_v1:$bench","robotCode":"bench","isAdmin":false,' ..
    '"sessionWebhook":"http://127.0.0.1:9/x","sessionWebhookExpiredTime":%s}',
    counter % 30 + 1, os.getenv("RUN"), tid, counter, os.getenv("RUN"), tid, counter, timestamp, counter % 2 + 1,
    timestamp)
  if os.getenv("BASELINE") == "1" then
    return wrk.format("GET", "/actuator/health/liveness", nil, nil), body
  end
  return wrk.format(nil, nil, nil, body)
end

function done(summary, latency, requests)
  io.write(string.format("RESULT requests=%d rps=%.1f p50_ms=%.2f p99_ms=%.2f non2xx=%d errors=%d\n",
    summary.requests, summary.requests / (summary.duration / 1e6),
    latency:percentile(50) / 1000, latency:percentile(99) / 1000,
    summary.errors.status, summary.errors.connect + summary.errors.read + summary.errors.write + summary.errors.timeout))
end
