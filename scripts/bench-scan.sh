#!/usr/bin/env bash
# Scan-to-display latency of the cashier window on a catalog of a million generated products:
# from the Enter of a wedge scan to the layout pulse that lays out the new cart row.
#   scripts/bench-scan.sh                       # 1,000,000 products, 2,000 timed scans
#   PRODUCTS=200000 SCANS=5000 scripts/bench-scan.sh
set -euo pipefail
source "$(dirname "$0")/common.sh"
cd "$SUANPAN_ROOT"
find_jdk25
products="${PRODUCTS:-1000000}"
scans="${SCANS:-2000}"
warmup="${WARMUP:-300}"

# one reactor build, so the classpath points at this checkout's modules
./mvnw -q -B -o -DskipTests -pl bench -am package dependency:build-classpath -Dmdep.outputFile=target/classpath.txt
cp="bench/target/suanpan-bench-0.1.0.jar:$(cat bench/target/classpath.txt)"
ensure_display

echo "Machine: $(nproc) cores, $(sed -n 's/^model name\s*: //p' /proc/cpuinfo | head -n 1), $("$JAVA_HOME/bin/java" -version 2>&1 | head -n 1)"
echo "Load average before: $(cut -d' ' -f1-3 /proc/loadavg)"
"$JAVA_HOME/bin/java" --enable-native-access=ALL-UNNAMED -Xmx3g -cp "$cp" \
    cn.suanpan.bench.scan.ScanToRow "$products" "$scans" "$warmup" 2>/dev/null
echo "Load average after: $(cut -d' ' -f1-3 /proc/loadavg)"
