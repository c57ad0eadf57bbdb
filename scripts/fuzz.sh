#!/usr/bin/env bash
# `make fuzz`: builds the libFuzzer targets of Fuzz/ and runs each one in turn.
#
# For every target it first replays each seed once at full size (the committed corpus in
# Fuzz/Corpus/<target>, plus large hostile inputs generated here rather than committed),
# then fuzzes for FUZZ_SECONDS from the committed seeds. A crash, a leak, an input that
# takes over 1 s, or memory over 256 MiB fails the target; the script goes on with the
# other targets and exits 1 if any failed. New coverage goes to Fuzz/.build/fuzz/corpus,
# crashing inputs to Fuzz/.build/fuzz/artifacts, logs to Fuzz/.build/fuzz/logs: never git.
#
# Knobs: FUZZ_SECONDS (60), FUZZ_TARGETS (all six), FUZZ_MAX_LEN (16384, the largest
# input a mutation may make), FUZZ_ARGS (extra libFuzzer flags), SWIFT.
set -euo pipefail
cd "$(dirname "$0")/.."

SWIFT=${SWIFT:-swift}
FUZZ_SECONDS=${FUZZ_SECONDS:-60}
FUZZ_MAX_LEN=${FUZZ_MAX_LEN:-16384}
FUZZ_TARGETS=${FUZZ_TARGETS:-"lint judge-reply results-line eval-json check labels"}
scratch=Fuzz/.build
work=$scratch/fuzz

# gold, the default linker on Linux, stops with an internal error on the instrumented link;
# the toolchain's lld links it (named through a toolset, since -use-ld in -Xswiftc does not
# reach SwiftPM's link step).
lld="$(dirname "$(readlink -f "$(command -v "$SWIFT")")")/ld.lld"
[ -x "$lld" ] || lld=$(command -v ld.lld) || { echo "fuzz: ld.lld not found" >&2; exit 2; }
mkdir -p "$scratch"
toolset=$scratch/lld-toolset.json
printf '{"schemaVersion": "1.0", "linker": {"path": "%s"}}\n' "$lld" > "$toolset"
build=("$SWIFT" build --package-path Fuzz --scratch-path "$scratch" -c release
    -Xswiftc -sanitize=fuzzer,address --toolset "$toolset")
"${build[@]}"
bin=$("${build[@]}" --show-bin-path)
echo "fuzz: the targets are in $bin"

# Hostile inputs too large to commit, the same for every target: nesting 200,000 deep,
# a scalar of 1,000,000 bytes in YAML and in JSON (under libFuzzer's 1 MiB input cap).
seeds=$work/seeds
mkdir -p "$seeds"
head -c 200000 /dev/zero | tr '\0' '[' > "$seeds/deep-brackets"
head -c 200000 /dev/zero | tr '\0' '{' > "$seeds/deep-braces"
{ printf 'id: big-scalar\nscene: '; head -c 1000000 /dev/zero | tr '\0' 'x'; printf '\n'; } > "$seeds/big-scalar.yaml"
{ printf '{"reason": "'; head -c 1000000 /dev/zero | tr '\0' 'x'; printf '", "verdicts": {"1": "yes"}}\n'; } > "$seeds/big-string.json"

# One second an input, 256 MiB in all and in any one allocation. AddressSanitizer keeps
# freed memory in quarantine (256 MiB by default) to catch use after free; a smaller one
# keeps that from counting against the 256 MiB the code under test may use.
limits=(-timeout=1 -rss_limit_mb=256 -malloc_limit_mb=256)
export ASAN_OPTIONS=${ASAN_OPTIONS:-"quarantine_size_mb=32:detect_leaks=1"}
failed=()
for target in $FUZZ_TARGETS; do
    exe="$bin/fuzz-$target"
    committed=("Fuzz/Corpus/$target")
    # The lint target also starts from the example dataset's case files.
    [ "$target" = lint ] && committed+=(dataset/cases)
    corpus=$work/corpus/$target
    artifacts=$work/artifacts/$target
    log=$work/logs/$target.log
    mkdir -p "$corpus" "$artifacts" "$(dirname "$log")"
    echo "fuzz-$target: replaying the seeds, then fuzzing for ${FUZZ_SECONDS}s (log: $log)"
    files=()
    while IFS= read -r -d '' file; do files+=("$file"); done \
        < <(find "${committed[@]}" "$seeds" -type f -print0 | sort -z)
    status=0
    {
        "$exe" "${limits[@]}" -artifact_prefix="$artifacts/" "${files[@]}" &&
        "$exe" "${limits[@]}" -artifact_prefix="$artifacts/" -max_len="$FUZZ_MAX_LEN" \
            -max_total_time="$FUZZ_SECONDS" -print_final_stats=1 ${FUZZ_ARGS:-} \
            "$corpus" "${committed[@]}"
    } > "$log" 2>&1 || status=$?
    # The last status line says how far it got: execs, coverage (cov) and features (ft).
    grep -E '^#[0-9]+' "$log" | tail -n 1 || true
    grep -E '^stat::(number_of_executed_units|average_exec_per_sec|peak_rss_mb)' "$log" || true
    if [ "$status" -ne 0 ]; then
        echo "fuzz-$target: FAILED (exit $status); the input is in $artifacts, the report in $log" >&2
        # A seed that fails during the replay is named by the last `Running:` line.
        grep -E '^Running: ' "$log" | tail -n 1 >&2 || true
        grep -E '^(==[0-9]+==ERROR|SUMMARY|Fatal error|.*: Fatal error)' "$log" | head -n 5 >&2 || true
        failed+=("$target")
    fi
done

if [ ${#failed[@]} -gt 0 ]; then
    echo "fuzz: failed: ${failed[*]}" >&2
    exit 1
fi
echo "fuzz: every target ran ${FUZZ_SECONDS}s clean"
