# crawlsieve: two commands do everything on a fresh machine: `make run` and `make test`.
SHELL := /bin/bash
MVN ?= mvn -B -q
GIT_COMMIT := $(shell git rev-parse --short HEAD 2>/dev/null || echo unknown)
MVN_ARGS := -Dgit.commit=$(GIT_COMMIT)
CONFIG ?= conf/local.yaml
MASTER ?= local[*]
OUT ?= out/sample

.PHONY: build run test tools test-cluster dist clean sample help fmt lint bench bench-jmh bench-profile bench-extract bench-pii bench-quality bench-dedup

help:
	@echo "make build   compile, package, write the class path for scripts/crawlsieve"
	@echo "make run     build, then run the pipeline locally on sample-warc/ into $(OUT)"
	@echo "make test    all tests"
	@echo "make sample  regenerate sample-warc/ from its generator"
	@echo "make dist    the shaded job jar for spark-submit: dist/target/crawlsieve-job-0.1.0.jar"
	@echo "make test-cluster  the jar on a local standalone cluster and through s3a to a local S3"
	@echo "make bench   throughput on local[1]/local[2] vs the inflate/parse floor (BENCH_MB=1024)"
	@echo "make bench-jmh      JMH microbenchmarks of the hot steps (JMH_ARGS=... to filter)"
	@echo "make bench-profile  JFR profile of a warm local[1] JVM: the pass by part, top frames"

jobs/target/classpath.txt: pom.xml pipeline/pom.xml jobs/pom.xml
	$(MVN) $(MVN_ARGS) install -DskipTests
	$(MVN) -pl jobs dependency:build-classpath -Dmdep.outputFile=target/classpath.txt -Dmdep.includeScope=test

build:
	$(MVN) $(MVN_ARGS) install -DskipTests
	$(MVN) -pl jobs dependency:build-classpath -Dmdep.outputFile=target/classpath.txt -Dmdep.includeScope=test
	@echo "built: scripts/crawlsieve --help"

run: build
	scripts/crawlsieve run --input 'sample-warc/*.warc.gz' --robots 'sample-warc/robotstxt/*.warc.gz' --output $(OUT) --config $(CONFIG) --master '$(MASTER)'

# Every test: unit and Spark tests, then the shaded jar on a real standalone cluster, s3proxy and
# HTTP (test-cluster). Not quiet: Surefire's "Tests run:" lines are the test report.
test: tools
	mvn -B -ntp $(MVN_ARGS) install
	mvn -B -ntp $(MVN_ARGS) -Pdist -pl spark-dist,dist verify

# Tools the tests use besides Maven: Debian's chromium (the report test renders the HTML report
# in it). Installed when missing and possible; without it that one test skips.
tools:
	@command -v chromium >/dev/null 2>&1 || { \
	  (apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium) \
	    >/dev/null 2>&1 || echo "chromium could not be installed: the browser test will skip"; }

# The job jar for clusters (docs/cluster.md); not part of make build, which stays fast.
dist:
	$(MVN) $(MVN_ARGS) -Pdist -pl spark-dist,dist -am package -DskipTests
	@ls -l dist/target/crawlsieve-job-*.jar

# Builds the jar, then submits it to a standalone cluster and through s3a to s3proxy, both on
# 127.0.0.1, and compares with a local run (dist/src/test).
test-cluster:
	mvn -B -ntp $(MVN_ARGS) -Pdist -pl spark-dist,dist -am verify -Dtest='org.crawlsieve.dist.**' -Dsurefire.failIfNoSpecifiedTests=false

sample:
	$(MVN) -pl pipeline test-compile exec:java -Dexec.mainClass=org.crawlsieve.samplegen.SampleWarcGenerator -Dexec.classpathScope=test -Dexec.args=$(CURDIR)/sample-warc

# Benchmarks on ../shared/data (not part of make test; each prints its figures)
bench-extract:
	scripts/bench-extract.sh
bench-pii:
	scripts/bench-pii.sh
bench-quality:
	scripts/bench-quality.sh
bench-dedup:
	scripts/bench-dedup.sh 10000 100000

# google-java-format through Spotless
fmt:
	mvn -B -ntp -Pdist spotless:apply

lint:
	mvn -B -ntp -Pdist spotless:check

clean:
	$(MVN) clean
	rm -rf out

# Benchmarks (docs/performance.md): need ../shared (or CRAWLSIEVE_SHARED); not part of make test.
bench:
	scripts/bench.sh run

bench-jmh:
	scripts/bench.sh jmh $(JMH_ARGS)

bench-profile:
	scripts/bench.sh profile
