#!/usr/bin/env bash
# Benchmark of the year-end draft (model, templates, Word file with its chart): one branch with 10,000 records of
# the year, then 1,000 branches in a row. Figures are also ratios to a baseline of the same run (the same paragraphs
# written by POI with no model, template, styling or chart). Results go to stdout and bench/results/.
#   bench/report/run.sh [records of the big branch, 10000] [branches, 1000] [records per branch, 300]
set -euo pipefail
cd "$(dirname "$0")/../.."
fc-list 2>/dev/null | grep -i 'Noto Sans CJK' >/dev/null || echo "note: no CJK font (apt-get install fonts-noto-cjk): drafts are measured without their chart" >&2

./mvnw -B -q -o test-compile 2>/dev/null || ./mvnw -B -q test-compile
cp_file=$(mktemp)
trap 'rm -f "$cp_file"' EXIT
./mvnw -B -q -o dependency:build-classpath -Dmdep.includeScope=test -Dmdep.outputFile="$cp_file" >/dev/null
mkdir -p bench/results
java -Xms512m -Xmx1g -XX:+UseSerialGC -Djava.awt.headless=true \
  -cp "target/test-classes:target/classes:$(cat "$cp_file")" cn.dangjian.bot.report.DraftBench "$@" \
  | tee "bench/results/report-$(date +%Y%m%d-%H%M%S).txt"
