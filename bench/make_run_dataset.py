"""A synthetic release JSONL for runner benchmarks, on stdout.

    python3 bench/make_run_dataset.py CASES TURNS

Odd cases are dependent, even ones parallel; every turn has two checklist items.
"""
import json
import sys

cases, turns = int(sys.argv[1]), int(sys.argv[2])
for n in range(1, cases + 1):
    print(json.dumps({"id": f"bench-{n:04d}", "system_id": n, "language": "en", "domain": "other",
        "mode": "dependent" if n % 2 else "parallel", "system": {"text": f"System message {n}."},
        "turns": [{"id": f"t{k}", "user": f"Question {n}.{k}", "alignment": "aligned", "depends_on": [],
                   "checklist": [{"id": 1, "type": "content", "text": "Answers"}, {"id": 2, "type": "style", "text": "Polite"}]}
                  for k in range(1, turns + 1)]}, ensure_ascii=False))
