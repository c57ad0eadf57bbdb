#!/usr/bin/env bash
# Peak memory (maximum resident set size) of `sysbench-kit build` and `sysbench-kit lint`
# on a 10,000-case corpus and on a 100,000-case one (the SysBench 500 repeated), and the
# ratio of the two. Goal (issue 12): under 64 MiB at 100,000 cases and within 1.25x of
# the value at 10,000. Peak memory does not depend on the machine's load, so one run of
# each is enough; the 100,000-case corpus (640 MB of YAML) is made once and kept.
#
# usage: bench/memory.sh        (env: SMALL=10000 LARGE=100000 BENCH_OUT=bench/out)
# Needs: libyaml-dev, python3, ../shared/sysbench.
set -euo pipefail
ROOT="$(cd "$(dirname "$0")/.." && pwd)"
OUT="${BENCH_OUT:-$ROOT/bench/out}"
SMALL="${SMALL:-10000}"
LARGE="${LARGE:-100000}"
RELEASE="${SYSBENCH_RELEASE:-$ROOT/../shared/sysbench/system_benchmark_eval_datas.json}"
BIN="$ROOT/.build/release/sysbench-kit"
mkdir -p "$OUT"

(cd "$ROOT" && swift build -c release --product sysbench-kit 2>&1 | tail -1)
for cases in "$SMALL" "$LARGE"; do
    if [ ! -f "$OUT/corpus-$cases/dataset.yaml" ]; then
        [ -d "$OUT/sysbench" ] || "$BIN" import sysbench "$RELEASE" --out "$OUT/sysbench" --force 2>/dev/null
        python3 "$ROOT/bench/make_corpus.py" "$OUT/sysbench" "$OUT/corpus-$cases" "$cases"
    fi
done

# Peak RSS in KiB of one run. lint exits 0 here (the corpus has warnings, no errors).
peak() {
    /usr/bin/time -f "%M" -o "$OUT/time.txt" "$@" >/dev/null 2>"$OUT/stderr.txt" || {
        tail -5 "$OUT/stderr.txt" >&2; exit 1; }
    tail -1 "$OUT/time.txt"
}
build_small=$(peak "$BIN" build "$OUT/corpus-$SMALL" --out "$OUT/release-mem")
build_large=$(peak "$BIN" build "$OUT/corpus-$LARGE" --out "$OUT/release-mem")
lint_small=$(peak "$BIN" lint "$OUT/corpus-$SMALL")
lint_large=$(peak "$BIN" lint "$OUT/corpus-$LARGE")

awk -v small="$SMALL" -v large="$LARGE" -v bs="$build_small" -v bl="$build_large" -v ls="$lint_small" -v ll="$lint_large" 'BEGIN {
    printf "peak memory (max RSS, MiB)   %10s %10s   ratio   goal: < 64 MiB and ratio <= 1.25\n", small " cases", large " cases"
    missed = 0
    line("build", bs, bl); line("lint", ls, ll)
    exit missed
}
function line(name, s, l,    ratio, ok) {
    ratio = l / s; ok = (l / 1024 < 64 && ratio <= 1.25)
    if (!ok) missed = 1
    printf "%-28s %10.1f %10.1f   %5.2fx  %s\n", name, s / 1024, l / 1024, ratio, ok ? "met" : "MISSED"
}'
