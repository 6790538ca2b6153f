#!/usr/bin/env bash
# PII benchmark: throughput per core of each detector and of the whole pii step, 1 MB adversarial
# inputs per detector under a time bound, and precision/recall on Presidio's synthetic gold spans.
# Needs ../shared beside the repository (or CRAWLSIEVE_SHARED). Exit status 1 when an adversarial
# input runs over its bound. Usage: scripts/bench-pii.sh [extra JVM args]
set -euo pipefail
cd "$(dirname "$0")/.."
repo="$(pwd)"
export CRAWLSIEVE_SHARED="${CRAWLSIEVE_SHARED:-$repo/../shared}"
if [ ! -d "$CRAWLSIEVE_SHARED/data" ]; then
  echo "bench-pii: $CRAWLSIEVE_SHARED/data not found (set CRAWLSIEVE_SHARED)" >&2
  exit 2
fi
cp_file="$repo/pipeline/target/bench-pii-classpath.txt"
mvn -B -o -q -pl pipeline test-compile dependency:build-classpath \
  -Dmdep.outputFile="$cp_file" -Dmdep.includeScope=test
exec java -Xmx2g "$@" \
  -cp "pipeline/target/classes:pipeline/target/test-classes:$(cat "$cp_file")" \
  org.crawlsieve.pii.PiiBenchmark
