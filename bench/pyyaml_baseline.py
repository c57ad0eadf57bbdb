"""The Python pipeline `sysbench-kit build` is measured against: load each case with
PyYAML's C loader, validate it with jsonschema against schemas/case.schema.json, and
write it with json.dumps, one line per case (as a build would).

usage: python3 pyyaml_baseline.py DATASET SCHEMA OUT.jsonl
"""
import json
import os
import sys

import jsonschema
import yaml


def main():
    dataset, schema_path, out_path = sys.argv[1:4]
    with open(schema_path, encoding="utf-8") as handle:
        schema = json.load(handle)
    validator = jsonschema.Draft202012Validator(schema)
    folder = os.path.join(dataset, "cases")
    names = sorted(name for name in os.listdir(folder) if name.endswith(".yaml"))
    invalid = 0
    with open(out_path, "w", encoding="utf-8") as out:
        for name in names:
            with open(os.path.join(folder, name), encoding="utf-8") as handle:
                case = yaml.load(handle, Loader=yaml.CLoader)
            if any(True for _ in validator.iter_errors(case)):
                invalid += 1
            out.write(json.dumps(case, ensure_ascii=False, separators=(",", ":")) + "\n")
    print(f"{len(names)} cases, {invalid} invalid")


if __name__ == "__main__":
    main()
