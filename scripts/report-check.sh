#!/usr/bin/env bash
# Renders the HTML report of the four real SysBench runs and of the hand-written sample
# run to PNGs with headless Chromium, and checks that the pictures exist and are not
# blank. Installs chromium and a CJK font (fonts-noto-cjk) with apt-get when missing.
# Usage: scripts/report-check.sh [BINARY]   (default .build/release/sysbench-kit)
set -euo pipefail

BIN=${1:-.build/release/sysbench-kit}
RUNS=${SYSBENCH_RUNS:-../shared/sysbench/runs}
OUT=build
MIN_BYTES=40000   # a blank 1280x2400 page compresses to a few kilobytes

if [ "$(id -u)" -eq 0 ]; then SUDO=""; else SUDO="sudo"; fi
missing=()
command -v chromium >/dev/null 2>&1 || missing+=(chromium)
fc-list 2>/dev/null | grep -qi "Noto Sans CJK" || missing+=(fonts-noto-cjk)
if [ ${#missing[@]} -gt 0 ]; then
    echo "report-check: installing ${missing[*]} with apt-get (takes a few minutes)" >&2
    $SUDO apt-get update
    DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y "${missing[@]}"
fi

mkdir -p "$OUT"
pages=()
"$BIN" report examples/sample-run --out "$OUT/report-example.html"
pages+=(report-example)
if [ -d "$RUNS" ]; then
    TIMEFORMAT="report-check: report of the four real runs took %Rs"
    time "$BIN" report "$RUNS/gpt4o_eval.json" "$RUNS/gpt35_eval.json" "$RUNS/glm4_eval.json" \
        "$RUNS/qwen2_7b_eval.json" --out "$OUT/report-real.html"
    pages+=(report-real)
else
    echo "report-check: $RUNS not found; skipping the real runs (set SYSBENCH_RUNS)" >&2
fi

status=0
for page in "${pages[@]}"; do
    png="$OUT/$page.png"
    rm -f "$png"
    chromium --headless --no-sandbox --disable-gpu --hide-scrollbars \
        --screenshot="$png" --window-size=1280,2400 "file://$PWD/$OUT/$page.html" >/dev/null 2>&1 || true
    if [ ! -s "$png" ]; then
        echo "report-check: FAIL $png was not written" >&2
        status=1
        continue
    fi
    bytes=$(stat -c %s "$png")
    html_bytes=$(stat -c %s "$OUT/$page.html")
    if [ "$(head -c 8 "$png" | od -An -tx1 | tr -d ' \n')" != "89504e470d0a1a0a" ] || [ "$bytes" -lt "$MIN_BYTES" ]; then
        echo "report-check: FAIL $png is not a PNG of a rendered page ($bytes bytes)" >&2
        status=1
    else
        echo "report-check: ok $png ($bytes bytes; $page.html $html_bytes bytes)"
    fi
done
exit $status
