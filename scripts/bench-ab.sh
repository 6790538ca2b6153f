#!/usr/bin/env bash
# Side-by-side A/B of two builds of the per-record pass: for each variant a single-threaded parse
# floor and a warm local[1] WarmRunBench JVM, the four taking turns round by round (A: floor,
# pipeline; B: floor, pipeline; A and B swap places every round), so both variants see the same
# minutes of a drifting VM. Prints per-round floor and pipeline records/s, their ratio, and the
# medians of the last three rounds.
#
# usage: scripts/bench-ab.sh BASE_WORKTREE [rounds]
#   A = BASE_WORKTREE's {jobs,pipeline}/target/classes in front (build it first:
#       git worktree add /tmp/base <commit> && (cd /tmp/base && mvn -B -o -q -pl pipeline,jobs compile))
#   B = this tree, built by `make bench` (or scripts/bench.sh run) beforehand
# env: OPTS_A / OPTS_B (extra JVM options per variant, e.g. to compare flags on one build)
set -euo pipefail
here="$(cd "$(dirname "$0")/.." && pwd)"
cd "$here"
base="${1:?usage: scripts/bench-ab.sh BASE_WORKTREE [rounds]}"
rounds="${2:-6}"
cache="${BENCH_CACHE:-$HOME/.cache/crawlsieve}"
files=("$cache"/bench-v2-"${BENCH_MB:-1024}"mb-"${BENCH_FILES:-16}"f/bench-*.warc.gz)
[[ -f "${files[0]}" ]] || { echo "bench-ab: no benchmark set; run make bench first" >&2; exit 1; }
[[ -f jobs/target/bench.classpath && -f bench/target/classpath.txt ]] ||
  { echo "bench-ab: run make bench first (it writes the classpaths)" >&2; exit 1; }
out="$(mktemp -d "${TMPDIR:-/tmp}/crawlsieve-ab.XXXXXX")"
jobs_cp="jobs/target/test-classes:jobs/target/classes:pipeline/target/classes:$(cat jobs/target/bench.classpath)"
bench_cp="bench/target/classes:pipeline/target/classes:$(cat bench/target/classpath.txt)"
declare -A prefix=([A]="$base/jobs/target/classes:$base/pipeline/target/classes:" [B]="")
declare -A opts=([A]="${OPTS_A:-}" [B]="${OPTS_B:-}")
opens=(-XX:+IgnoreUnrecognizedVMOptions)
for p in java.lang java.lang.invoke java.io java.net java.nio java.util java.util.concurrent \
  sun.nio.ch sun.nio.cs sun.util.calendar; do
  opens+=("--add-opens=java.base/$p=ALL-UNNAMED")
done
pids=()
declare -A turn_pid=() # the JVM that answers a variant's turn; it exits after its last one
for v in A B; do
  mkdir -p "$out/t$v"
  # shellcheck disable=SC2086
  java -Xmx2g -XX:+UseParallelGC ${opts[$v]} -Dfloor.rounds="$rounds" -Dfloor.turns="$out/t$v" \
    -cp "${prefix[$v]}$bench_cp" org.crawlsieve.bench.Floor parse "${files[@]}" \
    >"$out/floor-$v.txt" 2>"$out/floor-$v.log" &
  pids+=($!)
  turn_pid[$v-floor]=$!
  # shellcheck disable=SC2086
  java -Xmx4g -XX:+UseParallelGC "${opens[@]}" ${opts[$v]} -Dcrawlsieve.bench.rounds="$rounds" \
    -Dcrawlsieve.bench.turns="$out/t$v" -cp "${prefix[$v]}$jobs_cp" \
    org.crawlsieve.jobs.WarmRunBench 'local[1]' "$out/w$v" $(( ${#files[@]} / 2 )) "${files[@]}" \
    2>"$out/warm-$v.log" | grep '^warm ' >"$out/warm-$v.txt" &
  pids+=($!)
  turn_pid[$v-local1]=$!
done
for r in $(seq 0 "$rounds"); do
  order="A B"; (( r % 2 )) && order="B A"
  for v in $order; do
    for tag in floor local1; do
      touch "$out/t$v/go-$tag-$r"
      while [[ ! -f "$out/t$v/done-$tag-$r" ]]; do
        # a JVM may write its last done file and exit between the two looks
        kill -0 "${turn_pid[$v-$tag]}" 2>/dev/null || [[ -f "$out/t$v/done-$tag-$r" ]] ||
          { echo "bench-ab: a JVM died; logs in $out" >&2; exit 1; }
        sleep 0.2
      done
    done
  done
done
for p in "${pids[@]}"; do wait "$p"; done
python3 - "$out" <<'PY'
import re, statistics, sys
out = sys.argv[1]
for v in "AB":
    floor = [float(x) for x in re.findall(r"records_per_s=([\d.]+)", open(f"{out}/floor-{v}.txt").read())]
    warm = open(f"{out}/warm-{v}.txt").read()
    records = int(re.search(r"records=(\d+)", warm).group(1))
    pipe = [records / float(x) for x in re.findall(r"pass_s=([\d.]+)", warm)]
    n = min(len(floor), len(pipe))
    ratio = [p / f for p, f in zip(pipe[-n:], floor[-n:])]
    print(f"{v} floor    " + " ".join(f"{x:.0f}" for x in floor))
    print(f"{v} pipeline " + " ".join(f"{x:.0f}" for x in pipe))
    print(f"{v} ratio    " + " ".join(f"{x:.3f}" for x in ratio)
          + f"   median of the last 3: pipeline {statistics.median(pipe[-3:]):.0f} records/s,"
          + f" ratio {statistics.median(ratio[-3:]):.3f}")
PY
echo "(logs in $out)"
