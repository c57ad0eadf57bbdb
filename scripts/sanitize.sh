#!/usr/bin/env bash
# `make sanitize`: the whole test suite under AddressSanitizer (with LeakSanitizer), then
# the concurrent parts under ThreadSanitizer. Each sanitizer builds in its own scratch
# path (.build-asan, .build-tsan), so the normal .build is left alone. Prints how long
# each build and each test run took; exits non-zero on the first report or failure.
#
# Knobs: SANITIZE (default "address thread"), TSAN_FILTER (the suites run under TSan), SWIFT.
set -euo pipefail
cd "$(dirname "$0")/.."

SWIFT=${SWIFT:-swift}
SANITIZE=${SANITIZE:-"address thread"}
# What runs on more than one thread: the runner, its journal and batch writer, the fake
# server (all of SysBenchRunTests), the ordered pipeline, and lint/build/import that use it.
TSAN_FILTER=${TSAN_FILTER:-"SysBenchRunTests|OrderedPipelineTests|LinterTests|ReleaseBuilderTests|SysBenchRoundTripTests"}

# Reports are errors, not warnings. The suppression files name each report they hide
# (all in the toolchain's Foundation or in dependencies) and why.
export ASAN_OPTIONS=${ASAN_OPTIONS:-"detect_leaks=1:halt_on_error=1"}
export LSAN_OPTIONS=${LSAN_OPTIONS:-"suppressions=$PWD/scripts/lsan.supp:print_suppressions=0"}
export TSAN_OPTIONS=${TSAN_OPTIONS:-"halt_on_error=1:second_deadlock_stack=1:suppressions=$PWD/scripts/tsan.supp"}

timed() {
    local label=$1
    shift
    local start=$SECONDS
    "$@"
    echo "sanitize: $label took $((SECONDS - start))s"
}

for sanitizer in $SANITIZE; do
    case $sanitizer in
    address) scratch=.build-asan; filter=() ;;
    thread) scratch=.build-tsan; filter=(--filter "$TSAN_FILTER") ;;
    *) echo "sanitize: unknown sanitizer '$sanitizer' (address or thread)" >&2; exit 2 ;;
    esac
    flags=(--sanitize="$sanitizer" --scratch-path "$scratch")
    timed "$sanitizer build" "$SWIFT" build --build-tests "${flags[@]}"
    timed "$sanitizer tests" "$SWIFT" test --skip-build "${flags[@]}" ${filter[@]+"${filter[@]}"}
done
echo "sanitize: clean ($SANITIZE)"
