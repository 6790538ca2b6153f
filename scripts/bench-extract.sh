#!/usr/bin/env bash
# Scores the extractor on ../shared/data/extraction/trafilatura-eval (trafilatura's own rule) and
# times it against plain Jsoup.parse on the same 990 pages, one thread, in the same run.
# Usage: scripts/bench-extract.sh [--rounds N] [--errors FILE] [--dump DIR] [--langid]
#   --langid  also runs the language-detector comparison (accuracy on Lingua's test sets, speed)
# Needs a built tree (mvn -o -q -DskipTests package, or test-compile); compiles if classes are missing.
set -euo pipefail
cd "$(dirname "$0")/.."
shared="${CRAWLSIEVE_SHARED:-../shared}"
if [ ! -f "$shared/data/extraction/trafilatura-eval/evaldata.json" ]; then
  echo "bench-extract: $shared/data/extraction/trafilatura-eval not found; nothing to measure"
  exit 0
fi
langid=false
args=()
for a in "$@"; do
  if [ "$a" = "--langid" ]; then langid=true; else args+=("$a"); fi
done
if [ ! -f pipeline/target/test-classes/org/crawlsieve/extract/bench/ExtractBench.class ]; then
  mvn -B -o -q -pl pipeline test-compile
fi
cpfile=pipeline/target/bench-classpath.txt
if [ ! -s "$cpfile" ] || [ pipeline/pom.xml -nt "$cpfile" ]; then
  mvn -B -o -q -pl pipeline dependency:build-classpath -Dmdep.includeScope=test \
    -Dmdep.outputFile="$(pwd)/$cpfile" >/dev/null
fi
cp="pipeline/target/classes:pipeline/target/test-classes:$(cat "$cpfile")"
java -Xmx3g -XX:+UseParallelGC -cp "$cp" org.crawlsieve.extract.bench.ExtractBench "$shared" \
  "${args[@]+"${args[@]}"}" 2> >(grep -v '^SLF4J' >&2)
if $langid; then
  CRAWLSIEVE_SHARED="$shared" java -Xmx4g -cp "$cp" org.crawlsieve.lang.LangIdBench --lines 100 \
    2> >(grep -v '^SLF4J' >&2)
fi
