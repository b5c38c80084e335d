#!/bin/sh
# How long understanding a message takes: every phrasing of the parse table, parsed in a loop, against a naive keyword
# bot (one precompiled alternation of all catalogue words) as the baseline of the same run. Medians of alternating
# trials. Not a test; the numbers are for comparison within one run.
#   bench/parser/run.sh [rounds, default 300]
set -e
cd "$(dirname "$0")/../.."
./mvnw -B -q ${MVN_OFFLINE:+-o} test-compile dependency:build-classpath -Dmdep.includeScope=test -Dmdep.outputFile=target/bench-classpath.txt
exec java -Xmx512m -cp "target/test-classes:target/classes:$(cat target/bench-classpath.txt)" \
  cn.dangjian.bot.command.ParserBenchmark "${1:-300}"
