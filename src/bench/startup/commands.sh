#!/usr/bin/env bash
# Command speed through a launcher, in one run: import and export of 10,000 generated notes against the
# SQLite FTS5 baseline (../shared/bench), and the read commands on the journal that import made.
# Usage (after mvn -Ppackage package, or mvn package for the source launcher):
#   src/bench/startup/commands.sh [RUNS] [LAUNCHER]     (default: 5, the package's launcher)
# Prints each figure's median in ms and, for import and export, the ratio to the baseline.
set -euo pipefail
cd "$(dirname "$0")/../../.."
runs=${1:-5}
launcher=${2:-target/package/Learnlog/bin/learnlog}
bench=../shared/bench
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
export XDG_CACHE_HOME=$work/cache HOME=$work/home
python3 "$bench/gen_corpus.py" --seed 7 --n 10000 --out "$work/notes" > /dev/null

# Each timing starts with the disk written out, so one command's files don't slow the next one's.
ms() { local t0 t1; sync; t0=$(date +%s%N); "$@" > /dev/null 2>&1; t1=$(date +%s%N); echo $(( (t1 - t0) / 1000000 )); }
median() { printf '%s\n' "$@" | sort -n | awk '{v[NR]=$1} END {print (NR%2) ? v[(NR+1)/2] : (v[NR/2]+v[NR/2+1])/2}'; }
"$launcher" --version > /dev/null   # the launcher's class-data archive, as after a first use

declare -A t
for i in $(seq "$runs"); do
    rm -rf "$work/j" "$work/s.db" "$work/out" "$work/sout"
    t[import]+=" $(ms "$launcher" import --from "$work/notes" --data-dir "$work/j")"
    t[sqlite_import]+=" $(ms python3 "$bench/sqlite_fts.py" import "$work/notes" "$work/s.db")"
    t[export]+=" $(ms "$launcher" export --to "$work/out" --data-dir "$work/j")"
    t[sqlite_export]+=" $(ms python3 "$bench/sqlite_fts.py" export "$work/s.db" "$work/sout")"
done
id=$("$launcher" list --data-dir "$work/j" | head -n 1 | awk '{print $2}')
for i in $(seq "$runs"); do
    t[version]+=" $(ms "$launcher" --version)"
    t[list]+=" $(ms "$launcher" list --data-dir "$work/j")"
    t[search]+=" $(ms "$launcher" search rebase --data-dir "$work/j")"
    t[show]+=" $(ms "$launcher" show "$id" --data-dir "$work/j")"
    t[goals]+=" $(ms "$launcher" goals --data-dir "$work/j")"
done
for key in version list search show goals import sqlite_import export sqlite_export; do
    # shellcheck disable=SC2086 # the runs are a list
    echo "$key median_ms $(median ${t[$key]}) runs${t[$key]}"
done
for key in import export; do
    # shellcheck disable=SC2086
    echo "$key ratio $(echo "scale=2; $(median ${t[$key]}) / $(median ${t[sqlite_$key]})" | bc)"
done
