#!/bin/sh
# Rough timings of the activity store against a real local redis-server (the embedded binary), with a PING round
# trip through the same client as the baseline: one log call, reading a year of N records (default 10000),
# rebuilding its counters, and redis-server CPU per log from 16 threads (the budget of the webhook). Not a test; the
# numbers are for comparison within one run.
#   bench/store/run.sh [records]
set -e
cd "$(dirname "$0")/../.."
./mvnw -B -q ${MVN_OFFLINE:+-o} test-compile dependency:build-classpath -Dmdep.includeScope=test -Dmdep.outputFile=target/bench-classpath.txt
exec java -Xmx512m -cp "target/test-classes:target/classes:$(cat target/bench-classpath.txt)" \
  cn.dangjian.bot.activity.StoreTimings "${1:-10000}"
