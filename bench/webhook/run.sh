#!/usr/bin/env bash
# Load benchmark of the webhook: signed log messages with unique msgIds, stored in Redis, against a trivial endpoint
# of the same app (/actuator/health/liveness, sent requests built by the same script) as baseline, in one run, at 32
# connections. Then checks that every acknowledged message was stored (admin API).
#
# Both endpoints are first driven until the JIT has stopped compiling (on two cores that takes about a minute of load
# for the webhook): measured earlier, a half-compiled baseline made the ratio look twice as good as it is. Then
# baseline and webhook alternate for ROUNDS rounds; the medians are reported.
#   bench/webhook/run.sh [seconds per round, default 15] [connections, default 32]
# Environment: ROUNDS (default 3), BOT_ARGS (extra arguments for the bot, to compare settings), JAVA_OPTS (the JVM's
# options; default the memory docker-compose.yml gives the bot: -XX:MaxRAM=768m -XX:MaxRAMPercentage=40
# -XX:+UseSerialGC size the JVM as in a container limited to 768 MB, a 307 MB heap; JAVA_OPTS= for none, as `java
# -jar` on a large host), TEXT (the message, with one %d for a number, default "主题党日 已开展，%d人参加").
# Besides the ratio it reports Redis's commands and CPU per acknowledged message (INFO commandstats and cpu, before
# and after the rounds), the commands the bot sends and its round trips per message (after the rounds), and the bot's
# resident memory.
set -euo pipefail
cd "$(dirname "$0")/../.."
seconds=${1:-15}
conns=${2:-32}
rounds=${ROUNDS:-3}
command -v wrk >/dev/null || { apt-get update -qq && apt-get install -y -qq wrk; }
command -v python3 >/dev/null || { apt-get update -qq && apt-get install -y -qq python3; }

if [[ -n ${JAR:-} ]]; then
  jar=$JAR
else
  ./mvnw -B -q ${MVN_OFFLINE:+-o} -DskipTests package
  jar=$(ls target/dangjian-bot-*.jar | grep -v original | head -1)
fi
work=$(mktemp -d)
port=18080
secret=bench-secret
token=bench-token
# local: the embedded Redis (no profile is production, which needs DingTalk credentials); replies in the response
# body, so the bench measures the webhook and the store, not a second HTTP call per reply
# shellcheck disable=SC2086
java ${JAVA_OPTS--XX:MaxRAM=768m -XX:MaxRAMPercentage=40 -XX:+UseSerialGC} -jar "$jar" --spring.profiles.active=local --server.port=$port --spring.data.redis.port=16379 --bot.redis.data-dir="$work/redis" \
  --bot.dingtalk.app-secret=$secret --bot.admin-token=$token --logging.level.root=WARN \
  --bot.dingtalk.reply-mode=body ${BOT_ARGS:-} \
  >"$work/bot.log" 2>&1 &
bot=$!
trap 'kill $bot 2>/dev/null; wait $bot 2>/dev/null || true; rm -rf "$work"' EXIT
for _ in $(seq 120); do curl -sf "http://127.0.0.1:$port/actuator/health" >/dev/null && break; sleep 1; done

# The bot accepts a sign once (a replayed DingTalk header is refused), so every request carries its own: timestamps
# going back from now one millisecond each, PER_LOAD per load, all well inside the signature's hour.
start=$(( $(date +%s%N) / 1000000 ))
per_load=150000
echo 0 >"$work/used"
signs() { # writes $work/signs: PER_LOAD "timestamp sign" lines never given out before in this run
  local used; used=$(cat "$work/used")
  python3 - "$secret" $((start - used)) $per_load >"$work/signs" <<'PY'
import base64, hashlib, hmac, sys
secret, newest, count = sys.argv[1].encode(), int(sys.argv[2]), int(sys.argv[3])
out = sys.stdout
for ts in range(newest, newest - count, -1):
    t = str(ts)
    out.write(t + " " + base64.b64encode(hmac.new(secret, (t + "\n").encode() + secret, hashlib.sha256).digest()).decode() + "\n")
PY
  echo $((used + per_load)) >"$work/used"
}
baseline_url="http://127.0.0.1:$port/actuator/health/liveness"
webhook_url="http://127.0.0.1:$port/webhook/dingtalk"

drive() { # baseline(0|1) url seconds [--latency], with the signs already written; $conns connections
  local threads=$(( conns < 2 ? conns : 2 ))
  BASELINE=$1 RUN=r$RANDOM SIGNS="$work/signs" THREADS=$threads wrk -t$threads -c"$conns" -d"$3"s ${4:-} \
    -s bench/webhook/log.lua "$2" | grep RESULT
}
load() { # baseline(0|1) url seconds [--latency]
  (( $1 == 1 )) || signs
  drive "$@"
}
compile_ms() { # time the JIT compilers have spent so far, in ms
  jcmd $bot PerfCounter.print | awk -F= '/^java.ci.totalTime=/ {t=$2} /^sun.os.hrt.frequency=/ {f=$2} END {printf "%d", t*1000/f}'
}
warm() { # baseline(0|1) url: 10-second loads until one adds under 300 ms of JIT work (a tenth of a core), at most 12
  for i in $(seq 12); do
    before=$(compile_ms); load "$1" "$2" 10 >/dev/null; after=$(compile_ms)
    spent=$((after - before))
    echo "  warm-up $i: ${spent} ms of JIT"
    (( spent < 300 )) && return
  done
  echo "  the JIT is still compiling: the machine is busy, the figures below are not comparable"
}
# The year's live records, counted in Redis (ZCARD of the date index), so that the check does not put the hundreds of
# thousands of records a run stores through the records API in the bot's 512 MB heap.
records() {
  python3 - "$(date +%Y)" <<'PY'
import socket, sys
key = "dj:{demo}:dates:" + sys.argv[1]
s = socket.create_connection(("127.0.0.1", 16379))
s.sendall(("*2\r\n$5\r\nZCARD\r\n$%d\r\n%s\r\n" % (len(key.encode()), key)).encode())
reply = s.recv(64).decode()
if not reply.startswith(":"):
    sys.exit("Redis answered " + reply)
print(int(reply[1:].split("\r\n")[0]))
PY
}
# INFO of the embedded redis-server: the total calls of every command ("calls"), each command's calls ("cmd:get", …)
# and its CPU seconds ("cpu").
redis_info() {
  python3 <<'PY'
import socket
s = socket.create_connection(("127.0.0.1", 16379))
s.sendall(b"*2\r\n$4\r\nINFO\r\n$3\r\nall\r\n")
data = b""
while True:
    data += s.recv(65536)
    head, _, rest = data.partition(b"\r\n")
    if head.startswith(b"$") and len(rest) >= int(head[1:]) + 2:
        break
calls, cpu = 0, 0.0
for line in rest.decode().splitlines():
    if line.startswith("cmdstat_"):
        name, stats = line[8:].split(":", 1)
        n = int(dict(kv.split("=") for kv in stats.split(","))["calls"])
        if name not in ("info", "zcard"):
            calls += n
            print("cmd:%s %d" % (name, n))
    elif line.startswith(("used_cpu_sys:", "used_cpu_user:")):
        cpu += float(line.split(":")[1])
print("calls %d" % calls)
print("cpu %.6f" % cpu)
PY
}
cpu_ticks() { # the bot's user and system CPU so far, in clock ticks (after the command name, which may hold spaces)
  sed 's/^.*) //' /proc/$bot/stat | awk '{print $12 + $13}'
}
field() { sed -n "s/.*$1=\([0-9.]*\).*/\1/p" <<<"$2"; }
median() { sort -n | awk '{v[NR]=$1} END {print v[int((NR+1)/2)]}'; }

echo "warm-up: webhook"; warm 0 "$webhook_url"
echo "warm-up: baseline"; warm 1 "$baseline_url"

before=$(records)
info_before=$(redis_info)
sent=0; non2xx=0; base_rps=(); hook_rps=(); ratios=(); p99s=(); base_cpu=(); hook_cpu=()
tick_us=$((1000000 / $(getconf CLK_TCK)))
for r in $(seq "$rounds"); do
  signs # before the clock: the signs' python must not count as the bot's load
  t0=$(cpu_ticks); base=$(drive 1 "$baseline_url" "$seconds"); t1=$(cpu_ticks)
  hook=$(drive 0 "$webhook_url" "$seconds" --latency); t2=$(cpu_ticks)
  base_cpu+=("$(( (t1 - t0) * tick_us / $(field requests "$base") ))")
  hook_cpu+=("$(( (t2 - t1) * tick_us / $(field requests "$hook") ))")
  echo "round $r  baseline: $base"
  echo "round $r  webhook:  $hook"
  base_rps+=("$(field rps "$base")"); hook_rps+=("$(field rps "$hook")"); p99s+=("$(field p99_ms "$hook")")
  ratios+=("$(awk -v a="$(field rps "$hook")" -v b="$(field rps "$base")" 'BEGIN{printf "%.3f", a/b}')")
  sent=$((sent + $(field requests "$hook"))); non2xx=$((non2xx + $(field non2xx "$hook")))
done
info_after=$(redis_info)
stored=$(( $(records) - before ))

echo "median baseline /actuator/health/liveness: $(printf '%s\n' "${base_rps[@]}" | median) requests/s"
echo "median webhook log messages:    $(printf '%s\n' "${hook_rps[@]}" | median) messages/s"
echo "throughput ratio webhook/baseline, median of rounds: $(printf '%s\n' "${ratios[@]}" | median) (target >= 0.33, issue 22)"
echo "bot CPU per request, median of rounds: baseline $(printf '%s\n' "${base_cpu[@]}" | median) us, webhook $(printf '%s\n' "${hook_cpu[@]}" | median) us (user and system, every thread of the bot)"
echo "p99 webhook, median of rounds: $(printf '%s\n' "${p99s[@]}" | median) ms (target < 50 ms at $conns connections)"
# wrk counts the answers it read before the clock stopped; up to one request per connection was still in flight.
echo "acknowledged: $sent ($non2xx non-2xx); stored during the rounds: $stored"
per_message() { # what the webhook's rounds cost Redis per acknowledged message
  python3 - "$sent" <<PY
import sys
sent = int(sys.argv[1])
def parse(text):
    return {k: float(v) for k, v in (line.split() for line in text.splitlines())}
before, after = parse("""$info_before"""), parse("""$info_after""")
calls = {k[4:]: after[k] - before.get(k, 0) for k in after if k.startswith("cmd:")}
print("Redis per acknowledged message: %.2f commands (%s), %.0f us of redis-server CPU" % (
    (after["calls"] - before["calls"]) / sent,
    ", ".join("%s %.2f" % (k, v / sent) for k, v in sorted(calls.items(), key=lambda kv: -kv[1]) if v / sent >= 0.01),
    (after["cpu"] - before["cpu"]) * 1e6 / sent))
PY
}
per_message
# Commands: what clients send Redis (MONITOR's lines not run by a script) per sign claimed (one per message), in
# a short load after the measured rounds (MONITOR slows Redis down), by command and first key's kind. Commands
# written together (the sign's claim and the question's read) are one round trip but two lines here.
commands_sent() {
  python3 - "$work/monitor" <<'PY'
import collections, re, sys
client, script, messages = collections.Counter(), collections.Counter(), 0
for line in open(sys.argv[1], encoding="utf-8", errors="replace"):
    args = re.findall(r'"((?:[^"\\]|\\.)*)"', line)
    if not args:
        continue
    name = args[0].lower()
    at = 3 if name in ("evalsha", "eval") else 1
    key = args[at] if len(args) > at else ""
    name += " " + re.sub(r"^(dj:(\{[^}]*\}:)?[a-z]+).*", r"\1", key)
    if "lua]" in line.split('"', 1)[0]:
        script[name] += 1
    else:
        client[name] += 1
        messages += name == "set dj:sign"
def show(counts):
    return ", ".join("%s %.2f" % (k, v / messages) for k, v in counts.most_common() if v / messages >= 0.01)
print("Redis commands the bot sends per message: %.2f (%s); run by scripts: %.2f (%s)" % (
    sum(client.values()) / messages, show(client), sum(script.values()) / messages, show(script)))
PY
}
signs
python3 - "$work/monitor" <<'PY' &
import socket, sys, time
s = socket.create_connection(("127.0.0.1", 16379))
s.sendall(b"*1\r\n$7\r\nMONITOR\r\n")
s.settimeout(0.5)
out, end = open(sys.argv[1], "wb"), time.time() + 3
while time.time() < end:
    try:
        out.write(s.recv(1 << 20))
    except socket.timeout:
        pass
PY
monitor=$!
drive 0 "$webhook_url" 3 >/dev/null
wait $monitor
commands_sent
# Round trips: Redis's read events per message with one request in flight, so that each read is one write of the
# bot's (the commands it sent together) and no other request's commands share it.
reads() {
  python3 <<'PY'
import socket
s = socket.create_connection(("127.0.0.1", 16379))
s.sendall(b"*2\r\n$4\r\nINFO\r\n$5\r\nstats\r\n")
data = b""
while b"total_reads_processed:" not in data or not data.endswith(b"\r\n"):
    data += s.recv(65536)
print(data.decode().split("total_reads_processed:")[1].split()[0])
PY
}
signs
reads_before=$(reads)
many=$conns; conns=1
one=$(drive 0 "$webhook_url" 3)
conns=$many
reads_after=$(reads)
echo "Redis round trips per message: $(awk -v r=$((reads_after - reads_before)) -v n="$(field requests "$one")" \
  'BEGIN{printf "%.2f", r/n}') (read events per message at one connection: $(field requests "$one") messages, $(field rps "$one")/s)"
echo "bot resident memory after the rounds: $(awk '/^VmRSS/ {printf "%d MB", $2/1024}' /proc/$bot/status), peak $(awk '/^VmHWM/ {printf "%d MB", $2/1024}' /proc/$bot/status) (JAVA_OPTS: ${JAVA_OPTS--XX:MaxRAM=768m -XX:MaxRAMPercentage=40 -XX:+UseSerialGC})"
if (( stored < sent - non2xx )); then echo "LOST: fewer records than acknowledged messages"; exit 1; fi
