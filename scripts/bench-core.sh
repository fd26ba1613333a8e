#!/usr/bin/env bash
# The sale engine's benchmarks on a generated catalog of PRODUCTS products (1,000,000 by
# default): catalog index heap, barcode lookup and searches, add-to-cart with promotions,
# sale commit. Short JMH iterations by default; LONG=1 for the benchmarks' own settings.
#   scripts/bench-core.sh
#   PRODUCTS=100000 scripts/bench-core.sh
#   ONLY=SaleCommitBenchmark scripts/bench-core.sh      # one of the four below
#   SEARCHES='CatalogIndexBenchmark' scripts/bench-core.sh  # every lookup and search, not only the issue's four
# The terminal database with the imported catalog is kept in bench/target/core-bench-N and
# copied for each sale benchmark: the first run imports it (a million products: about two
# minutes), later runs do not.
set -euo pipefail
source "$(dirname "$0")/common.sh"
cd "$SUANPAN_ROOT"
find_jdk25
products="${PRODUCTS:-1000000}"
results="bench/target/core-bench-results"
mkdir -p "$results"

if [ "${BUILD:-1}" = 1 ]; then
    ./mvnw -q -B -o -DskipTests -pl bench -am process-classes
fi
cp="bench/target/classes:$(cat bench/target/classpath.txt)"
java=("$JAVA_HOME/bin/java" -cp "$cp")
template="$SUANPAN_ROOT/bench/target/core-bench"
if [ "${LONG:-0}" = 1 ]; then
    short=()
else
    short=(-f 1 -wi 2 -w 3s -i 3 -r 5s)
fi

load() { cut -d' ' -f1-3 /proc/loadavg; }
echo "Machine: $(nproc) cores, $(sed -n 's/^model name\s*: //p' /proc/cpuinfo | head -n 1), $("$JAVA_HOME/bin/java" -version 2>&1 | head -n 1)"

run() {
    local name="$1"; shift
    if [ -n "${ONLY:-}" ] && [[ "$name" != *"$ONLY"* ]]; then
        return
    fi
    echo
    echo "== $name (load average before: $(load))"
    "$@" 2>&1 | grep -v ' DEBUG \| INFO ' | tee "$results/$name.txt"
    echo "(load average after: $(load))"
}

# heap of the index after GC, in the terminal's 1 GiB
run CatalogIndexHeap "${java[@]}" -Xmx1g cn.suanpan.bench.catalog.CatalogIndexHeap "$products"
# each benchmark method builds the index again in its own fork (about two minutes on a busy machine)
searches="${SEARCHES:-CatalogIndexBenchmark\.(lookupBarcode|searchName|searchPinyinInitials|searchPartialBarcode)}"
run CatalogIndexBenchmark "${java[@]}" org.openjdk.jmh.Main "$searches" -p size="$products" "${short[@]}" \
    -rf json -rff "$results/CatalogIndexBenchmark.json"
run AddToCartBenchmark "${java[@]}" org.openjdk.jmh.Main AddToCartBenchmark -p products="$products" "${short[@]}" \
    -jvmArgsAppend "-Dsuanpan.bench.template=$template" -rf json -rff "$results/AddToCartBenchmark.json"
# a commit is JIT-cold for its first 20 s or so on a busy machine: warm it up longer
if [ "${LONG:-0}" = 1 ]; then commit=(); else commit=(-f 1 -wi 4 -w 10s -i 3 -r 10s); fi
run SaleCommitBenchmark "${java[@]}" org.openjdk.jmh.Main SaleCommitBenchmark -p products="$products" "${commit[@]}" \
    -jvmArgsAppend "-Dsuanpan.bench.template=$template" -rf json -rff "$results/SaleCommitBenchmark.json"
