# Shared by run.sh and test.sh: find JDK 25, install missing Debian packages, find a display.
# shellcheck shell=bash

SUANPAN_ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"

die() {
    echo "suanpan: $*" >&2
    exit 1
}

java_feature_version() {
    "$1/bin/java" -XshowSettings:properties -version 2>&1 | sed -n 's/^ *java.specification.version = //p'
}

# Sets JAVA_HOME to a JDK 25 or newer: $JAVA_HOME if it is one, else the usual install places.
find_jdk25() {
    local candidate
    for candidate in "${JAVA_HOME:-}" /usr/lib/jvm/temurin-25-jdk-amd64 /usr/lib/jvm/temurin-25-jdk /usr/lib/jvm/java-25-openjdk-amd64 /usr/lib/jvm/jdk-25*; do
        [ -n "$candidate" ] && [ -x "$candidate/bin/java" ] && [ -x "$candidate/bin/javac" ] || continue
        local v
        v="$(java_feature_version "$candidate")"
        if [ -n "$v" ] && [ "${v%%.*}" -ge 25 ] 2>/dev/null; then
            export JAVA_HOME="$candidate"
            return 0
        fi
    done
    die "Suanpan needs a JDK 25 (javac included). None found in \$JAVA_HOME${JAVA_HOME:+ ($JAVA_HOME)} or /usr/lib/jvm.
Install Temurin 25 (https://adoptium.net) and set JAVA_HOME to it, for example:
    export JAVA_HOME=/usr/lib/jvm/temurin-25-jdk-amd64"
}

# Installs the Debian packages that are missing, when we may (root with apt-get);
# otherwise says which ones to install and goes on.
ensure_packages() {
    local missing=() p
    command -v dpkg-query >/dev/null 2>&1 || return 0
    for p in "$@"; do
        dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
    done
    [ ${#missing[@]} -eq 0 ] && return 0
    if [ "$(id -u)" -eq 0 ] && command -v apt-get >/dev/null 2>&1; then
        echo "suanpan: installing ${missing[*]}" >&2
        apt-get update -qq >/dev/null || die "apt-get update failed; install by hand: ${missing[*]}"
        DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null \
            || die "could not install ${missing[*]}"
    else
        echo "suanpan: these Debian packages are missing: ${missing[*]}" >&2
        echo "suanpan: install them with: sudo apt-get install ${missing[*]}" >&2
    fi
}

# Starts Xvfb when there is no display, so windows can open on a headless machine.
ensure_display() {
    if [ -n "${DISPLAY:-}" ] || [ -n "${WAYLAND_DISPLAY:-}" ]; then
        return 0
    fi
    command -v Xvfb >/dev/null 2>&1 || die "no display and no Xvfb: install xvfb or run on a desktop"
    local n
    for n in $(seq 90 120); do
        [ -e "/tmp/.X11-unix/X$n" ] || [ -e "/tmp/.X$n-lock" ] || break
    done
    Xvfb ":$n" -screen 0 1280x800x24 -nolisten tcp >/dev/null 2>&1 &
    SUANPAN_XVFB_PID=$!
    export DISPLAY=":$n"
    trap 'kill "$SUANPAN_XVFB_PID" 2>/dev/null' EXIT
    local i
    for i in $(seq 1 50); do
        [ -e "/tmp/.X11-unix/X$n" ] && return 0
        sleep 0.1
    done
    die "Xvfb did not start on :$n"
}

# The packages the terminal window needs.
UI_PACKAGES=(libgtk-3-0 libgl1 libxtst6 fonts-noto-cjk)
