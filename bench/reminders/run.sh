#!/usr/bin/env bash
# Reminder fan-out benchmark: the monthly reminder to N branches (default 2000) against WireMock standing in for
# DingTalk, in one JVM with a real Redis, measured against a baseline taken in the same run (N plain POSTs of a
# reminder-sized body to the same WireMock). Four shapes: enterprise robot with one group per branch; a custom robot
# per branch (pace on); R custom robots shared by all branches (default 5) with the 20-a-minute pace off, then on.
# Prints time, allocation and heap, and the pacing math for what DingTalk's limits make of the paced cases.
#   bench/reminders/run.sh [branches, default 2000] [shared robots, default 5]
# BENCH_OPTS adds JVM options: -DgroupsOnly=true measures the enterprise-robot fan-out alone, -Drounds=N its rounds.
set -euo pipefail
cd "$(dirname "$0")/../.."
branches=${1:-2000}
robots=${2:-5}

./mvnw -B -q test-compile
./mvnw -B -q dependency:build-classpath -Dmdep.includeScope=test -Dmdep.outputFile=target/bench-classpath.txt >/dev/null
java -Xmx1g -XX:+UseSerialGC -Dfile.encoding=UTF-8 -Dbranches="$branches" -Drobots="$robots" ${BENCH_OPTS:-} \
  -cp "target/test-classes:target/classes:$(cat target/bench-classpath.txt)" \
  cn.dangjian.bot.reminder.ReminderFanOutBench 2>&1 | grep -v -E '^\s*$|WARN|INFO|^SLF4J'
