#!/usr/bin/env bash
# Before and after: `build` of the 10,000-case corpus by two or more sysbench-kit
# binaries (say the last commit's and yours), each round running the bare libyaml scan
# and then every binary in turn, so that all see the same load. Prints, per binary, the
# median over the rounds of its build/scan ratios, in wall and in CPU time. On a machine
# whose speed drifts from minute to minute (a shared one), this tells two builds apart
# where separate runs of bench/build.sh cannot.
#
# usage: bench/compare.sh BIN BIN [BIN...]   (env: RUNS=9 BENCH_CASES=10000 BENCH_OUT=bench/out)
# The corpus and the scan come from bench/build.sh; run it once first.
set -euo pipefail
ROOT="$(cd "$(dirname "$0")/.." && pwd)"
OUT="${BENCH_OUT:-$ROOT/bench/out}"
CORPUS="$OUT/corpus-${BENCH_CASES:-10000}"
RUNS="${RUNS:-9}"
[ $# -ge 2 ] || { echo "usage: bench/compare.sh BIN BIN [BIN...]" >&2; exit 2; }
[ -x "$OUT/yaml_scan" ] && [ -f "$CORPUS/dataset.yaml" ] || { echo "compare: run bench/build.sh first (it makes the corpus and the scan)" >&2; exit 2; }

# "wall cpu" of one run (cpu = user + system).
run_once() {
    /usr/bin/time -f "%e %U %S" -o "$OUT/compare-time.txt" "$@" >/dev/null 2>"$OUT/compare-stderr.txt" || {
        cat "$OUT/compare-stderr.txt" >&2; exit 1; }
    tail -1 "$OUT/compare-time.txt" | awk '{ printf "%s %.3f\n", $1, $2 + $3 }'
}

: > "$OUT/compare-rounds.txt"
for _ in $(seq "$RUNS"); do
    read -r scan_wall scan_cpu <<<"$(run_once "$OUT/yaml_scan" "$CORPUS")"
    for index in $(seq $#); do
        binary="${!index}"
        read -r wall cpu <<<"$(run_once "$binary" build "$CORPUS" --out "$OUT/compare-release")"
        echo "$index $wall $cpu $scan_wall $scan_cpu" | awk '{ printf "%d %.4f %.4f\n", $1, $2 / $4, $3 / $5 }' >> "$OUT/compare-rounds.txt"
    done
done
median() { sort -n | awk '{ v[NR] = $1 } END { print (NR % 2 ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2) }'; }
echo "build / scan, median of $RUNS rounds; $(nproc) cores, load average $(cut -d' ' -f1-3 /proc/loadavg)"
for index in $(seq $#); do
    wall=$(awk -v i="$index" '$1 == i { print $2 }' "$OUT/compare-rounds.txt" | median)
    cpu=$(awk -v i="$index" '$1 == i { print $3 }' "$OUT/compare-rounds.txt" | median)
    printf "  %-50s %.2fx wall  %.2fx cpu\n" "${!index}" "$wall" "$cpu"
done
