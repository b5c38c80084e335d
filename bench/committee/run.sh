#!/usr/bin/env bash
# A committee of N branches (default 500) with R records each this year (default 200), in a real redis-server: the
# 各支部进度 answer and the heat map (both read the year's counters of every branch in one pipeline), against reading
# the same counters alone and against reading every record; then Redis memory per record (INFO used_memory, MEMORY
# USAGE) and the projection for 100,000 branches x 200 records a year. Results go to stdout and bench/results/.
#   bench/committee/run.sh [branches, 500] [records per branch, 200]
set -euo pipefail
cd "$(dirname "$0")/../.."
fc-list :lang=zh 2>/dev/null | grep -q . || echo "note: no CJK font (apt-get install fonts-noto-cjk): the heat map cannot be drawn" >&2

./mvnw -B -q -o test-compile 2>/dev/null || ./mvnw -B -q test-compile
cp_file=$(mktemp)
trap 'rm -f "$cp_file"' EXIT
./mvnw -B -q -o dependency:build-classpath -Dmdep.includeScope=test -Dmdep.outputFile="$cp_file" >/dev/null
mkdir -p bench/results
uptime
java -Xms256m -Xmx1g -XX:+UseSerialGC -Djava.awt.headless=true -Dfile.encoding=UTF-8 \
  -cp "target/test-classes:target/classes:$(cat "$cp_file")" cn.dangjian.bot.committee.CommitteeBench "$@" 2>&1 \
  | grep -v -E 'WARN|INFO|^SLF4J' | tee "bench/results/committee-$(date +%Y%m%d-%H%M%S).txt"
