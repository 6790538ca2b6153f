#!/usr/bin/env bash
# make bench: end-to-end throughput of the per-record pass on local[1] and local[2] against the
# physical floor (inflate alone; inflate + Jsoup parse), on a ~BENCH_MB benchmark WARC set built
# from the real pages in ../shared and cached outside the repo. See docs/performance.md.
#
#   scripts/bench.sh             build, make the WARC set if missing, floors, local[1], local[2]
#   scripts/bench.sh profile     a warm local[1] JVM under JFR; the pass's samples by part, top
#                                frames (BENCH_PROFILE_ROUNDS, default 4)
#   scripts/bench.sh jmh [ARGS]  the JMH microbenchmarks of the hot steps (ARGS go to JMH)
#
# Environment: BENCH_MB (default 1024), BENCH_FILES (default 16), BENCH_CACHE (default
# ~/.cache/crawlsieve), BENCH_MASTERS (default "local[1] local[2]"), BENCH_JAVA_OPTS (extra JVM
# options for the pipeline runs, e.g. -XX:TieredStopAtLevel=1; the collector is BENCH_GC),
# BENCH_WARM (default 1: also the warm-JVM runs), BENCH_WARM_ROUNDS (default 8: measured runs in
# the warm JVM, the median of the last three reported, and passes of the parse floor), BENCH_COLD
# (default 1: 0 skips the cold-JVM runs), BENCH_INTERLEAVE (default 1: the warm JVMs of the masters
# take turns round by round; 0 runs one after the other), BENCH_PIN (default 1: each JVM on as
# many CPUs as its cores; 0 unpinned), BENCH_KEEP_WORK (1 keeps the logs and
# outputs in the printed folder), BENCH_GC (default -XX:+UseParallelGC, as scripts/crawlsieve; e.g.
# -XX:+UseG1GC to compare), CRAWLSIEVE_SHARED.
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$here"
mode="${1:-run}"
[[ $# -gt 0 ]] && shift
mb="${BENCH_MB:-1024}"
nfiles="${BENCH_FILES:-16}"
# v2: records carry WARC-Block-Digest and WARC-Payload-Digest (sets written before lack them)
cache="${BENCH_CACHE:-$HOME/.cache/crawlsieve}/bench-v2-${mb}mb-${nfiles}f"
masters="${BENCH_MASTERS:-local[1] local[2]}"
# the collector scripts/crawlsieve and scripts/submit.sh give the pipeline's JVMs
gc="${BENCH_GC:--XX:+UseParallelGC}"
shared="${CRAWLSIEVE_SHARED:-$here/../shared}"

if [[ ! -d "$shared/data/extraction/trafilatura-eval/html" || ! -d "$shared/data/warc" ]]; then
  echo "bench: the shared data folder is absent ($shared): the benchmark needs its real pages" >&2
  echo "bench: (data/extraction/trafilatura-eval/html and data/warc). Set CRAWLSIEVE_SHARED." >&2
  exit 2
fi
shared="$(cd "$shared" && pwd)"
export CRAWLSIEVE_SHARED="$shared"

load() { cut -d' ' -f1-3 /proc/loadavg; }
cores_of() { sed 's/local\[\(.*\)\]/\1/' <<<"$1"; } # local[N] -> N

# BENCH_PIN=1 (the default since session 11; 0 gives the unpinned runs of earlier sessions): a
# JVM doing N cores' work (a floor on N threads, local[N]) runs on CPUs 0..N-1 only, as in an
# executor container given N CPUs. Unpinned, a single-threaded JVM's JIT and GC threads run on the
# idle core beside it (a warm local[1] keeps 1.02-1.07 cores busy), which a local[N] on all the
# machine's cores cannot do. The JVM sees N CPUs and sizes its GC and JIT pools for them, as in
# such a container. make bench-profile stays unpinned: it profiles one JVM, not a scaling.
pin() { # cores
  if [[ "${BENCH_PIN:-1}" == 1 && "$1" -lt "$(nproc)" ]]; then
    echo "taskset -c 0-$(($1 - 1))"
  fi
}

echo "== build (package only; nothing is installed into ~/.m2)"
mvn -B -q -o -Pbench -pl jobs,bench -am package dependency:build-classpath -DskipTests \
  -Dmdep.outputFile=target/classpath.txt -Dmdep.includeScope=test
bench_cp="$here/bench/target/classes:$here/pipeline/target/classes:$(cat bench/target/classpath.txt)"

if [[ "$mode" == jmh ]]; then
  exec java -Dcrawlsieve.shared="$shared" -cp "$bench_cp" org.openjdk.jmh.Main "$@"
fi

if [[ ! -f "$cache/one-record.warc.gz" ]]; then
  echo "== writing the benchmark WARC set ($mb MB uncompressed, $nfiles files) to $cache"
  java -Xmx2g -cp "$bench_cp" org.crawlsieve.bench.BenchWarcBuilder "$shared" "$cache" "$mb" "$nfiles"
fi
files=("$cache"/bench-*.warc.gz)
# the files alone: the cache folder also keeps make bench-profile's recording
echo "== benchmark set: ${#files[@]} files, $(du -ch "${files[@]}" | tail -1 | cut -f1) gzipped, in $cache"
if [[ "$mode" == run && "${BENCH_PIN:-1}" == 1 ]]; then
  command -v taskset >/dev/null ||
    { echo "bench: BENCH_PIN=1 needs taskset (Debian: util-linux); BENCH_PIN=0 runs unpinned" >&2; exit 2; }
  echo "== BENCH_PIN=1: each JVM runs on as many CPUs as its cores (BENCH_PIN=0: unpinned)"
fi
echo "== machine: $(nproc) cores, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | sed 's/^ //'), java $(java -version 2>&1 | head -1 | cut -d'"' -f2)"

work="$(mktemp -d "${TMPDIR:-/tmp}/crawlsieve-bench.XXXXXX")"
if [[ "${BENCH_KEEP_WORK:-0}" == 1 ]]; then
  echo "== logs and outputs kept in $work"
else
  trap 'rm -rf "$work"' EXIT
fi

# One pipeline run: prints "pass_s records peak_rss_kb cpu_s": per-record-pass seconds from
# stats.json, response records read, the JVM's peak RSS (in local mode the driver JVM is the one
# executor) and the process's CPU seconds (user + system), which a loaded machine inflates less
# than wall time.
pipeline_run() { # master input out [java opts]
  local master="$1" input="$2" out="$3" opts="${4:-} ${BENCH_JAVA_OPTS:-}"
  CRAWLSIEVE_JAVA_OPTS="-Xmx4g $gc $opts" /usr/bin/time -f '%M %U %S %e' -o "$out.rss" \
    $(pin "$(cores_of "$master")") scripts/crawlsieve run --input "$input" --output "$out" \
    --master "$master" \
    >"$out.log" 2>&1 || { echo "bench: run failed, see below" >&2; tail -30 "$out.log" >&2; exit 1; }
  python3 - "$out/stats.json" $(tail -1 "$out.rss") <<'PY'
import json, sys
s = json.load(open(sys.argv[1]))
t = s["timing"]
rss, user, system, elapsed = sys.argv[2:6]
print(t["per_record_pass_seconds"], s["records_read"]["by_type"].get("response", 0), rss,
      round(float(user) + float(system), 2), elapsed)
PY
}

# For WarmRunBench JVMs: compiles the jobs' test classes, sets jobs_cp (their class path) and
# opens (the JDK packages Spark reflects into).
warm_setup() {
  mvn -B -o -q -pl jobs test-compile dependency:build-classpath -Dmdep.includeScope=test \
    -Dmdep.outputFile="$here/jobs/target/bench.classpath"
  jobs_cp="jobs/target/test-classes:jobs/target/classes:pipeline/target/classes:$(cat jobs/target/bench.classpath)"
  opens=(-XX:+IgnoreUnrecognizedVMOptions)
  for p in java.lang java.lang.invoke java.io java.net java.nio java.util java.util.concurrent \
    sun.nio.ch sun.nio.cs sun.util.calendar; do
    opens+=("--add-opens=java.base/$p=ALL-UNNAMED")
  done
}

if [[ "$mode" == profile ]]; then
  # a warm local[1] JVM (WarmRunBench: a warm-up run over half the files, then
  # BENCH_PROFILE_ROUNDS rounds over all of them) under JFR; the top frames are of the samples
  # inside the per-record-pass windows of rounds 2 and later, when the JIT has mostly settled.
  # DebugNonSafepoints: without it a sample in compiled code takes the nearest safepoint's
  # debug information, and the frames inlined there (often a rare branch's) get the blame
  jfr_file="$cache/last-profile.jfr" # kept (outside the repo) for jfr print / JMC
  rounds="${BENCH_PROFILE_ROUNDS:-4}"
  echo "== profiling a warm local[1] JVM with JFR, $rounds rounds (load $(load))"
  warm_setup
  java -Xmx4g $gc "${opens[@]}" -Dcrawlsieve.bench.rounds="$rounds" ${BENCH_JAVA_OPTS:-} \
    -XX:+UnlockDiagnosticVMOptions -XX:+DebugNonSafepoints \
    "-XX:StartFlightRecording=filename=$jfr_file,settings=profile" -cp "$jobs_cp" \
    org.crawlsieve.jobs.WarmRunBench 'local[1]' "$work/prof" $(( ${#files[@]} / 2 )) "${files[@]}" \
    2>"$work/prof.log" | grep '^warm ' | sed 's/^/   /' ||
    { echo "bench: profiled run failed" >&2; tail -30 "$work/prof.log" >&2; exit 1; }
  # deep stacks: a truncated one loses the frames that say which part of the pass it is in
  jfr print --stack-depth 256 --events jdk.ExecutionSample "$jfr_file" > "$work/samples.txt"
  python3 scripts/jfr_top.py "$work/samples.txt" --windows "$work/prof.log" --skip 2
  exit 0
fi

echo "== floor, single-threaded, after one file of JIT warm-up (load $(load))"
# the floors run with the pipeline's collector ($gc), so both sides pay the same GC
floor_inflate="$($(pin 1) java -Xmx2g $gc -cp "$bench_cp" org.crawlsieve.bench.Floor inflate "${files[@]}")"
echo "   $floor_inflate   (load after: $(load))"
# parse: the first round is the cold floor; with the warm runs on, more rounds give the floor of a
# warm JVM (the last), which the warm pipeline is compared with
floor_rounds=1
[[ "${BENCH_WARM:-1}" == 1 ]] && floor_rounds="${BENCH_WARM_ROUNDS:-8}"
floor_parse_all="$($(pin 1) java -Xmx2g $gc -Dfloor.rounds="$floor_rounds" -cp "$bench_cp" \
  org.crawlsieve.bench.Floor parse "${files[@]}")"
sed 's/^/   /' <<<"$floor_parse_all"
echo "   (load after: $(load))"
floor_parse="$(head -1 <<<"$floor_parse_all")"
parse_rps="$(sed 's/.*records_per_s=//' <<<"$floor_parse")"
warm_parse_rps="$(tail -1 <<<"$floor_parse_all" | sed 's/.*records_per_s=//')"
inflate_rps="$(sed 's/.*records_per_s=//' <<<"$floor_inflate")"
parse_cpu_rps="$(sed 's/.*records_per_cpu_s=\([0-9.]*\).*/\1/' <<<"$floor_parse")"

# The machine's own scaling for this work: the parse floor on N threads (N = the most cores among
# BENCH_MASTERS), files dealt to the threads as Spark deals them to tasks; the last round against
# the single thread's last round is the ceiling for the pipeline's local[N] / local[1].
max_cores="$(for m in $masters; do cores_of "$m"; done | sort -n | tail -1)"
if [[ "$max_cores" -gt 1 ]]; then
  echo "== floor, inflate + parse on $max_cores threads (load $(load))"
  floor_threads_all="$($(pin "$max_cores") java -Xmx2g $gc -Dfloor.rounds="$floor_rounds" \
    -Dfloor.threads="$max_cores" -cp "$bench_cp" org.crawlsieve.bench.Floor parse "${files[@]}")"
  sed 's/^/   /' <<<"$floor_threads_all"
  threads_rps="$(tail -1 <<<"$floor_threads_all" | sed 's/.*records_per_s=//')"
  python3 -c "print('   floor scaling, $max_cores threads / 1 thread (last rounds) = %.2fx' % ($threads_rps / $warm_parse_rps))"
fi

declare -A total_rps
cold_masters="$masters"
[[ "${BENCH_COLD:-1}" == 1 ]] || cold_masters=""
for m in $cold_masters; do
  cores="$(cores_of "$m")"
  echo "== pipeline $m, default config (load before: $(load))"
  read -r one_s one_n one_rss one_cpu one_wall < <(pipeline_run "$m" "$cache/one-record.warc.gz" "$work/one-$cores")
  read -r all_s all_n all_rss all_cpu all_wall < <(pipeline_run "$m" "$cache/bench-*.warc.gz" "$work/all-$cores")
  echo "   (load after: $(load))"
  python3 - "$work/all-$cores/stats.json" "$m" "$cores" "$one_s" "$all_s" "$all_n" "$all_rss" \
    "$parse_rps" "$inflate_rps" "$one_cpu" "$all_cpu" "$parse_cpu_rps" "$one_wall" "$all_wall" <<'PY'
import json, sys
(stats, master, cores, one_s, all_s, n, rss, parse_rps, inflate_rps, one_cpu, all_cpu,
 parse_cpu_rps, one_wall, all_wall) = sys.argv[1:]
cores, one_s, all_s, n = int(cores), float(one_s), float(all_s), int(n)
parse_rps, inflate_rps = float(parse_rps), float(inflate_rps)
cpu = max(float(all_cpu) - float(one_cpu), 1e-9)
parse_cpu_rps = float(parse_cpu_rps)
net = max(all_s - one_s, 1e-9)
rps = n / net
per_core = rps / cores
steps = json.load(open(stats))["timing"]["per_record_pass_by_step_seconds"]
print(f"   records={n}  per-record pass {all_s:.1f} s - one-record run {one_s:.1f} s = {net:.1f} s")
print(f"   end to end: {rps:.1f} records/s = {per_core:.1f} records/s per core"
      f"   peak RSS {int(rss) / 1024:.0f} MB")
print(f"   CPU: whole run {all_cpu} s - one-record run {one_cpu} s = {cpu:.1f} s ="
      f" {n / cpu:.1f} records per CPU second (all threads: GC, JIT, dedup and stats included);"
      f" / floor's {parse_cpu_rps:.1f} = {n / cpu / parse_cpu_rps:.2f}")
wall = max(float(all_wall) - float(one_wall), 1e-9)
print(f"   cores the JVM got: {cpu:.1f} CPU s / {wall:.1f} wall s (whole runs, differenced) ="
      f" {cpu / wall:.2f} of {cores} (less means other processes took the CPU)")
print(f"   pipeline / inflate+parse floor = {per_core / parse_rps:.2f}"
      f"   pipeline / inflate floor = {per_core / inflate_rps:.2f}")
print("   per step (task seconds over all cores; records/s per core for that step alone; share):")
total = steps.get("total", 0) or 1e-9
for k, v in sorted(steps.items(), key=lambda kv: -kv[1]):
    if k == "total":
        continue
    rate = n / v if v > 0 else float("inf")
    print(f"     {k:<24} {v:9.2f} s  {rate:10.1f} rec/s  {100 * v / total:5.1f}%")
print(f"     {'total (task time)':<24} {total:9.2f} s  {n / total:10.1f} rec/s")
print(f"RESULT {master} {rps:.2f}")
PY
done | tee "$work/results.txt"
r1="$(awk '$1=="RESULT" && $2=="local[1]" {print $3}' "$work/results.txt")"
r2="$(awk '$1=="RESULT" && $2=="local[2]" {print $3}' "$work/results.txt")"
if [[ -n "$r1" && -n "$r2" ]]; then
  python3 -c "print('== scaling local[2]/local[1], cold JVM = %.2fx' % ($r2 / $r1))"
fi

# The same runs in a warm JVM (WarmRunBench: one Spark session, a warm-up run over half the files,
# then BENCH_WARM_ROUNDS measured runs over all of them; the median of the last three is reported): a cold run spends
# about as much CPU in the JIT compilers as in the tasks, on the other core, which hides the
# pipeline's own scaling, and the JIT still compiles for several runs after the first.
if [[ "${BENCH_WARM:-1}" == 1 ]]; then
  warm_rounds="${BENCH_WARM_ROUNDS:-8}"
  warm_setup
  warm_jvm() { # master cores [java options]
    $(pin "$2") java -Xmx4g $gc "${opens[@]}" -Dcrawlsieve.bench.rounds="$warm_rounds" \
      ${BENCH_JAVA_OPTS:-} "${@:3}" -cp "$jobs_cp" org.crawlsieve.jobs.WarmRunBench "$1" "$work/warm-$2" \
      $(( ${#files[@]} / 2 )) "${files[@]}" 2>"$work/warm-$2.log" | grep '^warm ' \
      >"$work/warm-$2.txt" ||
      { echo "bench: warm run failed" >&2; tail -30 "$work/warm-$2.log" >&2; exit 1; }
  }
  n_masters="$(wc -w <<<"$masters")"
  if [[ "${BENCH_INTERLEAVE:-1}" == 1 && "$n_masters" -gt 1 ]]; then
    # one warm JVM per master, taking turns round by round (WarmRunBench's turns folder): the
    # masters' rounds sit side by side in time, so this VM's drift hits both alike
    turns="$work/turns"
    mkdir -p "$turns"
    echo "== pipeline $masters, warm JVMs taking turns round by round (load before: $(load))"
    # the single-threaded parse floor takes its turn before the masters in every round, so the
    # floor ratio is also measured round by round, side by side in time
    $(pin 1) java -Xmx2g $gc -Dfloor.rounds="$warm_rounds" -Dfloor.turns="$turns" \
      -cp "$bench_cp" org.crawlsieve.bench.Floor parse "${files[@]}" >"$work/floor-turns.txt" &
    declare -A pid_of=([floor]=$!)
    floor_tags="floor"
    if [[ "$max_cores" -gt 1 ]]; then
      # and the floor on max_cores threads right after it: the machine's own scaling in the same
      # minutes as the pipeline's, round by round
      $(pin "$max_cores") java -Xmx2g $gc -Dfloor.rounds="$warm_rounds" -Dfloor.turns="$turns" \
        -Dfloor.tag=floorN -Dfloor.threads="$max_cores" -cp "$bench_cp" \
        org.crawlsieve.bench.Floor parse "${files[@]}" \
        >"$work/floorN-turns.txt" &
      pid_of[floorN]=$!
      floor_tags="floor floorN"
    fi
    for m in $masters; do
      warm_jvm "$m" "$(cores_of "$m")" -Dcrawlsieve.bench.turns="$turns" &
      pid_of[$(tr -cd 'A-Za-z0-9' <<<"$m")]=$!
    done
    for r in $(seq 0 "$warm_rounds"); do
      for tag in $floor_tags $(tr -cd 'A-Za-z0-9 ' <<<"$masters"); do
        touch "$turns/go-$tag-$r"
        while [[ ! -f "$turns/done-$tag-$r" ]]; do
          # a JVM that died before its turn ended: stop with its status (not 0 here)
          # (or that wrote its last done file and exited between the two looks: carry on)
          kill -0 "${pid_of[$tag]}" 2>/dev/null || [[ -f "$turns/done-$tag-$r" ]] ||
            { wait "${pid_of[$tag]}"; exit 1; }
          sleep 0.2
        done
      done
    done
    for p in "${pid_of[@]}"; do wait "$p"; done
  else
    for m in $masters; do
      cores="$(cores_of "$m")"
      echo "== pipeline $m, warm JVM (load before: $(load))"
      warm_jvm "$m" "$cores"
    done
  fi
  for m in $masters; do
    cores="$(cores_of "$m")"
    echo "== pipeline $m, warm JVM"
    sed 's/^/   /' "$work/warm-$cores.txt"
    echo "   (load after: $(load))"
    python3 - "$cores" "$warm_parse_rps" "$work/warm-$cores.txt" "$work/warm-$cores.log" <<'PY'
import re, statistics, sys
cores, parse_rps = int(sys.argv[1]), float(sys.argv[2])
rounds = [dict(f.split("=", 1) for f in line.split()[1:]) for line in open(sys.argv[3])]
kv = rounds[-1]
# the last three rounds: the JIT has settled (it compiles for five or six runs: on 2 cores,
# local[2] still spent 1.7-2 s per pass compiling in round 5, 0.4-0.8 s from round 6 on);
# the median damps a noisy round
settled = rounds[-3:]
median_pass = statistics.median(float(r["pass_s"]) for r in settled)
n, pass_s, cpu = int(kv["records"]), float(kv["pass_s"]), float(kv["process_cpu_s"])
wall = float(kv["run_wall_s"])
pass_cpu, pass_jit, pass_gc = (float(kv[k]) for k in ("pass_cpu_s", "pass_jit_s", "pass_gc_s"))
rps = n / pass_s
print(f"   warm (round {kv['round']}) end to end: {rps:.1f} records/s = {rps / cores:.1f} records/s"
      f" per core (per-record pass {pass_s:.1f} s)")
print(f"   during the pass: process CPU {pass_cpu:.1f} s = {pass_cpu / pass_s:.2f} cores busy,"
      f" JIT {pass_jit:.1f} s, GC pauses {pass_gc:.1f} s")
print(f"   whole measured run: {wall:.1f} s wall, process CPU {cpu:.1f} s of which JIT"
      f" {kv['jit_s']} s")
n_rps = int(kv["records"]) / median_pass
print(f"   median of rounds {len(rounds) - len(settled) + 1}..{len(rounds)}: {n_rps:.1f} records/s ="
      f" {n_rps / cores:.1f} records/s per core")
print(f"   warm pipeline (median) / warm inflate+parse floor ({parse_rps:.1f}/s) ="
      f" {n_rps / cores / parse_rps:.2f}")
# where the cores of the pass went (PassTimeline), summed over the last three rounds
lines = {}
for line in open(sys.argv[4], errors="replace"):
    m = re.search(r"round (\d+) timeline: (.*)", line)
    if m:
        lines[int(m.group(1))] = dict(f.split("=", 1) for f in m.group(2).split())
last = [lines[int(r["round"])] for r in settled if int(r["round"]) in lines]
if last:
    t = {k: sum(float(x[k]) for x in last) for k in ("core_s", "run_s", "cpu_s", "idle_s", "tail_s")}
    share = lambda v: f"{v:.1f} s ({100 * v / t['core_s']:.0f} %)"
    print(f"   cores x pass window, last {len(last)} rounds: {t['core_s']:.1f} s = task CPU"
          f" {share(t['cpu_s'])} + tasks off the CPU {share(t['run_s'] - t['cpu_s'])}"
          f" (JIT, GC, other threads) + idle cores {share(t['idle_s'])} (of which the last"
          f" tasks' tail {t['tail_s']:.1f} s) + task start and end {share(t['core_s'] - t['run_s'] - t['idle_s'])}")
print(f"WARM {cores} {n_rps:.2f}")
PY
  done | tee "$work/warm.txt"
  w1="$(awk '$1=="WARM" && $2=="1" {print $3}' "$work/warm.txt")"
  w2="$(awk '$1=="WARM" && $2=="2" {print $3}' "$work/warm.txt")"
  if [[ -n "$w1" && -n "$w2" ]]; then
    python3 -c "print('== scaling local[2]/local[1], warm JVM = %.2fx' % ($w2 / $w1))"
  fi
  if [[ -f "$work/floor-turns.txt" && -n "$w1" ]]; then
    # round by round: with turns, the floor's round r, local[1]'s and local[2]'s ran one after
    # the other, so each ratio compares neighbours in time
    python3 - "$work/floor-turns.txt" "$work/warm-1.txt" "$work/warm-2.txt" \
      "$work/floorN-turns.txt" "$work/warm-2.log" <<'PY'
import os, re, statistics, sys
def warm_rounds(path):
    if not os.path.exists(path):
        return []
    return [dict(f.split("=", 1) for f in line.split()[1:]) for line in open(path)]
def rates(path):
    return [int(r["records"]) / float(r["pass_s"]) for r in warm_rounds(path)]
def cores_busy(path):
    # per round: (process CPU / pass wall, process CPU) of the per-record pass
    return [(float(r["pass_cpu_s"]) / float(r["pass_s"]), float(r["pass_cpu_s"]))
            for r in warm_rounds(path)]
def floor_rates(path):
    if not os.path.exists(path):
        return []
    return [float(line.split("records_per_s=")[1]) for line in open(path)]
floor, floor_n = floor_rates(sys.argv[1]), floor_rates(sys.argv[4])
one, two = rates(sys.argv[2]), rates(sys.argv[3])
print("   floor side by side, records/s per round: " + " ".join(f"{f:.0f}" for f in floor))
def report(name, values):
    print(f"   per round, {name}: " + " ".join(f"{v:.2f}" for v in values))
    last = values[-3:]
    print(f"== {name}, median of the last {len(last)} rounds = {statistics.median(last):.2f}")
report("local[1] / floor", [a / f for a, f in zip(one, floor)])
if two:
    report("local[2] per core / floor", [b / 2 / f for b, f in zip(two, floor)])
    scaling = [b / a for a, b in zip(one, two)]
    report("scaling local[2]/local[1]", scaling)
    if floor_n:
        # the parse floor on 2 threads against 1, in the same round: what this machine gave
        machine = [n / f for f, n in zip(floor, floor_n)]
        report("machine's scaling, floor on 2 threads / 1 thread", machine)
        report("pipeline's scaling / machine's", [s / m for s, m in zip(scaling, machine)])
    # the scaling is exactly (cores busy, local[2] / local[1]) / (CPU per record, local[2] /
    # local[1]), both from the pass's process CPU: the first is how much of two cores local[2]
    # keeps busy against what local[1] takes (unpinned, its JIT and GC run on the idle core), the
    # second what the same records cost on two cores against one. On this VM the first holds
    # steady from round to round and the second carries the drift
    busy1, busy2 = cores_busy(sys.argv[2]), cores_busy(sys.argv[3])
    if len(busy1) == len(busy2) == len(two):
        report("cores busy, local[2] / local[1]", [b / a for (a, _), (b, _) in zip(busy1, busy2)])
        report("CPU per record, local[2] / local[1]",
               [c2 / c1 for (_, c1), (_, c2) in zip(busy1, busy2)])
    # the end-of-pass tail (one core idle while the other runs the last file) is half a file per
    # core: 1-4 % of this 16-file pass, once per job on a crawl of thousands of files per core;
    # without it, what the two cores give while both have work (PassTimeline's tail_s)
    tails = {}
    if os.path.exists(sys.argv[5]):
        for line in open(sys.argv[5], errors="replace"):
            m = re.search(r"round (\d+) timeline: .*?window_s=([\d.]+) .*?tail_s=(-?[\d.]+)", line)
            if m:
                tails[int(m.group(1))] = (float(m.group(2)), max(0.0, float(m.group(3))))
    if len(tails) == len(two):
        steady = [b * w / (w - t / 2) / a
                  for (a, b, (w, t)) in zip(one, two, (tails[r + 1] for r in range(len(two))))]
        report("scaling without the end-of-pass tail", steady)
PY
  fi
fi
echo "== load at the end: $(load)"
