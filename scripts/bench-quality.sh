#!/usr/bin/env bash
# Throughput of the quality stage (docs/s and MB/s per core) on ../shared/data/text/.
# Usage: scripts/bench-quality.sh [seconds] [config.yaml] [text-dir]
set -euo pipefail
cd "$(dirname "$0")/.."
repo=$(pwd)
seconds=${1:-10}
config=${2:-}
textdir=${3:-$repo/../shared/data/text}
cp_file=pipeline/target/bench-classpath.txt
mvn -B -o -q -pl pipeline test-compile dependency:build-classpath \
  -Dmdep.outputFile="$repo/$cp_file" -Dmdep.includeScope=test >/dev/null
exec java -Xmx2g -XX:+UseParallelGC -cp "pipeline/target/test-classes:pipeline/target/classes:$(cat "$cp_file")" \
  org.crawlsieve.quality.QualityBenchmark "$seconds" "$config" "$textdir"
