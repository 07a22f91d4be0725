#!/usr/bin/env bash
# Issue #15's end-to-end goal: `analyse FILE.csv --json` (process start to exit) against the time
# pandas.read_csv(FILE, engine='c') needs only to load the same file, alternating, in the same minutes.
#
#   bench/analyse-vs-pandas.sh [RUNS] [FILE] [JAR] [-- extra java options]
#
# Defaults: 5 runs, /tmp/fx-preds-10000000.csv (written by org.focalexplorer.bench.PredictionsBench, see the
# README's Performance section), target/focal-explorer.jar. Needs /usr/bin/python3 with pandas (Debian's
# python3-pandas) and GNU time (/usr/bin/time). Prints the load average with every pair, the wall time and
# the user + system CPU of each process, and the medians at the end. The file is read once first so both
# sides start from the page cache.
set -euo pipefail
runs=${1:-5}
file=${2:-/tmp/fx-preds-10000000.csv}
jar=${3:-target/focal-explorer.jar}
shift $(( $# < 3 ? $# : 3 ))
[[ ${1:-} == -- ]] && shift
java_opts=("$@")
py=/usr/bin/python3
[[ -f $file ]] || { echo "no $file: run PredictionsBench first (README, Performance)" >&2; exit 2; }
cat "$file" > /dev/null
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT

# one measured command: prints "wall cpu" (seconds) from GNU time's -f output
measure() {
    /usr/bin/time -f '%e %U %S' -o "$tmp/t" "$@" > "$tmp/out" 2> "$tmp/err" || { cat "$tmp/err" >&2; exit 1; }
    awk '{printf "%.2f %.2f\n", $1, $2 + $3}' "$tmp/t"
}

a_wall=(); a_cpu=(); p_wall=(); p_cpu=(); p_load=()
for ((i = 1; i <= runs; i++)); do
    load=$(cut -d' ' -f1-3 /proc/loadavg)
    # alternate which side goes first
    for side in $( ((i % 2)) && echo "a p" || echo "p a"); do
        if [[ $side == a ]]; then
            read -r w c < <(measure java "${java_opts[@]}" -jar "$jar" analyse "$file" --json)
            a_wall+=("$w"); a_cpu+=("$c")
            echo "run $i  load $load  analyse --json: wall $w s, CPU $c s"
        else
            read -r w c < <(measure "$py" -c "import time,pandas as pd
t=time.time();pd.read_csv('$file',engine='c');print(time.time()-t)")
            p_load+=("$(cat "$tmp/out")")
            p_wall+=("$w"); p_cpu+=("$c")
            printf 'run %d  load %s  pandas: read_csv %.2f s (process wall %s s, CPU %s s)\n' "$i" "$load" "$(cat "$tmp/out")" "$w" "$c"
        fi
    done
done
median() { printf '%s\n' "$@" | sort -g | awk '{a[NR]=$1} END {printf "%.2f\n", (NR%2 ? a[(NR+1)/2] : (a[NR/2]+a[NR/2+1])/2)}'; }
echo "medians of $runs: analyse wall $(median "${a_wall[@]}") s (CPU $(median "${a_cpu[@]}") s);" \
     "pandas read_csv alone $(median "${p_load[@]}") s (its process: wall $(median "${p_wall[@]}") s, CPU $(median "${p_cpu[@]}") s);" \
     "load now $(cut -d' ' -f1-3 /proc/loadavg)"
