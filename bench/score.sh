#!/usr/bin/env bash
# Times `sysbench-kit score` on the SysBench runs against a baseline measured in the
# same run: a bare Python `json.load` of the same file (process start included on both
# sides). Prints ratios, not absolute verdicts, so a busy machine skews both alike.
# Runs are interleaved (score, baseline, score, …) and medians are reported.
#
#   bench/score.sh                 # the four runs in ../shared/sysbench/runs
#   BENCH_REPS=20 SYSBENCH_RUNS=/path/to/runs bench/score.sh
#
# Raw timings go to bench/out/score.json (git-ignored).
set -euo pipefail

root="$(cd "$(dirname "$0")/.." && pwd)"
runs="${SYSBENCH_RUNS:-$root/../shared/sysbench/runs}"
reps="${BENCH_REPS:-10}"
bin="$root/.build/release/sysbench-kit"

if [ ! -x "$bin" ]; then
    echo "building release binary…" >&2
    (cd "$root" && swift build -c release --product sysbench-kit >&2)
fi
shopt -s nullglob
files=("$runs"/*_eval.json)
if [ ${#files[@]} -eq 0 ]; then
    echo "bench/score.sh: error: no *_eval.json in $runs" >&2
    exit 2
fi
mkdir -p "$root/bench/out"

python3 - "$bin" "$reps" "$root/bench/out/score.json" "${files[@]}" <<'PY'
import json, os, resource, statistics, subprocess, sys, time

binary, reps, out, files = sys.argv[1], int(sys.argv[2]), sys.argv[3], sys.argv[4:]
baseline = "import json, sys\nfor f in sys.argv[1:]: json.load(open(f, encoding='utf-8'))"

def measure(command):
    """Wall and CPU (user + system of the child) seconds of one run."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    start = time.perf_counter()
    subprocess.run(command, check=True, stdout=subprocess.DEVNULL)
    wall = time.perf_counter() - start
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    cpu = (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)
    return wall, cpu

cases = [(os.path.basename(f).removesuffix("_eval.json"), [f]) for f in files]
if len(files) > 1:
    cases.append((f"all {len(files)}", files))

rows, raw = [], {}
for name, paths in cases:
    score = [binary, "score", *paths, "--format", "json"]
    load = [sys.executable, "-c", baseline, *paths]
    measure(score); measure(load)  # warm the page cache
    samples = {"score": [], "baseline": []}
    for _ in range(reps):
        samples["score"].append(measure(score))
        samples["baseline"].append(measure(load))
    med = {k: (statistics.median(w for w, _ in v), statistics.median(c for _, c in v)) for k, v in samples.items()}
    raw[name] = {"files": paths, "reps": reps, "samples": samples}
    rows.append((name, med["score"], med["baseline"]))

print(f"score (1000 bootstrap replicates, json output) vs python3 json.load; medians of {reps}")
print(f"{'run':<10} {'score ms':>9} {'load ms':>9} {'ratio':>6}   {'score cpu':>9} {'load cpu':>9} {'ratio':>6}")
for name, (sw, sc), (bw, bc) in rows:
    print(f"{name:<10} {sw*1000:9.0f} {bw*1000:9.0f} {sw/bw:6.2f}   {sc*1000:9.0f} {bc*1000:9.0f} {sc/bc:6.2f}")
with open(out, "w") as handle:
    json.dump(raw, handle, indent=1)
PY
