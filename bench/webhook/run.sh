#!/usr/bin/env bash
# Load benchmark of the webhook: signed log messages with unique msgIds, stored in Redis, against a trivial endpoint
# of the same app (/actuator/info, sent the same requests built by the same script) as baseline, in one run, at 32
# connections. Then checks that every accepted
# message was stored (admin API).
#   bench/webhook/run.sh [duration, default 20s] [connections, default 32]
set -euo pipefail
cd "$(dirname "$0")/../.."
duration=${1:-20s}
conns=${2:-32}
command -v wrk >/dev/null || { apt-get update -qq && apt-get install -y -qq wrk; }

./mvnw -B -q -DskipTests package
jar=$(ls target/dangjian-bot-*.jar | grep -v original | head -1)
work=$(mktemp -d)
port=18080
secret=bench-secret
token=bench-token
java -Xmx512m -jar "$jar" --server.port=$port --spring.data.redis.port=16379 --bot.redis.data-dir="$work/redis" \
  --bot.dingtalk.app-secret=$secret --bot.admin-token=$token --logging.level.root=WARN >"$work/bot.log" 2>&1 &
bot=$!
trap 'kill $bot 2>/dev/null; wait $bot 2>/dev/null; rm -rf "$work"' EXIT
for _ in $(seq 120); do curl -sf "http://127.0.0.1:$port/actuator/health" >/dev/null && break; sleep 1; done

export TIMESTAMP=$(( $(date +%s%N) / 1000000 ))
export SIGN=$(printf '%s\n%s' "$TIMESTAMP" "$secret" | openssl dgst -sha256 -hmac "$secret" -binary | base64)

echo "warm-up"
BASELINE=1 RUN=warmb$RANDOM wrk -t2 -c$conns -d5s -s bench/webhook/log.lua "http://127.0.0.1:$port/actuator/info" >/dev/null
RUN=warm$RANDOM wrk -t2 -c$conns -d5s -s bench/webhook/log.lua "http://127.0.0.1:$port/webhook/dingtalk" >/dev/null
before=$(curl -sf -H "Authorization: Bearer $token" "http://127.0.0.1:$port/api/v1/branches/demo/records?year=$(date +%Y)" \
  | grep -o '"id"' | wc -l)

base=$(BASELINE=1 RUN=base$RANDOM wrk -t2 -c$conns -d$duration --latency -s bench/webhook/log.lua "http://127.0.0.1:$port/actuator/info" | grep RESULT)
hook=$(RUN=run$RANDOM wrk -t2 -c$conns -d$duration --latency -s bench/webhook/log.lua "http://127.0.0.1:$port/webhook/dingtalk" | grep RESULT)
after=$(curl -sf -H "Authorization: Bearer $token" "http://127.0.0.1:$port/api/v1/branches/demo/records?year=$(date +%Y)" \
  | grep -o '"id"' | wc -l)

echo "baseline /actuator/info : $base"
echo "webhook  log messages   : $hook"
field() { sed -n "s/.*$1=\([0-9.]*\).*/\1/p" <<<"$2"; }
rps_base=$(field rps "$base"); rps_hook=$(field rps "$hook")
sent=$(field requests "$hook"); non2xx=$(field non2xx "$hook")
echo "throughput ratio webhook/baseline: $(awk -v a="$rps_hook" -v b="$rps_base" 'BEGIN{printf "%.2f", a/b}') (target >= 0.5)"
echo "p99 webhook: $(field p99_ms "$hook") ms (target < 50 ms at $conns connections)"
stored=$((after - before))
# wrk counts the answers it read before the clock stopped; up to one request per connection was still in flight.
echo "acknowledged: $sent ($non2xx non-2xx); stored during the run: $stored"
if (( stored < sent - non2xx )); then echo "LOST: fewer records than acknowledged messages"; exit 1; fi
