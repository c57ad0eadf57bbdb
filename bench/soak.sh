#!/usr/bin/env bash
# Soak of the runner (issue 12, item 5):
#   bench/soak.sh [CASES=500] [TURNS=5] [CONCURRENCY=16] [LATENCY_MS=10]
# 1. a fault-free reference run against sysbench-fake-openai;
# 2. the same run against a server injecting seeded faults (429 with Retry-After,
#    500, dropped connections, unreadable judge replies), SIGKILLed once about half
#    the turns are judged, then resumed with the same command;
# 3. bench/soak_check.py checks the bars and prints the figures; exit 1 if one is missed.
# Knobs (environment): SEED (fault draws), FAULT_429, FAULT_500, FAULT_DROP,
# FAULT_GARBLED, RETRY_AFTER (seconds), SOAK_DIR (keep the work folder there).
set -euo pipefail
cd "$(dirname "$0")/.."
CASES=${1:-500}; TURNS=${2:-5}; CONCURRENCY=${3:-16}; LATENCY_MS=${4:-10}
SEED=${SEED:-12}
FAULT_429=${FAULT_429:-0.10}; FAULT_500=${FAULT_500:-0.05}; FAULT_DROP=${FAULT_DROP:-0.02}
FAULT_GARBLED=${FAULT_GARBLED:-0.03}; RETRY_AFTER=${RETRY_AFTER:-1}
TIME=/usr/bin/time
[ -x "$TIME" ] || { echo "bench-soak needs GNU time (apt-get install time)" >&2; exit 2; }
if [ -n "${SOAK_DIR:-}" ]; then
  rm -rf "$SOAK_DIR"; mkdir -p "$SOAK_DIR"; WORK=$(cd "$SOAK_DIR" && pwd); KEEP=1
else
  WORK=$(mktemp -d); KEEP=0
fi
for product in sysbench-kit sysbench-fake-openai; do
  swift build -c release --product "$product" > "$WORK/build.log" 2>&1 || { cat "$WORK/build.log" >&2; exit 2; }
done
BIN=$(swift build -c release --show-bin-path 2>/dev/null)
SERVER_PID=; RUN_PID=
cleanup() {
  exec 3>&- 2>/dev/null || true
  [ -n "$RUN_PID" ] && kill -KILL "$RUN_PID" 2>/dev/null || true
  [ -n "$SERVER_PID" ] && kill "$SERVER_PID" 2>/dev/null || true
  [ "$KEEP" = 1 ] || rm -rf "$WORK"
}
trap cleanup EXIT

python3 bench/make_run_dataset.py "$CASES" "$TURNS" > "$WORK/soak.jsonl"

# start_server NAME FLAGS...: serves until fd 3 closes; sets PORT and SERVER_PID.
start_server() {
  local name=$1; shift
  rm -f "$WORK/$name.stdin"; mkfifo "$WORK/$name.stdin"
  "$TIME" -f %M -o "$WORK/$name-server.rss" "$BIN/sysbench-fake-openai" --latency-ms "$LATENCY_MS" --judge-model judge \
    --log "$WORK/$name.log" "$@" < "$WORK/$name.stdin" > "$WORK/$name.out" &
  SERVER_PID=$!
  exec 3> "$WORK/$name.stdin"
  for _ in $(seq 200); do grep -q listening "$WORK/$name.out" 2>/dev/null && break; sleep 0.05; done
  PORT=$(awk '/listening/ {print $3}' "$WORK/$name.out")
  [ -n "$PORT" ] || { echo "the fake server did not start" >&2; exit 2; }
}
stop_server() {
  exec 3>&-
  wait "$SERVER_PID" || true
  SERVER_PID=
}
# run_args OUT: the run command's arguments (the resume is the same command).
run_args() {
  echo run --dataset "$WORK/soak.jsonl" --model model --judge-model judge --base-url "http://127.0.0.1:$PORT" \
    --out "$1" --concurrency "$CONCURRENCY" --retry-base-ms 50 --progress-interval-ms 1000
}
now() { date +%s.%N; }
judged() { local n; n=$(grep -c '"kind":"judgment"' "$1/journal.jsonl" 2>/dev/null) || true; echo "${n:-0}"; }

echo "soak: $CASES sessions x $TURNS turns, concurrency $CONCURRENCY, latency $LATENCY_MS ms, work folder $WORK"
# 1. The fault-free reference.
start_server reference
T0=$(now)
"$TIME" -f %M -o "$WORK/reference.rss" "$BIN/sysbench-kit" $(run_args "$WORK/reference") \
  > "$WORK/reference.stdout" 2> "$WORK/reference.stderr" \
  || { echo "bench-soak: the fault-free run failed:" >&2; tail -n 5 "$WORK/reference.stderr" >&2; exit 1; }
T1=$(now)
stop_server

# 2. The faulted run, killed halfway, then resumed.
start_server faulty --fault-429 "$FAULT_429" --fault-500 "$FAULT_500" --fault-drop "$FAULT_DROP" \
  --fault-garbled-judge "$FAULT_GARBLED" --seed "$SEED" --retry-after "$RETRY_AFTER"
HALF=$(( CASES * TURNS / 2 ))
T2=$(now)
"$TIME" -f %M -o "$WORK/first.rss" "$BIN/sysbench-kit" $(run_args "$WORK/soak") \
  > "$WORK/first.stdout" 2> "$WORK/first.stderr" &
TIME_PID=$!
for _ in $(seq 1000); do RUN_PID=$(pgrep -P "$TIME_PID" || true); [ -n "$RUN_PID" ] && break; sleep 0.01; done
while kill -0 "$RUN_PID" 2>/dev/null && [ "$(judged "$WORK/soak")" -lt "$HALF" ]; do sleep 0.02; done
kill -KILL "$RUN_PID" 2>/dev/null || true
T3=$(now)
wait "$TIME_PID" && FIRST_STATUS=0 || FIRST_STATUS=$?
RUN_PID=
JUDGED_AT_KILL=$(judged "$WORK/soak")
# Let the server answer what the killed process had sent, then mark its log: every
# later line belongs to the resumed process.
sleep 1
MARK=$(wc -l < "$WORK/faulty.log")
T4=$(now)
RESUME_STATUS=0
"$TIME" -f %M -o "$WORK/resumed.rss" "$BIN/sysbench-kit" $(run_args "$WORK/soak") \
  > "$WORK/resumed.stdout" 2> "$WORK/resumed.stderr" || RESUME_STATUS=$?
T5=$(now)
stop_server

python3 bench/soak_check.py --work "$WORK" --cases "$CASES" --turns "$TURNS" --concurrency "$CONCURRENCY" \
  --mark "$MARK" --judged-at-kill "$JUDGED_AT_KILL" --first-status "$FIRST_STATUS" --resume-status "$RESUME_STATUS" \
  --times "$T0" "$T1" "$T2" "$T3" "$T4" "$T5" --rates "$FAULT_429" "$FAULT_500" "$FAULT_DROP" "$FAULT_GARBLED"
