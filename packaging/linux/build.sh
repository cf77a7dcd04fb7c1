#!/usr/bin/env bash
# Builds Learnlog's Linux app image and .deb from target/learnlog.jar and target/lib, with a runtime
# that jlink cuts down to the modules in packaging/jpackage/modules. `mvn -Ppackage package` runs it.
# Usage: packaging/linux/build.sh [VERSION]; writes target/package/Learnlog/ and target/package/*.deb.
set -euo pipefail
cd "$(dirname "$0")/../.."
version=${1:-0.1.0}
version=${version%%-*}   # jpackage takes numbers only: 0.1.0-SNAPSHOT builds 0.1.0
out=target/package
if ! command -v fakeroot >/dev/null && [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq fakeroot > /dev/null 2>&1 || true
fi
for tool in jlink jpackage dpkg-deb fakeroot; do
    command -v "$tool" >/dev/null || { echo "build.sh: $tool is missing (apt-get install fakeroot, a JDK 17)" >&2; exit 1; }
done
[ -f target/learnlog.jar ] || { echo "build.sh: no target/learnlog.jar; run mvn package first" >&2; exit 1; }

rm -rf "$out"
mkdir -p "$out/input/lib"
cp target/learnlog.jar "$out/input/"
cp target/lib/*.jar "$out/input/lib/"

jlink --add-modules "$(tr -d '[:space:]' < packaging/jpackage/modules)" --include-locales=en,de \
    --strip-debug --no-man-pages --no-header-files --compress=2 --output "$out/runtime"
# The runtime's own class-data archive: the base the launcher's archive of Learnlog's classes builds on.
"$out/runtime/bin/java" -Xshare:dump > /dev/null

jpackage --type app-image @packaging/jpackage/app-image.args --app-version "$version" \
    --input "$out/input" --runtime-image "$out/runtime" --icon assets/icon.png --dest "$out"
# The command-line launcher, which also picks JVM options per command and keeps a class-data archive.
install -m 755 packaging/bin/learnlog "$out/Learnlog/bin/learnlog"
# The classes commands load, from which postinst makes the installed app's class-data archive.
install -m 755 packaging/bin/learnlog-class-archive "$out/Learnlog/bin/learnlog-class-archive"
packaging/linux/class-list.sh "$out/Learnlog"

jpackage @packaging/linux/deb.args --app-version "$version" --app-image "$out/Learnlog" --dest "$out"
echo "runtime $(du -sh "$out/runtime" | cut -f 1), app image $(du -sh "$out/Learnlog" | cut -f 1)," \
    "package $(du -h "$out"/*.deb | cut -f 1): $(ls "$out"/*.deb)"
