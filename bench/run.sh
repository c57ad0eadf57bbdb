#!/usr/bin/env bash
# Runner throughput against a fake server with a fixed latency.
#   bench/run.sh [CASES=48] [TURNS=5] [CONCURRENCY=8] [LATENCY_MS=50]
# Reports wall time against two ideals:
#   issue ideal  = requests × latency ÷ concurrency (one request per session at a time)
#   critical path = ceil(cases ÷ concurrency) × (turns + 1) × latency
#                   (judging overlaps the next turn, so a session takes turns + 1 latencies)
set -euo pipefail
cd "$(dirname "$0")/.."
CASES=${1:-48}; TURNS=${2:-5}; CONCURRENCY=${3:-8}; LATENCY_MS=${4:-50}
CONFIG=${CONFIG:-release}
swift build -c "$CONFIG" --product sysbench-kit >/dev/null
swift build -c "$CONFIG" --product sysbench-fake-openai >/dev/null
BIN=$(swift build -c "$CONFIG" --show-bin-path)
WORK=$(mktemp -d)
trap 'exec 3>&- 2>/dev/null || true; kill "$SERVER_PID" 2>/dev/null || true; rm -rf "$WORK"' EXIT

python3 bench/make_run_dataset.py "$CASES" "$TURNS" > "$WORK/bench.jsonl"

mkfifo "$WORK/stdin"
"$BIN/sysbench-fake-openai" --latency-ms "$LATENCY_MS" --judge-model judge < "$WORK/stdin" > "$WORK/server.out" &
SERVER_PID=$!
exec 3> "$WORK/stdin"
for _ in $(seq 100); do grep -q listening "$WORK/server.out" 2>/dev/null && break; sleep 0.05; done
PORT=$(awk '/listening/ {print $3}' "$WORK/server.out")

START=$(date +%s.%N)
"$BIN/sysbench-kit" run --dataset "$WORK/bench.jsonl" --model model --judge-model judge \
  --base-url "http://127.0.0.1:$PORT" --out "$WORK/run" --concurrency "$CONCURRENCY" > "$WORK/run.out"
END=$(date +%s.%N)

python3 - "$START" "$END" "$CASES" "$TURNS" "$CONCURRENCY" "$LATENCY_MS" <<'PY'
import math, sys
start, end = float(sys.argv[1]), float(sys.argv[2])
cases, turns, conc, lat = int(sys.argv[3]), int(sys.argv[4]), int(sys.argv[5]), int(sys.argv[6]) / 1000
wall = end - start
requests = cases * turns * 2
issue = requests * lat / conc
critical = math.ceil(cases / conc) * (turns + 1) * lat
print(f"cases {cases} x {turns} turns = {requests} requests, concurrency {conc}, latency {lat*1000:.0f} ms")
print(f"wall {wall:.2f} s (process start to exit)")
print(f"issue ideal (requests x latency / concurrency) {issue:.2f} s -> ratio {wall/issue:.2f}")
print(f"critical-path ideal (judging overlapped)       {critical:.2f} s -> ratio {wall/critical:.2f}")
PY
tail -n 3 "$WORK/run.out"
