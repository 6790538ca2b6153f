#!/usr/bin/env bash
# What one WARC file costs in the per-record pass (docs/cluster.md, "Sizing"): set-up, CPU time
# per record and per uncompressed MB on one core, heap peak and the process's peak RSS.
#   scripts/bench-per-file.sh [WARC] [CONFIG] [PASSES]
# defaults: sample-warc/CC-MAIN-2026-08-sample-00000.warc.gz conf/local.yaml 3; env BENCH_XMX [2g]
set -euo pipefail
cd "$(dirname "$0")/.."
warc="${1:-sample-warc/CC-MAIN-2026-08-sample-00000.warc.gz}"
config="${2:-conf/local.yaml}"
passes="${3:-3}"
mvn -B -o -q -pl jobs -am test-compile
cp_file=jobs/target/bench.classpath
mvn -B -o -q -pl jobs dependency:build-classpath -Dmdep.includeScope=test -Dmdep.outputFile="$cp_file"
cp="jobs/target/test-classes:jobs/target/classes:pipeline/target/classes:$(cat "$cp_file")"
log=$(mktemp)
/usr/bin/time -v java -Xmx"${BENCH_XMX:-2g}" -XX:+UseParallelGC -cp "$cp" \
  -Dlog4j2.configurationFile=conf/log4j2.properties \
  org.crawlsieve.jobs.PerFileCostBench "$warc" "$config" "$passes" 2> "$log"
grep -E 'Maximum resident set size' "$log" | sed 's/^\s*/process /'
grep -E 'Exception|ERROR' "$log" | head -5 || true
rm -f "$log"
