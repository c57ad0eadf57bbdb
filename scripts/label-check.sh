#!/usr/bin/env bash
# Checks label.html in a real browser: a Swift test writes the page of a small sample,
# scripts/label-check.py drives it in headless Chromium through Selenium (keyboard and
# mouse labels, reload, export, screenshot), and a Swift test reads the export back with
# LabelsFile. Installs chromium, chromium-driver and fonts-noto-cjk with apt-get, and
# Selenium in a scratch venv under /tmp, when missing. Not part of `make test`.
# Usage: scripts/label-check.sh        (writes build/label-check/{label.html,labels.json,label-page.png})
set -euo pipefail

OUT=${LABEL_CHECK_OUT:-build/label-check}
VENV=${LABEL_CHECK_VENV:-/tmp/sysbench-kit-label-venv}

if [ "$(id -u)" -eq 0 ]; then SUDO=""; else SUDO="sudo"; fi
missing=()
command -v chromium >/dev/null 2>&1 || missing+=(chromium)
command -v chromedriver >/dev/null 2>&1 || missing+=(chromium-driver)
# grep -q would stop reading early and, with pipefail, fail the pipe on fc-list's SIGPIPE.
fc-list 2>/dev/null | grep -i "Noto Sans CJK" >/dev/null || missing+=(fonts-noto-cjk)
if [ ${#missing[@]} -gt 0 ]; then
    echo "label-check: installing ${missing[*]} with apt-get (takes a few minutes)" >&2
    $SUDO apt-get update
    DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y "${missing[@]}"
fi
if ! "$VENV/bin/python" -c "import selenium" >/dev/null 2>&1; then
    echo "label-check: installing selenium in $VENV" >&2
    python3 -m venv "$VENV"
    "$VENV/bin/pip" install -q selenium
fi

rm -rf "$OUT"
mkdir -p "$OUT"
OUT=$(cd "$OUT" && pwd)

echo "label-check: writing the page of the test sample" >&2
LABEL_CHECK_DIR="$OUT" swift test --filter 'LabelPageTests/writesThePageForTheBrowserCheck' >"$OUT/swift-test-page.log" 2>&1 ||
    { cat "$OUT/swift-test-page.log" >&2; exit 1; }
[ -s "$OUT/label.html" ] || { echo "label-check: FAIL the test wrote no label.html" >&2; exit 1; }

"$VENV/bin/python" scripts/label-check.py "$OUT"

echo "label-check: reading the export back with LabelsFile" >&2
LABEL_EXPORT="$OUT/labels.json" swift test --filter 'LabelsFileTests/readsTheBrowserExport' >"$OUT/swift-test-export.log" 2>&1 ||
    { cat "$OUT/swift-test-export.log" >&2; exit 1; }
grep -q "passed" "$OUT/swift-test-export.log"
echo "label-check: ok; screenshot $OUT/label-page.png"
