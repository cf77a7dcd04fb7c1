#!/usr/bin/env bash
# Cold start to first window: Learnlog with and without AppCDS, against a bare JavaFX window, in one run.
# Each run is a new JVM that prints its uptime when its first window is shown (-Dlearnlog.startupProbe),
# then quits. Needs a display: xvfb-run -a src/bench/startup/measure.sh [runs]
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

# A journal with a note, so Learnlog opens a real database, not a first-run one.
java -jar target/learnlog.jar add "Start-up probe #bench" --data-dir "$work/journal" > /dev/null

first_window() {
  "$@" 2> /dev/null | sed -n 's/^first-window-ms //p'
}

median() { sort -n | awk '{a[NR]=$1} END {print (NR % 2) ? a[(NR+1)/2] : (a[NR/2] + a[NR/2+1]) / 2}'; }

probe=-Dlearnlog.startupProbe=true
app=(-jar target/learnlog.jar --data-dir "$work/journal")
hello=(-cp "$work/hello.jar:$jars" HelloWindow)

# AppCDS training runs: start, show the window, exit; the archive is written at exit.
first_window java $probe -XX:ArchiveClassesAtExit="$work/app.jsa" "${app[@]}" > /dev/null
first_window java $probe -XX:ArchiveClassesAtExit="$work/hello.jsa" "${hello[@]}" > /dev/null
ls -l "$work/app.jsa" "$work/hello.jsa" | awk '{print "archive", $NF, $5, "bytes"}'

declare -A results
for i in $(seq "$runs"); do
  results[app]+="$(first_window java $probe "${app[@]}") "
  results[app_cds]+="$(first_window java $probe -XX:SharedArchiveFile="$work/app.jsa" "${app[@]}") "
  results[hello]+="$(first_window java $probe "${hello[@]}") "
  results[hello_cds]+="$(first_window java $probe -XX:SharedArchiveFile="$work/hello.jsa" "${hello[@]}") "
done
for key in app app_cds hello hello_cds; do
  echo "$key runs(ms): ${results[$key]}"
  echo "$key median(ms): $(echo "${results[$key]}" | tr ' ' '\n' | grep . | median)"
done
