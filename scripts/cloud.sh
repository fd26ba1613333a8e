#!/usr/bin/env bash
# Starts a Suanpan cloud node. With no arguments: embedded defaults (H2 file in
# ~/.suanpan-cloud or $SUANPAN_CLOUD_DATA, the demo shop 0001, http://127.0.0.1:8620).
# Production: --jdbc-url jdbc:postgresql://... (or SUANPAN_CLOUD_JDBC_URL) and an admin token.
# Any arguments go to the service, e.g. scripts/cloud.sh --port 9000, scripts/cloud.sh --help.
set -euo pipefail
source "$(dirname "$0")/common.sh"
cd "$SUANPAN_ROOT"
find_jdk25

jar=cloud/target/suanpan-cloud-0.1.0.jar
if [ ! -f "$jar" ] || [ ! -d cloud/target/lib ] \
   || [ -n "$(find pom.xml core/pom.xml sync/pom.xml cloud/pom.xml core/src sync/src cloud/src assets/demo -newer "$jar" -type f -print -quit 2>/dev/null)" ]; then
    echo "suanpan-cloud: building (first start or changed sources)..." >&2
    ./mvnw -q -B -DskipTests -pl cloud -am package >&2
fi
exec "$JAVA_HOME/bin/java" -jar "$jar" "$@"
