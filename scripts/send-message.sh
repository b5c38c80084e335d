#!/usr/bin/env bash
# Sends one signed robot message to a running bot, exactly as DingTalk's HTTP callback does, and prints the answer.
#   scripts/send-message.sh "3月15日召开支委会，7人参加" [staffId] [conversationId]
# Environment: BOT_URL (default http://localhost:8080), BOT_DINGTALK_APP_SECRET (default local-dev-secret),
#              NICK (default 王芳), IS_ADMIN (true|false, default false: DingTalk's isAdmin,
#              which the bot ignores; roles come from bot-config/branches.yml).
set -euo pipefail
text=${1:?usage: $0 "消息内容" [staffId] [conversationId]}
staff=${2:-member01}
cid=${3:-cidDemoBranchGroup}
url=${BOT_URL:-http://localhost:8080}
secret=${BOT_DINGTALK_APP_SECRET:-local-dev-secret}
nick=${NICK:-王芳}
admin=${IS_ADMIN:-false}
type=2
[[ $cid == cidPrivate* ]] && type=1

ts=$(( $(date +%s%N) / 1000000 ))
sign=$(printf '%s\n%s' "$ts" "$secret" | openssl dgst -sha256 -hmac "$secret" -binary | base64)
msgid="msg$ts$RANDOM"
json_text=$(printf '%s' " $text" | sed 's/\\/\\\\/g; s/"/\\"/g')

body=$(cat <<JSON
{"msgtype":"text","text":{"content":"$json_text"},"msgId":"$msgid","createAt":$ts,
 "conversationType":"$type","conversationId":"$cid","conversationTitle":"机关第一党支部",
 "senderId":"\$:LWCP_v1:\$$staff","senderNick":"$nick","senderCorpId":"dingLocal","senderStaffId":"$staff",
 "chatbotUserId":"\$:LWCP_v1:\$bot","chatbotCorpId":"dingLocal","robotCode":"dingLocalRobot","isAdmin":$admin,
 "isInAtList":true,"sessionWebhook":"$url/emulator/dingtalk/robot/sendBySession?session=$msgid","sessionWebhookExpiredTime":$(( ts + 5400000 ))}
JSON
)
# The bot answers by the message's sessionWebhook (or a push), not in the HTTP response: the local emulator keeps
# what the bot sends, so the answer is read from there.
timeline="$url/emulator/api/messages"
last_seq() { curl -sS "$timeline?after=${1:-0}" | grep -o '"seq":[0-9]*' | tail -1 | cut -d: -f2; }
before=$(last_seq 0 2>/dev/null || true)
response=$(curl -sS -X POST "$url/webhook/dingtalk" -H 'Content-Type: application/json; charset=utf-8' \
  -H "timestamp: $ts" -H "sign: $sign" --data-binary "$body" -w '\n%{http_code}')
status=${response##*$'\n'}
answer=${response%$'\n'*}
if [[ $status != 200 ]]; then
  echo "HTTP $status $answer" >&2
  exit 1
fi
if [[ -n $answer && $answer != "{}" ]]; then   # reply-mode body: the answer is the response
  echo "$answer"
  exit 0
fi
for _ in $(seq 1 30); do
  sleep 0.2
  news=$(curl -sS "$timeline?after=${before:-0}" | grep -o '"from":"bot"[^}]*"text":"\([^"\\]\|\\.\)*"' || true)
  if [[ -n $news ]]; then
    printf '%s\n' "$news" | sed -E 's/.*"text":"(.*)"$/\1/; s/\\n/\n/g; s/\\"/"/g'
    exit 0
  fi
done
echo "(no answer within 6 s: is the bot running with the local profile?)" >&2
