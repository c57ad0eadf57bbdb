#!/usr/bin/env bash
# Tries the Label Studio front end for real, once, by hand (not in CI, not in `make test`):
# installs label-studio in a scratch venv, starts it on 127.0.0.1 with a fresh data folder
# under /tmp, writes labelstudio.xml and labelstudio.json of the test sample with a Swift
# test, and runs scripts/labelstudio-try.py (project, import, two annotators, export).
# The exports land in build/labelstudio-try/; the small one is kept as the test fixture
# Tests/SysBenchCalibrateTests/Fixtures/labelstudio-export.json.
# Usage: scripts/labelstudio-try.sh
set -euo pipefail

VENV=${LS_VENV:-/tmp/ls-venv}
DATA=${LS_DATA:-/tmp/sysbench-kit-ls-data}
PORT=${LS_PORT:-8089}
OUT=build/labelstudio-try
# Any 40 hex digits: the legacy token of the first user, accepted by 1.23 only when
# LABEL_STUDIO_ENABLE_LEGACY_API_TOKEN=true is set as the data folder is first created.
TOKEN=0123456789abcdef0123456789abcdef01234567

[ -x "$VENV/bin/label-studio" ] || { python3 -m venv "$VENV"; "$VENV/bin/pip" install label-studio; }
rm -rf "$OUT" "$DATA"
mkdir -p "$OUT" "$DATA"
OUT=$(cd "$OUT" && pwd)

LABELSTUDIO_TRY_DIR="$OUT" swift test --filter 'LabelStudioTasksTests/writesTheFilesForTheRealTry' >"$OUT/swift-test.log" 2>&1 ||
    { cat "$OUT/swift-test.log" >&2; exit 1; }

export LABEL_STUDIO_BASE_DATA_DIR="$DATA" LABEL_STUDIO_ENABLE_LEGACY_API_TOKEN=true
"$VENV/bin/label-studio" start --no-browser --data-dir "$DATA" --internal-host 127.0.0.1 --port "$PORT" \
    --username ada@example.org --password sysbench-kit-try-1 --user-token "$TOKEN" >"$OUT/label-studio.log" 2>&1 &
LS_PID=$!
trap 'kill "$LS_PID" 2>/dev/null || true' EXIT
echo "labelstudio-try: waiting for Label Studio (pid $LS_PID; the first start migrates its database)" >&2
for _ in $(seq 600); do
    curl -sf "http://127.0.0.1:$PORT/health" >/dev/null 2>&1 && break
    kill -0 "$LS_PID" 2>/dev/null || { tail -20 "$OUT/label-studio.log" >&2; exit 1; }
    sleep 1
done
"$VENV/bin/python" scripts/labelstudio-try.py "http://127.0.0.1:$PORT" "$TOKEN" "$OUT"
