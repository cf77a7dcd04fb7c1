#!/usr/bin/env bash
# Installs the .deb that build.sh made into a temporary root with dpkg -x and uses it from there, with
# no JDK or Maven on the PATH: --version, a command-line round trip (add, list, export) and, where Xvfb
# and GTK 3 are present, the first window. As root on a machine with apt-get, installs what it needs.
set -euo pipefail
cd "$(dirname "$0")/../.."
# --build [VERSION]: first build the package, unless the one there is newer than what goes in it. A
# machine that can't build one (no jpackage or dpkg-deb, no fakeroot and no root to install it) skips.
if [ "${1:-}" = --build ]; then
    if ! command -v fakeroot > /dev/null && [ "$(id -u)" = 0 ] && command -v apt-get > /dev/null; then
        DEBIAN_FRONTEND=noninteractive apt-get install -y -qq fakeroot > /dev/null 2>&1 || true
    fi
    for tool in jlink jpackage dpkg-deb fakeroot; do
        if ! command -v "$tool" > /dev/null; then
            echo "check-deb: skipped, this machine has no $tool to build the package with"
            exit 0
        fi
    done
    deb=$(ls target/package/*.deb 2>/dev/null | head -n 1 || true)
    if [ -z "$deb" ] || [ target/learnlog.jar -nt "$deb" ] || [ -n "$(find packaging -type f -newer "$deb")" ]; then
        packaging/linux/build.sh "${2:-0.1.0}"
    fi
fi
deb=$(ls target/package/*.deb 2>/dev/null | head -n 1 || true)
[ -n "$deb" ] || { echo "check-deb: no target/package/*.deb; run packaging/linux/build.sh" >&2; exit 1; }
if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
    missing=$(for p in xvfb xdotool libgtk-3-0; do dpkg -s "$p" >/dev/null 2>&1 || echo "$p"; done)
    [ -z "$missing" ] || DEBIAN_FRONTEND=noninteractive apt-get install -y -qq $missing >/dev/null 2>&1 ||
        echo "check-deb: could not install $missing; the window check may be skipped"
fi
fail() { echo "check-deb: FAILED: $*" >&2; exit 1; }

work=$(mktemp -d)
trap 'kill "${xvfb:-}" "${app:-}" 2>/dev/null; rm -rf "$work"' EXIT
dpkg-deb -f "$deb" Depends | grep -q 'libgtk-3-0' || fail "Depends does not name libgtk-3-0"
dpkg -x "$deb" "$work/root"
opt=$work/root/opt/learnlog
grep -q '^Exec=/opt/learnlog/bin/learnlog %f$' "$opt"/lib/*.desktop || fail "the menu entry does not start bin/learnlog"
grep -q '^Exec=/opt/learnlog/bin/learnlog capture$' "$opt"/lib/*.desktop || fail "the menu entry has no Quick capture action"
[ -f "$opt/lib/Learnlog.png" ] || fail "no icon"

# A PATH with the shell's basics only, so neither a JDK's java nor Maven can be found.
mkdir -p "$work/tools"
for t in sh readlink dirname ls cksum cut mkdir rm mv; do ln -s "$(command -v "$t")" "$work/tools/$t"; done
learnlog() {
    env -i HOME="$work/home" XDG_DATA_HOME="$work/data" XDG_CACHE_HOME="$work/cache" PATH="$work/tools" \
        LANG=C.UTF-8 ${DISPLAY:+DISPLAY=$DISPLAY} ${java_opts:+LEARNLOG_JAVA_OPTS=$java_opts} "$opt/bin/learnlog" "$@"
}
learnlog --version | grep -q '^Learnlog ' || fail "--version"
# The launcher writes a class-data archive per kind of run, and none for --version alone.
ls "$work"/cache/learnlog/*.jsa > /dev/null 2>&1 && fail "--version wrote a class-data archive"
learnlog add "Packaged round trip #deb" > /dev/null || fail "add"
ls "$work"/cache/learnlog/classes-*-command.jsa > /dev/null 2>&1 || fail "a command wrote no class-data archive"
learnlog list | grep -q 'Packaged round trip' || fail "list does not show the note"
learnlog export --to "$work/export" > /dev/null || fail "export"
grep -rq 'Packaged round trip' "$work/export" || fail "export holds no note"
echo "check-deb: --version, add, list and export work from the installed package"

# A team library on git through the package's runtime and JGit: publish here, adopt in a second journal.
if command -v git > /dev/null; then
    git init -q --bare --initial-branch=main "$work/team.git"
    # First after the archives are gone, so this run writes the class-data archive as it exits (0014).
    rm -rf "$work/cache"
    learnlog library add team "$work/team.git" > /dev/null || fail "library add"
    ls "$work"/cache/learnlog/classes-*-command.jsa > /dev/null 2>&1 || fail "library add wrote no class-data archive"
    id=$(learnlog list | cut -c 13-20)
    learnlog publish "$id" --to team | grep -q 'Published' || fail "publish"
    learnlog library add team "$work/team.git" --data-dir "$work/teammate" > /dev/null || fail "a teammate's library add"
    learnlog adopt "team/$id" --data-dir "$work/teammate" | grep -q 'Adopted' || fail "adopt"
    echo "check-deb: a note goes through a git team library from the installed package"
else
    echo "check-deb: no git here to make a bare repository with, so the team library is not checked"
fi

# What postinst does: the class-data archive of every command's classes, which commands then map.
# -Xshare:on makes a command fail if it can't use that archive.
env -i PATH="$work/tools" "$opt/bin/learnlog-class-archive" || fail "learnlog-class-archive"
rm -rf "$work/cache"
java_opts=-Xshare:on learnlog list | grep -q 'Packaged round trip' || fail "list with the installed class-data archive"
ls "$work"/cache/learnlog/*.jsa > /dev/null 2>&1 && fail "a command wrote an archive beside the installed one"
echo "check-deb: commands start with the class-data archive made at install"

if ! command -v Xvfb >/dev/null || ! command -v xdotool >/dev/null; then
    echo "check-deb: no Xvfb or xdotool here, so the window is not checked"
    exit 0
fi
if ! dpkg -s libgtk-3-0 >/dev/null 2>&1 && ! dpkg -s libgtk-3-0t64 >/dev/null 2>&1; then
    echo "check-deb: no GTK 3 here (the package depends on it), so the window is not checked"
    exit 0
fi
display=:$((200 + RANDOM % 50))
Xvfb "$display" -screen 0 1280x800x24 > /dev/null 2>&1 & xvfb=$!
sleep 1
DISPLAY=$display learnlog > "$work/app.log" 2>&1 & app=$!
for _ in $(seq 1 600); do
    DISPLAY=$display xdotool search --onlyvisible --name '^Learnlog' > /dev/null 2>&1 && break
    kill -0 "$app" 2>/dev/null || { cat "$work/app.log" >&2; fail "the app ended before it showed a window"; }
    sleep 0.1
done
DISPLAY=$display xdotool search --onlyvisible --name '^Learnlog' > /dev/null 2>&1 ||
    { cat "$work/app.log" >&2; fail "no window within 60 s"; }
echo "check-deb: the installed app shows its window"
