#!/usr/bin/env bash
# Benchmark of evidence: 1,000 photos of 2 MB attached to a year's meetings (sniff, SHA-256, directory store, Redis),
# then the year's 台账 exported (Word file with scaled photos, zip of every original streamed to disk). Time and peak
# heap of each phase, with a 512 MB heap: the 2 GB zip passes through it. Needs some 4 GB of free space in the temp
# directory. Results go to stdout and bench/results/.
#   bench/evidence/run.sh [photos, 1000] [MB a photo, 2] [meetings, 100]
set -euo pipefail
cd "$(dirname "$0")/../.."

./mvnw -B -q -o test-compile 2>/dev/null || ./mvnw -B -q test-compile
cp_file=$(mktemp)
trap 'rm -f "$cp_file"' EXIT
./mvnw -B -q -o dependency:build-classpath -Dmdep.includeScope=test -Dmdep.outputFile="$cp_file" >/dev/null
mkdir -p bench/results
java -Xms256m -Xmx512m -XX:+UseSerialGC -Djava.awt.headless=true \
  -cp "target/test-classes:target/classes:$(cat "$cp_file")" cn.dangjian.bot.evidence.EvidenceBench "$@" \
  | tee "bench/results/evidence-$(date +%Y%m%d-%H%M%S).txt"
