#!/usr/bin/env bash
# Dedup benchmark: precision/recall against brute-force exact Jaccard on a sample, wall time and
# peak memory of the dedup stage on local[2].
#   scripts/bench-dedup.sh [N ...]        default: 10000 100000 1000000
# Env: BENCH_XMX (JVM heap, default 8g), BENCH_SAMPLE (families scored, default 1000),
#      BENCH_MASTER (default local[2]).
set -euo pipefail
cd "$(dirname "$0")/.."
sizes=("$@")
[ ${#sizes[@]} -eq 0 ] && sizes=(10000 100000 1000000)

mvn -B -o -q -pl jobs -am test-compile
cp_file=jobs/target/bench-dedup.classpath
mvn -B -o -q -pl jobs dependency:build-classpath -Dmdep.includeScope=test -Dmdep.outputFile="$cp_file"
# this checkout's classes first, ahead of any installed crawlsieve-pipeline jar
cp="jobs/target/test-classes:jobs/target/classes:pipeline/target/classes:$(cat "$cp_file")"

for n in "${sizes[@]}"; do
  log=$(mktemp)
  if [ -x /usr/bin/time ]; then
    /usr/bin/time -v java -Xmx"${BENCH_XMX:-8g}" -cp "$cp" org.crawlsieve.jobs.dedup.DedupBench \
      "$n" "${BENCH_SAMPLE:-1000}" "${BENCH_MASTER:-local[2]}" 2> "$log"
    grep -E 'Maximum resident set size|Elapsed \(wall clock\)' "$log" | sed 's/^\s*/  process /'
  else
    java -Xmx"${BENCH_XMX:-8g}" -cp "$cp" org.crawlsieve.jobs.dedup.DedupBench \
      "$n" "${BENCH_SAMPLE:-1000}" "${BENCH_MASTER:-local[2]}" 2> "$log"
  fi
  grep -E 'Exception|ERROR' "$log" | head -5 || true
  rm -f "$log"
done
