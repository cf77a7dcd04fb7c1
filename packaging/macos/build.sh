#!/usr/bin/env bash
# Builds Learnlog.app and a .dmg on macOS (run there: jpackage makes packages only for its own OS).
# Usage after mvn package: packaging/macos/build.sh [VERSION]; writes target/package/*.dmg.
set -euo pipefail
cd "$(dirname "$0")/../.."
version=${1:-0.1.0}
version=${version%%-*}
out=target/package
rm -rf "$out"
mkdir -p "$out/input/lib"
cp target/learnlog.jar "$out/input/"
cp target/lib/*.jar "$out/input/lib/"
jlink --add-modules "$(tr -d '[:space:]' < packaging/jpackage/modules)" --include-locales=en,de \
    --strip-debug --no-man-pages --no-header-files --compress=2 --output "$out/runtime"
"$out/runtime/bin/java" -Xshare:dump > /dev/null
jpackage --type app-image @packaging/jpackage/app-image.args --app-version "$version" \
    --input "$out/input" --runtime-image "$out/runtime" --icon packaging/macos/learnlog.icns --dest "$out"
jpackage @packaging/macos/dmg.args --app-version "$version" --app-image "$out/Learnlog.app" --dest "$out"
ls "$out"/*.dmg
