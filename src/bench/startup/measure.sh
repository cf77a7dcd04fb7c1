#!/usr/bin/env bash
# Cold start to first window: Learnlog with and without AppCDS, against a bare JavaFX window, in one run.
# Needs a display (xvfb-run) and xdotool. Usage: xvfb-run -a src/bench/startup/measure.sh [runs]
# Run `mvn -q package -DskipTests` first. Prints each run's milliseconds and the medians.
set -euo pipefail
cd "$(dirname "$0")/../../.."
runs=${1:-5}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
jars=$(ls target/lib/*.jar | tr '\n' ':')
javac -d "$work/hello" -cp "$jars" src/bench/startup/HelloWindow.java
# AppCDS archives only classes from jars, never from a directory on the classpath.
jar --create --file "$work/hello.jar" -C "$work/hello" .

# A journal with a few notes, so Learnlog opens a real database, not a first-run one.
java -jar target/learnlog.jar add "Start-up probe #bench" --data-dir "$work/journal" > /dev/null

# Milliseconds from process start until a window with this exact title is mapped.
time_to_window() {
  local title=$1; shift
  local start end
  start=$(date +%s%N)
  "$@" > /dev/null 2>&1 &
  local pid=$!
  if ! timeout 120 xdotool search --sync --onlyvisible --name "^${title}\$" > /dev/null; then
    echo "no window titled $title appeared: $*" >&2
    exit 1
  fi
  end=$(date +%s%N)
  kill "$pid"; wait "$pid" 2> /dev/null || true
  echo $(( (end - start) / 1000000 ))
}

median() { sort -n | awk '{a[NR]=$1} END {print (NR % 2) ? a[(NR+1)/2] : (a[NR/2] + a[NR/2+1]) / 2}'; }

app=(java -jar target/learnlog.jar --data-dir "$work/journal")
hello=(java -cp "$work/hello.jar:$jars" HelloWindow)

# AppCDS training runs: start, show the window, exit; the archive is written at exit (jars only).
time_to_window Learnlog java -XX:ArchiveClassesAtExit="$work/app.jsa" "${app[@]:1}" > /dev/null
time_to_window HelloWindow java -XX:ArchiveClassesAtExit="$work/hello.jsa" "${hello[@]:1}" > /dev/null
ls -l "$work/app.jsa" "$work/hello.jsa" | awk '{print "archive", $NF, $5, "bytes"}'

declare -A results
for i in $(seq "$runs"); do
  results[app]+="$(time_to_window Learnlog "${app[@]}") "
  results[app_cds]+="$(time_to_window Learnlog java -XX:SharedArchiveFile="$work/app.jsa" "${app[@]:1}") "
  results[hello]+="$(time_to_window HelloWindow "${hello[@]}") "
  results[hello_cds]+="$(time_to_window HelloWindow java -XX:SharedArchiveFile="$work/hello.jsa" "${hello[@]:1}") "
done
for key in app app_cds hello hello_cds; do
  echo "$key runs(ms): ${results[$key]}"
  echo "$key median(ms): $(echo "${results[$key]}" | tr ' ' '\n' | grep . | median)"
done
