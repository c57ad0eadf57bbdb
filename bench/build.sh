#!/usr/bin/env bash
# Benchmark of `sysbench-kit build` on a 10,000-case corpus (the SysBench 500 repeated)
# against a bare libyaml event scan of the same files and against PyYAML's C loader +
# jsonschema + json.dumps. Prints wall time (best of RUNS), peak memory and the ratios.
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

# best wall seconds and the peak RSS (KiB) of that run
measure() {
    local best="" rss=""
    for _ in $(seq "$RUNS"); do
        /usr/bin/time -f "%e %M" -o "$OUT/time.txt" "$@" >/dev/null 2>"$OUT/stderr.txt" || {
            cat "$OUT/stderr.txt" >&2; exit 1; }
        read -r wall kib < <(tail -1 "$OUT/time.txt")
        if [ -z "$best" ] || awk "BEGIN{exit !($wall < $best)}"; then best=$wall; rss=$kib; fi
    done
    echo "$best $rss"
}

read -r scan_s scan_k < <(measure "$OUT/yaml_scan" "$CORPUS")
read -r build_s build_k < <(measure "$BIN" build "$CORPUS" --out "$OUT/release")
read -r py_s py_k < <(measure python3 "$ROOT/bench/pyyaml_baseline.py" "$CORPUS" "$SCHEMA" "$OUT/python.jsonl")

awk -v scan="$scan_s" -v scank="$scan_k" -v build="$build_s" -v buildk="$build_k" -v py="$py_s" -v pyk="$py_k" 'BEGIN {
    printf "%-44s %8s %10s\n", "", "wall s", "peak MiB"
    printf "%-44s %8.2f %10.1f\n", "libyaml event scan (C, -O2)", scan, scank / 1024
    printf "%-44s %8.2f %10.1f\n", "sysbench-kit build (lint + JSONL + manifest)", build, buildk / 1024
    printf "%-44s %8.2f %10.1f\n", "PyYAML CLoader + jsonschema + json.dumps", py, pyk / 1024
    r1 = build / scan; r2 = py / build; m = buildk / 1024
    printf "\nbuild / scan   = %.2fx  (goal <= 2x: %s)\n", r1, (r1 <= 2 ? "met" : "MISSED")
    printf "python / build = %.1fx  (goal >= 10x: %s)\n", r2, (r2 >= 10 ? "met" : "MISSED")
    printf "build peak     = %.1f MiB (goal < 64 MiB: %s)\n", m, (m < 64 ? "met" : "MISSED")
}'
