#!/usr/bin/env bash
# Where `sysbench-kit build` spends its time, in instructions (valgrind's callgrind, which
# counts the same on any machine and under any load): the whole build of a 1,000-case
# corpus against the bare libyaml scan of it, then the build's main parts (inclusive).
# SHA-256 shows at its AVX cost: valgrind hides the SHA extensions a real run uses.
#
# usage: bench/profile.sh          (env: CASES=1000 BENCH_OUT=bench/out)
# Needs: valgrind, cc, libyaml-dev, python3, ../shared/sysbench.
set -euo pipefail
ROOT="$(cd "$(dirname "$0")/.." && pwd)"
OUT="${BENCH_OUT:-$ROOT/bench/out}"
CASES="${CASES:-1000}"
RELEASE="${SYSBENCH_RELEASE:-$ROOT/../shared/sysbench/system_benchmark_eval_datas.json}"
mkdir -p "$OUT"
command -v valgrind >/dev/null || { echo "profile: needs valgrind (apt-get install valgrind)" >&2; exit 2; }

(cd "$ROOT" && swift build -c release --product sysbench-kit 2>&1 | tail -1)
cc -O2 -o "$OUT/yaml_scan" "$ROOT/bench/yaml_scan.c" -lyaml
# Valgrind 3.19 cannot read the toolchain's DWARF 5; symbols alone are enough here.
cp "$ROOT/.build/release/sysbench-kit" "$OUT/sysbench-kit-nodebug"
strip -g "$OUT/sysbench-kit-nodebug"
if [ ! -f "$OUT/corpus-$CASES/dataset.yaml" ]; then
    [ -d "$OUT/sysbench" ] || "$OUT/sysbench-kit-nodebug" import sysbench "$RELEASE" --out "$OUT/sysbench" --force 2>/dev/null
    python3 "$ROOT/bench/make_corpus.py" "$OUT/sysbench" "$OUT/corpus-$CASES" "$CASES"
fi

valgrind --tool=callgrind --callgrind-out-file="$OUT/callgrind.scan" "$OUT/yaml_scan" "$OUT/corpus-$CASES" >/dev/null 2>&1
valgrind --tool=callgrind --callgrind-out-file="$OUT/callgrind.build" "$OUT/sysbench-kit-nodebug" build "$OUT/corpus-$CASES" --out "$OUT/release-profile" >/dev/null 2>&1
callgrind_annotate --inclusive=yes "$OUT/callgrind.scan" > "$OUT/callgrind.scan.txt" 2>/dev/null
callgrind_annotate --inclusive=yes "$OUT/callgrind.build" > "$OUT/callgrind.build.txt" 2>/dev/null

python3 - "$OUT/callgrind.scan.txt" "$OUT/callgrind.build.txt" "$CASES" <<'PY'
import re, sys
def table(path):
    rows = {}
    for line in open(path, encoding="utf-8", errors="replace"):
        m = re.match(r"\s*([\d,]+) .*?\?\?\?:(\S+)|\s*([\d,]+) \(100\.0%\)\s+PROGRAM TOTALS", line)
        if m and m.group(3): rows["TOTAL"] = int(m.group(3).replace(",", ""))
        elif m and m.group(2) not in rows: rows[m.group(2)] = int(m.group(1).replace(",", ""))
    return rows
scan, build = table(sys.argv[1]), table(sys.argv[2])
def find(*needles, end=None):
    return max((v for k, v in build.items() if all(n in k for n in needles) and (end is None or k.endswith(end))), default=0)
# ReleaseBuilder.build(validator:validating:) and its consume closure: the listing, sorting
# and manifest are inlined into the first, so they are what it spends outside the second.
builder = find("ReleaseBuilderV5build33_", end="CaseValidatorRzlF")
consumer = find("ReleaseBuilderV5build33_", "CaseValidatorRzlFy")
parts = [
    ("libyaml parsing", find("yaml_parser_parse")),
    ("tree building (YAMLParser.parse less libyaml)", find("YAMLParserO5parse") - find("yaml_parser_parse")),
    ("SHA-256 of sources and JSONL", find("sha256_block_data_order")),
    ("case decoding (CaseDecoder)", find("CaseDecoderO6decode")),
    ("lint, one file (CaseChecker)", find("CaseCheckerV5check4file")),
    ("  of which the schema", find("SchemaCheckerO5check_7against")),
    ("release record and its JSON", find("ReleaseRecordV4case15") + find("ReleaseRecordV9writeJSON")),
    ("in file order: cross-file rules, JSONL hash and write", consumer),
    ("before and after: listing, sorting, manifest", builder - consumer),
]
total = build["TOTAL"]
print(f"instructions, {sys.argv[3]} cases: libyaml scan {scan['TOTAL']:,}; build {total:,} = {total / scan['TOTAL']:.2f}x")
for name, value in parts:
    print(f"  {name:<54} {value:>15,} {100 * value / total:5.1f}%")
PY
