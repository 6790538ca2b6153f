# crawlsieve: two commands do everything on a fresh machine: `make run` and `make test`.
SHELL := /bin/bash
MVN ?= mvn -B -q
GIT_COMMIT := $(shell git rev-parse --short HEAD 2>/dev/null || echo unknown)
MVN_ARGS := -Dgit.commit=$(GIT_COMMIT)
CONFIG ?= conf/local.yaml
MASTER ?= local[*]
OUT ?= out/sample

.PHONY: build run test tools clean sample help bench bench-jmh bench-profile

help:
	@echo "make build   compile, package, write the class path for scripts/crawlsieve"
	@echo "make run     build, then run the pipeline locally on sample-warc/ into $(OUT)"
	@echo "make test    all tests"
	@echo "make sample  regenerate sample-warc/ from its generator"
	@echo "make bench   throughput on local[1]/local[2] vs the inflate/parse floor (BENCH_MB=1024)"
	@echo "make bench-jmh      JMH microbenchmarks of the hot steps (JMH_ARGS=... to filter)"
	@echo "make bench-profile  JFR profile of a local[1] run: top frames"

jobs/target/classpath.txt: pom.xml pipeline/pom.xml jobs/pom.xml
	$(MVN) $(MVN_ARGS) install -DskipTests
	$(MVN) -pl jobs dependency:build-classpath -Dmdep.outputFile=target/classpath.txt -Dmdep.includeScope=test

build:
	$(MVN) $(MVN_ARGS) install -DskipTests
	$(MVN) -pl jobs dependency:build-classpath -Dmdep.outputFile=target/classpath.txt -Dmdep.includeScope=test
	@echo "built: scripts/crawlsieve --help"

run: build
	scripts/crawlsieve run --input 'sample-warc/*.warc.gz' --robots 'sample-warc/robotstxt/*.warc.gz' --output $(OUT) --config $(CONFIG) --master '$(MASTER)'

test: tools
	$(MVN) $(MVN_ARGS) install

# Tools the tests use besides Maven: Debian's chromium (the report test renders the HTML report
# in it). Installed when missing and possible; without it that one test skips.
tools:
	@command -v chromium >/dev/null 2>&1 || { \
	  (apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium) \
	    >/dev/null 2>&1 || echo "chromium could not be installed: the browser test will skip"; }

sample:
	$(MVN) -pl pipeline test-compile exec:java -Dexec.mainClass=org.crawlsieve.samplegen.SampleWarcGenerator -Dexec.classpathScope=test -Dexec.args=$(CURDIR)/sample-warc

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
