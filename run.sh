#!/usr/bin/env bash
# Starts the Suanpan terminal on its embedded defaults: data in ~/.suanpan (or
# $SUANPAN_DATA / --data-dir), the demo store on first start, simulated devices.
# Any arguments go to the terminal, e.g. ./run.sh --lang en, ./run.sh --help.
set -euo pipefail
source "$(dirname "$0")/scripts/common.sh"
cd "$SUANPAN_ROOT"
find_jdk25
ensure_packages "${UI_PACKAGES[@]}" xvfb

jar=app/target/suanpan-app-0.1.0.jar
# JDK 25 AOT cache: the first start records the classes it loads (written when the
# terminal exits); later starts load them ready-linked and open the screen sooner.
aot=app/target/suanpan.aot
if [ ! -f "$jar" ] || [ ! -d app/target/lib ] \
   || [ -n "$(find pom.xml */pom.xml */src assets -newer "$jar" -type f -print -quit 2>/dev/null)" ]; then
    echo "suanpan: building the terminal (first start or changed sources)..." >&2
    ./mvnw -q -B -DskipTests -pl app -am package >&2
    rm -f "$aot"
fi
ensure_display
# only the window records and uses the cache: a command-line run would record the wrong classes
aot_options=()
ui=true
skip_value=false
for arg in "$@"; do
    if $skip_value; then skip_value=false; continue; fi
    case "$arg" in
        --data-dir|--lang) skip_value=true ;;
        -*|ui) ;;
        *) ui=false ;;
    esac
done
if $ui; then
    if [ -f "$aot" ]; then aot_options=("-XX:AOTCache=$aot"); else aot_options=("-XX:AOTCacheOutput=$aot"); fi
    aot_options+=(-Xlog:aot=error,cds=error)
fi
classpath="$jar$(printf ':%s' app/target/lib/*.jar)"
status=0
"$JAVA_HOME/bin/java" "${aot_options[@]}" --enable-native-access=ALL-UNNAMED \
    -cp "$classpath" cn.suanpan.app.Main "$@" || status=$?
exit "$status"
