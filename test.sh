#!/usr/bin/env bash
# Runs every test headless: installs the Debian packages the tests need (as root), starts
# Xvfb when there is no display, then builds and verifies the whole reactor.
# Extra arguments go to Maven, e.g. ./test.sh -pl core.
set -euo pipefail
source "$(dirname "$0")/scripts/common.sh"
cd "$SUANPAN_ROOT"
find_jdk25
ensure_packages "${UI_PACKAGES[@]}" xvfb xauth socat espeak-ng sox postgresql fakeroot binutils xdg-utils
ensure_display
./mvnw -B -ntp verify "$@"
