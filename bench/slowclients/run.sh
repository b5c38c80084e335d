#!/usr/bin/env bash
# Slow clients against the webhook (issue 17, item 5): CONNS connections each announce a 60,000-byte body without any
# signature and drip it a byte every two seconds, while signed callbacks arrive once a second. Reports how the slow
# uploads were answered and how soon the bot closed them, whether every signed callback was answered and how fast,
# and Tomcat's busy workers sampled from the actuator during the attack (the workers freed, not only 401s seen).
#   bench/slowclients/run.sh [seconds, default 40] [slow connections, default 260]
# Environment: BOT_ARGS (extra arguments for the bot, e.g. --server.tomcat.threads.max=50 to make starvation obvious).
set -euo pipefail
cd "$(dirname "$0")/../.."
seconds=${1:-40}
conns=${2:-260}
command -v python3 >/dev/null || { apt-get update -qq && apt-get install -y -qq python3; }
ulimit -n 4096 2>/dev/null || true

./mvnw -B -q ${MVN_OFFLINE:+-o} -DskipTests package
jar=$(ls target/dangjian-bot-*.jar | grep -v original | head -1)
work=$(mktemp -d)
port=18081
secret=bench-secret
token=bench-token
# shellcheck disable=SC2086
java -Xmx512m -jar "$jar" --spring.profiles.active=local --server.port=$port --spring.data.redis.port=16381 \
  --bot.redis.data-dir="$work/redis" --bot.dingtalk.app-secret=$secret --bot.admin-token=$token \
  --logging.level.root=WARN --bot.dingtalk.reply-mode=body --server.tomcat.mbeanregistry.enabled=true \
  ${BOT_ARGS:-} >"$work/bot.log" 2>&1 &
bot=$!
trap 'kill $bot 2>/dev/null; wait $bot 2>/dev/null; rm -rf "$work"' EXIT
for _ in $(seq 120); do curl -sf "http://127.0.0.1:$port/actuator/health" >/dev/null && break; sleep 1; done

python3 - "$port" "$secret" "$token" "$seconds" "$conns" <<'PY'
import base64, hashlib, hmac, json, socket, sys, threading, time, urllib.request

port, secret, token, seconds, conns = int(sys.argv[1]), sys.argv[2].encode(), sys.argv[3], int(sys.argv[4]), int(sys.argv[5])
stop = time.time() + seconds
slow = []          # per slow connection: (status line, seconds until the bot closed it, or None if still open)
signed = []        # per signed callback: (HTTP status, seconds)
busy = []          # tomcat.threads.busy samples
lock = threading.Lock()

def slow_upload(i):
    start = time.time()
    s = socket.create_connection(("127.0.0.1", port))
    s.settimeout(2)
    s.sendall(b"POST /webhook/dingtalk HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\n"
              b"Content-Length: 60000\r\n\r\n{")
    received, closed = b"", None
    while time.time() < stop and closed is None:
        try:
            chunk = s.recv(4096)
            if not chunk:
                closed = time.time() - start
            received += chunk
        except socket.timeout:
            try:
                s.sendall(b" ")      # a byte every two seconds
            except OSError:
                closed = time.time() - start
        except OSError:
            closed = time.time() - start
    s.close()
    with lock:
        slow.append((received.split(b"\r\n")[0].decode(errors="replace"), closed))

def sign(ts):
    return base64.b64encode(hmac.new(secret, (ts + "\n").encode() + secret, hashlib.sha256).digest()).decode()

def signed_callbacks():
    n = 0
    while time.time() < stop - 3:
        n += 1
        ts = str(int(time.time() * 1000))
        body = json.dumps({"msgtype": "text", "text": {"content": " 主题党日 已开展，%d人参加" % (n % 50 + 1)},
                           "msgId": "slowbench%d-%d" % (int(time.time()), n), "createAt": int(ts),
                           "conversationType": "2", "conversationId": "cidDemoBranchGroup",
                           "senderStaffId": "member01", "senderNick": "王芳", "robotCode": "x"}).encode()
        req = urllib.request.Request("http://127.0.0.1:%d/webhook/dingtalk" % port, data=body, method="POST",
                                     headers={"Content-Type": "application/json", "timestamp": ts, "sign": sign(ts)})
        start = time.time()
        try:
            status = urllib.request.urlopen(req, timeout=20).status
        except Exception as e:
            status = getattr(e, "code", "timeout")
        with lock:
            signed.append((status, time.time() - start))
        time.sleep(1)

def sample_busy():
    while time.time() < stop:
        req = urllib.request.Request("http://127.0.0.1:%d/actuator/metrics/tomcat.threads.busy" % port,
                                     headers={"Authorization": "Bearer " + token})
        try:
            busy.append(json.load(urllib.request.urlopen(req, timeout=5))["measurements"][0]["value"])
        except Exception:
            busy.append(None)
        time.sleep(2)

threads = [threading.Thread(target=slow_upload, args=(i,)) for i in range(conns)]
threads += [threading.Thread(target=signed_callbacks), threading.Thread(target=sample_busy)]
for t in threads:
    t.start()
for t in threads:
    t.join()

def pct(values, p):
    values = sorted(values)
    return values[min(len(values) - 1, int(p * len(values)))] if values else float("nan")

statuses = {}
for line, _ in slow:
    statuses[line] = statuses.get(line, 0) + 1
closed = [c for _, c in slow if c is not None]
ok = [t for s, t in signed if s == 200]
print("slow unsigned uploads: %d, answered %s" % (len(slow), statuses))
print("  closed by the bot: %d of %d, median %.2f s, max %.2f s after connecting" %
      (len(closed), len(slow), pct(closed, 0.5), max(closed) if closed else float("nan")))
print("signed callbacks during the attack: %d sent, %d answered 200, p50 %.0f ms, p99 %.0f ms, others %s" %
      (len(signed), len(ok), pct(ok, 0.5) * 1000, pct(ok, 0.99) * 1000, [s for s, _ in signed if s != 200]))
good = [b for b in busy if b is not None]
print("tomcat.threads.busy during the attack: max %s, median %s (%d samples, %d failed)" %
      (max(good) if good else "-", pct(good, 0.5) if good else "-", len(good), len(busy) - len(good)))
PY
