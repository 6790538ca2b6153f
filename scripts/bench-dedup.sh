#!/usr/bin/env bash
# Dedup benchmark: precision/recall against brute-force exact Jaccard on a sample, wall time and
# peak memory of the dedup stage on local[2].
#   scripts/bench-dedup.sh [N ...]        default: 10000 100000 1000000
# Env: BENCH_XMX (JVM heap, default 8g), BENCH_SAMPLE (families scored, default 1000),
#      BENCH_MASTER (default local[2]), BENCH_CONFIG (a crawlsieve YAML whose dedup section is used),
#      BENCH_QUALITY (none: no quality scores, so the family base is always kept; default: random).
set -euo pipefail
cd "$(dirname "$0")/.."
sizes=("$@")
[ ${#sizes[@]} -eq 0 ] && sizes=(10000 100000 1000000)

mvn -B -o -q -pl jobs -am test-compile
cp_file="$PWD/jobs/target/bench-dedup.classpath"
mvn -B -o -q -pl jobs dependency:build-classpath -Dmdep.includeScope=test -Dmdep.outputFile="$cp_file"
# this checkout's classes first, ahead of any installed crawlsieve-pipeline jar
cp="jobs/target/test-classes:jobs/target/classes:pipeline/target/classes:$(cat "$cp_file")"

# as scripts/crawlsieve (and spark-submit): Spark serialises cached blocks that spill to disk
# with Kryo, which needs java.nio open
opens=(-XX:+IgnoreUnrecognizedVMOptions)
for p in java.lang java.lang.invoke java.io java.net java.nio java.util java.util.concurrent \
  sun.nio.ch sun.nio.cs sun.util.calendar; do
  opens+=("--add-opens=java.base/$p=ALL-UNNAMED")
done

for n in "${sizes[@]}"; do
  log=$(mktemp)
  timer=()
  [ -x /usr/bin/time ] && timer=(/usr/bin/time -v)
  status=0
  "${timer[@]}" java -Xmx"${BENCH_XMX:-8g}" "${opens[@]}" ${BENCH_QUALITY:+-Dbench.quality="$BENCH_QUALITY"} -cp "$cp" org.crawlsieve.jobs.dedup.DedupBench \
    "$n" "${BENCH_SAMPLE:-1000}" "${BENCH_MASTER:-local[2]}" ${BENCH_CONFIG:+"$BENCH_CONFIG"} 2> "$log" || status=$?
  grep -E 'Maximum resident set size|Elapsed \(wall clock\)' "$log" | sed 's/^\s*/  process /' || true
  if [ "$status" -ne 0 ]; then
    echo "bench failed for N=$n (exit $status); log tail:" >&2
    grep -v ' INFO ' "$log" | tail -20 >&2
    rm -f "$log"
    exit "$status"
  fi
  rm -f "$log"
done
