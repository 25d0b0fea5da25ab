#!/usr/bin/env bash
# Builds the scorer's console for a laptop without Java: a jlink runtime (the JDK modules the console uses plus
# JavaFX's), an app image and a .deb, all under scorer-desktop/target/installer/. The application jars stay on the
# class path (OkHttp's okio is an automatic module, which jlink refuses).
#   scorer-desktop/src/packaging/build-installer.sh [VERSION]
# Run after `mvn package` of scorer-desktop (target/*.jar and target/lib/), or through `mvn -Pinstaller package`.
set -euo pipefail
module="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
target="$module/target"
out="$target/installer"
# A .deb version must start with a digit and may not carry Maven's -SNAPSHOT.
version="${1:-0.1.0}"
version="${version%-SNAPSHOT}"

jdk="${JAVA_HOME:-$(dirname "$(dirname "$(readlink -f "$(command -v javac)")")")}"
for tool in jlink jpackage jdeps; do
    [ -x "$jdk/bin/$tool" ] || { echo "build-installer: $jdk/bin/$tool missing; set JAVA_HOME to a JDK 17+" >&2; exit 1; }
done
[ -d "$jdk/jmods" ] || { echo "build-installer: $jdk/jmods missing (install the full JDK, e.g. openjdk-17-jdk)" >&2; exit 1; }
if ! command -v fakeroot >/dev/null || ! command -v dpkg-deb >/dev/null; then
    echo "build-installer: installing fakeroot and dpkg-dev for the .deb" >&2
    apt-get update && apt-get install -y fakeroot dpkg-dev
fi

app_jar="$(ls "$target"/scorer-desktop-*.jar | grep -v -e sources -e tests | head -n 1)"
[ -f "$app_jar" ] && [ -d "$target/lib" ] || { echo "build-installer: run mvn package first" >&2; exit 1; }

rm -rf "$out"
mkdir -p "$out/input"
cp "$app_jar" "$out/input/scorer-desktop.jar"
javafx=""
for jar in "$target"/lib/*.jar; do
    case "$(basename "$jar")" in
        javafx-*-linux.jar) javafx="$javafx:$jar" ;;  # modules with the native libraries: into the runtime
        javafx-*) ;;                                  # the platform-neutral stubs: not needed
        *) cp "$jar" "$out/input/" ;;
    esac
done

# The JDK modules the jars need, as jdeps finds them, plus TLS to reach an https server.
jdk_modules="$("$jdk/bin/jdeps" --print-module-deps --ignore-missing-deps --multi-release 17 \
    --class-path "$out/input/*" "$out/input/scorer-desktop.jar" 2>/dev/null | grep -v -e '^Warning' -e javafx || true)"
modules="${jdk_modules:-java.base,java.desktop,java.logging,java.net.http,java.sql,java.xml,jdk.unsupported}"
# java.logging, java.naming and jdk.unsupported are reached by reflection (logback, OkHttp), which jdeps cannot see.
modules="$modules,java.logging,java.naming,jdk.unsupported,jdk.crypto.ec,javafx.base,javafx.graphics,javafx.controls"
echo "build-installer: runtime modules $modules" >&2

"$jdk/bin/jlink" --module-path "$jdk/jmods$javafx" --add-modules "$modules" \
    --strip-debug --no-header-files --no-man-pages --compress=2 --output "$out/runtime"

common=(--name cricket-scorer --app-version "$version" --vendor "Cricket Tracker"
    --description "Cricket Tracker scorer's console: ball-by-ball scoring at the ground, offline-safe")
"$jdk/bin/jpackage" --type app-image "${common[@]}" --input "$out/input" --main-jar scorer-desktop.jar \
    --main-class cricket.desktop.DesktopApp --runtime-image "$out/runtime" --java-options "-Xmx512m" --dest "$out"
"$jdk/bin/jpackage" --type deb "${common[@]}" --app-image "$out/cricket-scorer" \
    --linux-package-name cricket-scorer --linux-package-deps "libgtk-3-0" --linux-app-category sports \
    --linux-shortcut --linux-menu-group "Sports" --resource-dir "$module/src/packaging/deb" \
    --dest "$out"

echo "build-installer: app image $out/cricket-scorer, package $(ls "$out"/*.deb)"
