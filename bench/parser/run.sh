#!/bin/sh
# How fast a message is understood, before and after: every phrasing of the parse tables parsed in a loop by this
# tree's parser and by the parser of an earlier commit (compiled here into target/bench-before, loaded in its own class
# loader), with a naive keyword bot (one precompiled alternation of all catalogue words) as the floor, all in the same
# run. Medians of alternating trials; messages per second and the ratio after/before. Not a test.
#   bench/parser/run.sh [rounds, default 300] [before revision, default f28c90e: the parser before issue 14]
# Worst cases: every generated message of up to 2,000 characters (runs, nestings, repetitions: WorstCases) against an
# ordinary report in the same run, as a ratio of time per message, worst first; any that throws is listed.
#   bench/parser/run.sh worst [rounds, default 20] [only the cases whose name contains this]
set -e
cd "$(dirname "$0")/../.."
if [ "$1" = worst ]; then
  ./mvnw -B -q ${MVN_OFFLINE:+-o} test-compile dependency:build-classpath -Dmdep.includeScope=test -Dmdep.outputFile=target/bench-classpath.txt
  exec java -Xmx512m -cp "target/test-classes:target/classes:$(cat target/bench-classpath.txt)" \
    cn.dangjian.bot.command.ParserBenchmark worst "${2:-20}" "${3:-}"
fi
rounds="${1:-300}"
before="${2:-f28c90e}"
./mvnw -B -q ${MVN_OFFLINE:+-o} test-compile dependency:build-classpath -Dmdep.includeScope=test -Dmdep.outputFile=target/bench-classpath.txt
classpath="target/test-classes:target/classes:$(cat target/bench-classpath.txt)"
out=target/bench-before
rm -rf "$out" && mkdir -p "$out/src" "$out/classes"
# only the command package of the earlier commit: the catalogue and the records it builds are this tree's
git archive "$before" src/main/java/cn/dangjian/bot/command | tar -x -C "$out/src"
javac -nowarn -encoding UTF-8 -d "$out/classes" -cp "target/classes:$(cat target/bench-classpath.txt)" \
  $(find "$out/src" -name '*.java')
git rev-parse --short "$before" > "$out/classes/REVISION"
exec java -Xmx512m -cp "$classpath" cn.dangjian.bot.command.ParserBenchmark "$rounds" "$out/classes"
