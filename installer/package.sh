#!/usr/bin/env bash
# Packages the terminal: a jlink runtime, a jpackage app-image, and on Linux a .deb.
# Runs in the installer module's package phase; also usable by hand after
# `./mvnw -DskipTests install`: installer/package.sh [app-image|deb|all]
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
root="$(cd "$here/.." && pwd)"
source "$root/scripts/common.sh"
find_jdk25
what="${1:-all}"
version="$(sed -n 's:.*<version>\([0-9][0-9.]*\)</version>.*:\1:p' "$root/pom.xml" | head -n 1)"
out="$here/target"
app="$root/app/target"
[ -f "$app/suanpan-app-$version.jar" ] || die "build the app first: ./mvnw -DskipTests install"

rm -rf "$out/input" "$out/javafx" "$out/runtime" "$out/jpackage"
mkdir -p "$out/input/lib" "$out/javafx" "$out/jpackage"
cp "$app/suanpan-app-$version.jar" "$out/input/suanpan-app.jar"
# the English speech model goes beside the jar, where the terminal looks for it (docs/VOICE.md)
if [ -d "$app/voice-model" ]; then
    cp -r "$app/voice-model" "$out/input/voice-model"
fi
for jar in "$app"/lib/*.jar; do
    case "$(basename "$jar")" in
        javafx-*) cp "$jar" "$out/javafx/" ;;
        *) cp "$jar" "$out/input/lib/" ;;
    esac
done

# The modules the terminal and its libraries use. JavaFX is not linked in: its jars go on
# the module path beside the app (--app-content), which keeps one build of the jars. jdk.localedata carries the Chinese formats, jdk.charsets GBK.
modules=java.base,java.desktop,java.sql,java.naming,java.logging,java.management,java.net.http,java.scripting,java.xml,java.prefs,jdk.unsupported,jdk.charsets,jdk.localedata,jdk.zipfs,jdk.crypto.cryptoki
"$JAVA_HOME/bin/jlink" --add-modules "$modules" --include-locales=en,zh --strip-debug --no-header-files --no-man-pages \
    --compress=zip-6 --output "$out/runtime"

"$JAVA_HOME/bin/jpackage" --type app-image --name Suanpan --app-version "$version" \
    --vendor "Suanpan" --description "Suanpan POS cashier terminal" \
    --input "$out/input" --main-jar suanpan-app.jar --main-class cn.suanpan.app.Main \
    --runtime-image "$out/runtime" --icon "$root/assets/icons/suanpan.png" \
    --app-content "$out/javafx" \
    --java-options "--module-path \$APPDIR/../javafx --add-modules javafx.controls --enable-native-access=ALL-UNNAMED,javafx.graphics" \
    --dest "$out/jpackage"
echo "app-image: $out/jpackage/Suanpan"

if [ "$what" = app-image ] || [ "$(uname -s)" != Linux ]; then
    exit 0
fi
command -v fakeroot >/dev/null 2>&1 || die "packaging a .deb needs fakeroot and dpkg-deb (apt-get install fakeroot)"
rm -rf "$out/resources" && mkdir -p "$out/resources"
cp "$root/assets/linux/suanpan.desktop" "$out/resources/Suanpan.desktop"
"$JAVA_HOME/bin/jpackage" --type deb --app-image "$out/jpackage/Suanpan" --name suanpan --app-version "$version" \
    --vendor "Suanpan" --description "Suanpan POS cashier terminal" --about-url "https://suanpan.cn" \
    --resource-dir "$out/resources" --icon "$root/assets/icons/suanpan.png" \
    --linux-package-name suanpan --linux-shortcut --linux-menu-group "Office" --linux-app-category misc \
    --linux-deb-maintainer "dev@suanpan.cn" --dest "$out/jpackage"
ls -la "$out"/jpackage/*.deb
