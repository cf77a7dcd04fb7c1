#!/usr/bin/env bash
# The real window's resident memory with a big journal, as a user works: after the start's work is
# done, and after opening 50 notes and paging through 100 screens of the list, with the collector's
# full pauses counted. Needs a display and xdotool:
#   xvfb-run -a -s "-screen 0 1280x800x24" src/bench/memory/measure.sh DATA_DIR [backup-day]
# backup-day deletes DATA_DIR/backups first, so the start takes the day's and the week's backups.
# SCREENSHOT=file.png saves the screen at the end (ImageMagick's import), to see what the keys did.
# Run `mvn -q -Pbench package -DskipTests` first. A journal of 100,000 of the benchmark's notes:
#   java -cp "target/test-classes:target/classes:target/lib/*" org.learnlog.bench.RealisticJournal 100000 DIR
set -euo pipefail
cd "$(dirname "$0")/../../.."
data=${1:?the data directory of a journal}
if [ "${2:-}" = backup-day ]; then
  rm -rf "$data/backups"
fi
work=$(mktemp -d)
trap 'kill "$app" 2> /dev/null || true; rm -rf "$work"' EXIT

# The launcher's own options (and LEARNLOG_JAVA_OPTS), with a GC log; its class-data archive goes in a cache of this run.
XDG_CACHE_HOME=$work LEARNLOG_JAVA_OPTS="${LEARNLOG_JAVA_OPTS:-} -Xlog:gc:file=$work/gc.log" packaging/bin/learnlog --data-dir "$data" \
  > "$work/app.log" 2>&1 &
app=$!
for _ in $(seq 120); do
  xdotool search --name '^Learnlog' > /dev/null 2>&1 && break
  sleep 0.5
done
window=$(xdotool search --name '^Learnlog' | head -1) || { echo "no window:"; cat "$work/app.log"; exit 1; }
# The launcher execs the JVM, so the app's process is the one started here.
pid=$app

resident() {
  awk '/^VmRSS|^VmHWM/ {printf "%s %d MB  ", $1, $2 / 1024} END {print ""}' "/proc/$pid/status"
}

# The start's work (the index check, the day's backup with its full read) takes a while with big journals.
sleep 30
echo "started:         $(resident)"
xdotool windowfocus "$window"
xdotool key ctrl+2
sleep 1
# The note list's first row, right of the sidebar and below the heatmap (a 1280×800 screen).
xdotool mousemove 400 255 click 1
for _ in $(seq 50); do xdotool key Down; sleep 0.25; done
for _ in $(seq 100); do xdotool key Page_Down; sleep 0.1; done
sleep 5
echo "after heavy use: $(resident)"
if [ -n "${SCREENSHOT:-}" ]; then
  import -window root "$SCREENSHOT"
fi
echo "full collections: $(grep -c 'Pause Full' "$work/gc.log"), the longest $(grep 'Pause Full' "$work/gc.log" \
  | awk '{sub("ms", "", $NF); if ($NF > max) max = $NF} END {print max + 0}') ms"
