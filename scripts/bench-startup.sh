#!/usr/bin/env bash
# Start-up of the terminal holding a large catalog, against a bare themed JavaFX window
# with a table, measured in the same run. Each run prints READY <ms since JVM start>.
#   scripts/bench-startup.sh            # 7 runs each, 100,000 products
#   RUNS=11 PRODUCTS=200000 scripts/bench-startup.sh
set -euo pipefail
source "$(dirname "$0")/common.sh"
cd "$SUANPAN_ROOT"
find_jdk25
ensure_packages "${UI_PACKAGES[@]}" xvfb
runs="${RUNS:-7}"
products="${PRODUCTS:-100000}"

# one reactor build, so the classpath points at this checkout's modules
./mvnw -q -B -DskipTests -pl bench -am package dependency:build-classpath -Dmdep.outputFile=target/classpath.txt
# jars only: the AOT cache refuses class folders on the class path
cp="bench/target/suanpan-bench-0.1.0.jar:$(cat bench/target/classpath.txt)"
java=("$JAVA_HOME/bin/java" --enable-native-access=ALL-UNNAMED -cp "$cp")

work="bench/target/startup-$products"
data="$work/data"
if [ ! -f "$data/db/suanpan.mv.db" ]; then
    mkdir -p "$work"
    echo "Generating and importing $products products..."
    "${java[@]}" cn.suanpan.bench.startup.LargeCatalog "$products" "$work/catalog.csv"
    start=$(date +%s%N)
    "${java[@]}" cn.suanpan.app.Main --data-dir "$data" catalog import "$work/catalog.csv" >/dev/null 2>&1
    echo "Import took $(( ($(date +%s%N) - start) / 1000000 )) ms"
fi
ensure_display

ready() { "$@" 2>/dev/null | sed -n 's/^READY //p' | tail -n 1; }

# JDK 25 AOT cache: one training run records the classes loaded and linked at start-up.
rm -f "$work/app.aot"
"${java[@]}" -XX:AOTCacheOutput="$work/app.aot" cn.suanpan.app.Main --data-dir "$data" --exit-when-ready >/dev/null 2>&1 || true

bare=(); app=(); aot=()
for i in $(seq 1 "$runs"); do
    bare+=("$(ready "${java[@]}" cn.suanpan.bench.startup.BareWindow)")
    app+=("$(ready "${java[@]}" cn.suanpan.app.Main --data-dir "$data" --exit-when-ready)")
    if [ -f "$work/app.aot" ]; then
        aot+=("$(ready "${java[@]}" -XX:AOTCache="$work/app.aot" cn.suanpan.app.Main --data-dir "$data" --exit-when-ready)")
    fi
done

median() { printf '%s\n' "$@" | sort -n | awk '{a[NR]=$1} END {print (NR%2 ? a[(NR+1)/2] : int((a[NR/2]+a[NR/2+1])/2))}'; }
mb=$(median "${bare[@]}"); ma=$(median "${app[@]}")
echo
echo "Machine: $(nproc) cores, $(sed -n 's/^model name\s*: //p' /proc/cpuinfo | head -n 1), $("$JAVA_HOME/bin/java" -version 2>&1 | head -n 1)"
echo "Catalog: $products products; $runs runs each; READY = ms from JVM start to the first rendered frame"
echo "| window | runs (ms) | median (ms) | vs bare |"
echo "|---|---|---|---|"
echo "| bare themed window + table | ${bare[*]} | $mb | 1.00 |"
echo "| terminal | ${app[*]} | $ma | $(awk "BEGIN {printf \"%.2f\", $ma/$mb}") |"
if [ ${#aot[@]} -gt 0 ]; then
    mo=$(median "${aot[@]}")
    echo "| terminal, AOT cache | ${aot[*]} | $mo | $(awk "BEGIN {printf \"%.2f\", $mo/$mb}") |"
fi
