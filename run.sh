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
if [ ! -f "$jar" ] || [ ! -d app/target/lib ] \
   || [ -n "$(find pom.xml */pom.xml */src assets -newer "$jar" -type f -print -quit 2>/dev/null)" ]; then
    echo "suanpan: building the terminal (first start or changed sources)..." >&2
    ./mvnw -q -B -DskipTests -pl app -am package >&2
fi
ensure_display
status=0
"$JAVA_HOME/bin/java" --enable-native-access=ALL-UNNAMED -cp "$jar:app/target/lib/*" cn.suanpan.app.Main "$@" || status=$?
exit "$status"
