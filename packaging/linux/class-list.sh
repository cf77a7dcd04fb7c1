#!/usr/bin/env bash
# Collects the classes Learnlog's commands load into APP/lib/app/learnlog.classlist, from which the
# package's postinst makes the installed app's class-data archive (bin/learnlog-class-archive).
# Usage: packaging/linux/class-list.sh APP   (the app image build.sh made, such as target/package/Learnlog)
set -euo pipefail
app=$1
java=$app/lib/runtime/bin/java
jar=$app/lib/app/learnlog.jar
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
n=0
run() {
    n=$((n + 1))
    env HOME="$work/home" XDG_DATA_HOME="$work/data" "$java" -XX:+UseSerialGC -XX:DumpLoadedClassList="$work/$n.list" \
        -jar "$jar" "$@" --data-dir "$work/journal" > "$work/out" 2>&1 || { cat "$work/out" >&2; return 1; }
}
run --version
run goals add --title "Ship faster" --metric "days to merge" --baseline 5 --target 2 --lower-is-better --due 2030-01-01
run add "Rebase before review #git +ship-faster" --body "Keeps **history** linear."
run list
run show "$(env HOME="$work/home" "$java" -jar "$jar" list --limit 1 --data-dir "$work/journal" | awk '{print $2}')"
run search rebase
run goals
run goals show ship-faster
run checkin ship-faster 4
run export --to "$work/export"
run import --from "$work/export"
run history --help
run --help
# In the order first loaded, each once; runtime-made proxies can't be named in a list.
awk '!seen[$0]++' $(seq -f "$work/%g.list" 1 "$n") | grep -v '\$Proxy' > "$app/lib/app/learnlog.classlist"
echo "class-list: $(wc -l < "$app/lib/app/learnlog.classlist") classes from $n commands"
