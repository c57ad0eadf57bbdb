#!/usr/bin/env python3
"""A scripted annotator for trying `calibrate agree` without people.

Usage: scripted-annotator.py SAMPLE_DIR OUT.csv [EVERY]

Reads SAMPLE_DIR/items.csv and SAMPLE_DIR/sample.json and writes OUT.csv, the same rows
with `label` filled in by a stated deterministic rule: agree with the judge's verdict
(是 -> yes, 否 -> no, anything else -> not applicable), except that every EVERY-th row
(default 7: rows 7, 14, 21, ... in file order) is flipped (yes <-> no, not applicable -> yes).
"""
import csv
import json
import sys

sample_dir, out_path = sys.argv[1], sys.argv[2]
every = int(sys.argv[3]) if len(sys.argv) > 3 else 7
with open(f"{sample_dir}/sample.json", encoding="utf-8") as f:
    verdicts = {(i["case"], i["turn"], i["item"]): i["judge"] for i in json.load(f)["items"]}
with open(f"{sample_dir}/items.csv", encoding="utf-8", newline="") as f:
    rows = list(csv.DictReader(f))
flip = {"yes": "no", "no": "yes", "not applicable": "yes"}
for number, row in enumerate(rows, start=1):
    judge = verdicts[(row["case"], int(row["turn"]), int(row["item"]))]
    label = {"是": "yes", "否": "no"}.get(judge, "not applicable")
    row["label"] = flip[label] if number % every == 0 else label
with open(out_path, "w", encoding="utf-8", newline="") as f:
    writer = csv.DictWriter(f, fieldnames=list(rows[0].keys()))
    writer.writeheader()
    writer.writerows(rows)
