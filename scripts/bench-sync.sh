#!/usr/bin/env bash
# Sync throughput against a local cloud node (embedded H2, loopback HTTP): 10,000 queued
# sales pushed, a 100,000-product first pull (with its progress), 20 terminals pushing at
# once. Prints each run, the median and the load average; see docs/PERFORMANCE.md.
#   scripts/bench-sync.sh                 # all three scenarios, 3 runs each
#   scripts/bench-sync.sh push 5          # push | pull | concurrent, 5 runs
set -euo pipefail
source "$(dirname "$0")/common.sh"
cd "$SUANPAN_ROOT"
find_jdk25

./mvnw -q -B -DskipTests -pl bench -am package dependency:build-classpath -Dmdep.outputFile=target/classpath.txt
cp="bench/target/classes:$(cat bench/target/classpath.txt)"
"$JAVA_HOME/bin/java" -Xmx2g -cp "$cp" cn.suanpan.bench.sync.SyncBench "${1:-all}" "${2:-3}"
