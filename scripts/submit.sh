#!/usr/bin/env bash
# Submit crawlsieve to a Spark cluster with spark-submit. Build the job jar first: make dist.
#
#   scripts/submit.sh PRESET [spark-submit options ...] -- run --input … --output …
#
# Presets (the master and deploy mode; add or override anything with spark-submit options):
#   local          local[*] on this machine (a check of the jar before a cluster run)
#   standalone     --master $MASTER (spark://host:7077), driver on this machine
#   yarn-client    YARN, driver on this machine
#   yarn-cluster   YARN, driver in the cluster (config shipped with --files)
#   k8s            Kubernetes cluster mode: --master k8s://https://API:443, $K8S_IMAGE,
#                  $K8S_SERVICE_ACCOUNT, $K8S_NAMESPACE
#
# Environment (defaults in brackets):
#   SPARK_HOME           where bin/spark-submit is [spark-submit from PATH]
#   MASTER               spark://… or k8s://https://… (standalone, k8s)
#   CONFIG               crawlsieve config [conf/cluster.yaml]; classpath:conf/NAME.yaml reads a
#                        preset packed into the jar (no file to ship)
#   JOB_JAR              the shaded jar [dist/target/crawlsieve-job-0.1.0.jar]; for k8s usually
#                        local:///opt/crawlsieve/crawlsieve-job.jar inside $K8S_IMAGE
#   EXECUTORS            executors (YARN, k8s) [4]
#   EXECUTOR_CORES       cores per executor [4]
#   EXECUTOR_MEMORY      heap per executor [8g]; 2 GB per core is plenty (docs/cluster.md)
#   DRIVER_MEMORY        [4g]
#   EXECUTOR_JAVA_OPTS   executor JVM options [-XX:+UseParallelGC]
#   K8S_IMAGE            a Spark 4.2 / Java 17 image (with the job jar, or set K8S_UPLOAD_PATH)
#   K8S_NAMESPACE        [default]
#   K8S_SERVICE_ACCOUNT  service account allowed to create executor pods [spark]
#   K8S_UPLOAD_PATH      s3a:// folder where spark-submit uploads the jar and config (k8s)
#   DRY_RUN=1            print the spark-submit command instead of running it
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"

usage() {
  sed -n '2,30p' "${BASH_SOURCE[0]}" | sed 's/^# \{0,1\}//' >&2
  exit 2
}

[[ $# -ge 1 ]] || usage
preset="$1"
shift
spark_opts=()
while [[ $# -gt 0 && "$1" != "--" ]]; do
  spark_opts+=("$1")
  shift
done
[[ $# -gt 0 ]] || { echo "submit.sh: missing '--' before the crawlsieve arguments" >&2; usage; }
shift
app_args=("$@")
[[ ${#app_args[@]} -gt 0 ]] || { echo "submit.sh: no crawlsieve arguments (e.g. run --input …)" >&2; exit 2; }

submit="${SPARK_HOME:+$SPARK_HOME/bin/}spark-submit"
jar="${JOB_JAR:-$here/dist/target/crawlsieve-job-0.1.0.jar}"
config="${CONFIG:-$here/conf/cluster.yaml}"
executors="${EXECUTORS:-4}"
cores="${EXECUTOR_CORES:-4}"
memory="${EXECUTOR_MEMORY:-8g}"
driver_memory="${DRIVER_MEMORY:-4g}"
if [[ "$jar" != local://* && "$jar" != s3a://* && ! -f "$jar" ]]; then
  echo "submit.sh: no job jar at $jar; run 'make dist' first" >&2
  exit 2
fi

cmd=("$submit" --class org.crawlsieve.jobs.CrawlsieveCli --name crawlsieve
  --driver-memory "$driver_memory" --executor-memory "$memory")
ship_config=false
case "$preset" in
  local)
    cmd+=(--master 'local[*]')
    ;;
  standalone)
    [[ -n "${MASTER:-}" ]] || { echo "submit.sh: set MASTER=spark://host:7077" >&2; exit 2; }
    cmd+=(--master "$MASTER" --deploy-mode client --executor-cores "$cores")
    ;;
  yarn-client)
    cmd+=(--master yarn --deploy-mode client --num-executors "$executors"
      --executor-cores "$cores")
    ;;
  yarn-cluster)
    cmd+=(--master yarn --deploy-mode cluster --num-executors "$executors"
      --executor-cores "$cores")
    ship_config=true
    ;;
  k8s)
    [[ "${MASTER:-}" == k8s://* ]] || { echo "submit.sh: set MASTER=k8s://https://API:443" >&2; exit 2; }
    [[ -n "${K8S_IMAGE:-}" ]] || { echo "submit.sh: set K8S_IMAGE" >&2; exit 2; }
    cmd+=(--master "$MASTER" --deploy-mode cluster
      --conf spark.executor.instances="$executors"
      --conf spark.kubernetes.executor.request.cores="$cores"
      --conf spark.kubernetes.container.image="$K8S_IMAGE"
      --conf spark.kubernetes.namespace="${K8S_NAMESPACE:-default}"
      --conf spark.kubernetes.authenticate.driver.serviceAccountName="${K8S_SERVICE_ACCOUNT:-spark}")
    if [[ -n "${K8S_UPLOAD_PATH:-}" ]]; then
      cmd+=(--conf spark.kubernetes.file.upload.path="$K8S_UPLOAD_PATH")
    fi
    ship_config=true
    ;;
  *)
    echo "submit.sh: unknown preset '$preset' (local, standalone, yarn-client, yarn-cluster, k8s)" >&2
    exit 2
    ;;
esac

# The config travels with the job: packed presets are read from the jar; a file is read by a
# local driver directly, and shipped with --files to a driver that runs in the cluster, where it
# lands in the working directory under its own name.
if [[ "$config" == classpath:* ]]; then
  config_arg="$config"
elif $ship_config; then
  [[ -f "$config" ]] || { echo "submit.sh: config not found: $config" >&2; exit 2; }
  cmd+=(--files "$config")
  config_arg="$(basename "$config")"
else
  [[ -f "$config" ]] || { echo "submit.sh: config not found: $config" >&2; exit 2; }
  config_arg="$config"
fi

# Executors read whole WARC files sequentially; no speculation (a re-read costs S3 requests).
cmd+=(--conf spark.speculation=false --conf spark.task.maxFailures=4)
# The per-record pass streams: little stays live, much is allocated. The parallel collector does
# that work in short pauses only; G1's concurrent threads cost ~10 % of the CPU (docs/performance.md).
cmd+=(--conf "spark.executor.extraJavaOptions=${EXECUTOR_JAVA_OPTS:--XX:+UseParallelGC}")
cmd+=("${spark_opts[@]}" "$jar")

sub="${app_args[0]}"
rest=("${app_args[@]:1}")
has_config=false
for a in "${rest[@]}"; do
  [[ "$a" == "--config" || "$a" == "-c" || "$a" == --config=* ]] && has_config=true
done
if $has_config; then
  cmd+=("$sub" "${rest[@]}")
else
  cmd+=("$sub" --config "$config_arg" "${rest[@]}")
fi

if [[ "${DRY_RUN:-0}" == 1 ]]; then
  printf '%q ' "${cmd[@]}"
  echo
else
  exec "${cmd[@]}"
fi
