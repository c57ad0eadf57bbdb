#!/usr/bin/env bash
# Benchmark of `sysbench-kit build` on a 10,000-case corpus (the SysBench 500 repeated)
# against a bare libyaml event scan of the same files and against PyYAML's C loader +
# jsonschema + json.dumps. Prints wall time (best of RUNS), the CPU time and peak memory
# of that run, and the ratios: of the bests, and the median of each round's own ratio.
# The scan and PyYAML use one core; build uses all of them, so on a busy machine its
# wall ratio moves toward its CPU ratio.
#
# usage: bench/build.sh            (env: BENCH_CASES=10000 RUNS=3 BENCH_OUT=bench/out)
# Needs: cc, libyaml-dev, python3 with PyYAML (C loader) and jsonschema, ../shared/sysbench.
set -euo pipefail
ROOT="$(cd "$(dirname "$0")/.." && pwd)"
OUT="${BENCH_OUT:-$ROOT/bench/out}"
CASES="${BENCH_CASES:-10000}"
RUNS="${RUNS:-3}"
RELEASE="${SYSBENCH_RELEASE:-$ROOT/../shared/sysbench/system_benchmark_eval_datas.json}"
SCHEMA="$ROOT/schemas/case.schema.json"
BIN="$ROOT/.build/release/sysbench-kit"
mkdir -p "$OUT"

(cd "$ROOT" && swift build -c release --product sysbench-kit 2>&1 | tail -1)
cc -O2 -o "$OUT/yaml_scan" "$ROOT/bench/yaml_scan.c" -lyaml

if [ ! -f "$OUT/corpus-$CASES/dataset.yaml" ]; then
    "$BIN" import sysbench "$RELEASE" --out "$OUT/sysbench" --force 2>/dev/null
    python3 "$ROOT/bench/make_corpus.py" "$OUT/sysbench" "$OUT/corpus-$CASES" "$CASES"
fi
CORPUS="$OUT/corpus-$CASES"
echo "corpus: $CASES cases, $(du -sh --apparent-size "$CORPUS/cases" | cut -f1) of YAML"

# One run of a command: "wall_s cpu_s peak_KiB" (cpu = user + system).
run_once() {
    /usr/bin/time -f "%e %U %S %M" -o "$OUT/time.txt" "$@" >/dev/null 2>"$OUT/stderr.txt" || {
        cat "$OUT/stderr.txt" >&2; exit 1; }
    tail -1 "$OUT/time.txt" | awk '{ printf "%s %.2f %s\n", $1, $2 + $3, $4 }'
}

# The three commands take turns, round after round, so that each sees the same load
# (the machine is shared); each keeps its best wall time and that run's CPU and peak.
declare -A best
keep() {  # name wall cpu kib
    if [ -z "${best[$1]:-}" ] || awk "BEGIN{exit !($2 < ${best[$1]%% *})}"; then best[$1]="$2 $3 $4"; fi
}
# Each round's build/scan ratios too: their median holds steadier than the ratio of the
# bests when the machine's speed drifts from one minute to the next.
: > "$OUT/rounds.txt"
for _ in $(seq "$RUNS"); do
    scan_round=$(run_once "$OUT/yaml_scan" "$CORPUS")
    build_round=$(run_once "$BIN" build "$CORPUS" --out "$OUT/release")
    keep scan $scan_round
    keep build $build_round
    keep python $(run_once python3 "$ROOT/bench/pyyaml_baseline.py" "$CORPUS" "$SCHEMA" "$OUT/python.jsonl")
    echo "$scan_round $build_round" | awk '{ printf "%.4f %.4f\n", $4 / $1, $5 / $2 }' >> "$OUT/rounds.txt"
done
median() { sort -n | awk '{ v[NR] = $1 } END { print (NR % 2 ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2) }'; }
round_wall=$(cut -d' ' -f1 "$OUT/rounds.txt" | median)
round_cpu=$(cut -d' ' -f2 "$OUT/rounds.txt" | median)
read -r scan_s scan_c scan_k <<<"${best[scan]}"
read -r build_s build_c build_k <<<"${best[build]}"
read -r py_s py_c py_k <<<"${best[python]}"

awk -v runs="$RUNS" -v load="$(cut -d' ' -f1-3 /proc/loadavg)" -v cores="$(nproc)" \
    -v scan="$scan_s" -v scanc="$scan_c" -v scank="$scan_k" \
    -v build="$build_s" -v buildc="$build_c" -v buildk="$build_k" \
    -v py="$py_s" -v pyc="$py_c" -v pyk="$py_k" -v rw="$round_wall" -v rcpu="$round_cpu" 'BEGIN {
    printf "best wall of %d runs; %d cores, load average %s\n\n", runs, cores, load
    printf "%-44s %8s %8s %10s\n", "", "wall s", "cpu s", "peak MiB"
    printf "%-44s %8.2f %8.2f %10.1f\n", "libyaml event scan (C, -O2)", scan, scanc, scank / 1024
    printf "%-44s %8.2f %8.2f %10.1f\n", "sysbench-kit build (lint + JSONL + manifest)", build, buildc, buildk / 1024
    printf "%-44s %8.2f %8.2f %10.1f\n", "PyYAML CLoader + jsonschema + json.dumps", py, pyc, pyk / 1024
    r1 = build / scan; r2 = py / build; m = buildk / 1024
    rc = buildc / scanc
    printf "\nbuild / scan   = %.2fx wall, %.2fx cpu  (goal <= 1.25x wall: %s, <= 2.5x cpu: %s)\n", r1, rc, (r1 <= 1.25 ? "met" : "MISSED"), (rc <= 2.5 ? "met" : "MISSED")
    printf "                 %.2fx wall, %.2fx cpu  as the median of the %d rounds'"'"' own ratios\n", rw, rcpu, runs
    printf "python / build = %.1fx wall, %.1fx cpu  (goal >= 10x wall: %s)\n", r2, pyc / buildc, (r2 >= 10 ? "met" : "MISSED")
    printf "build peak     = %.1f MiB (goal < 64 MiB: %s)\n", m, (m < 64 ? "met" : "MISSED")
}'
