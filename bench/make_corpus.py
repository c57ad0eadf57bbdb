"""Makes the benchmark corpus: the imported SysBench 500 repeated with new ids and
system_ids until it holds COUNT cases (default 10,000).

usage: python3 make_corpus.py IMPORTED_DATASET OUT_DATASET [COUNT]
"""
import os
import re
import shutil
import sys


def main():
    source, target = sys.argv[1], sys.argv[2]
    count = int(sys.argv[3]) if len(sys.argv) > 3 else 10_000
    if os.path.exists(target):
        shutil.rmtree(target)
    os.makedirs(os.path.join(target, "cases"))
    shutil.copy(os.path.join(source, "dataset.yaml"), os.path.join(target, "dataset.yaml"))
    names = sorted(os.listdir(os.path.join(source, "cases")))
    texts = []
    for name in names:
        with open(os.path.join(source, "cases", name), encoding="utf-8") as handle:
            texts.append(handle.read())
    for index in range(count):
        text = texts[index % len(texts)]
        case_id = f"bench-{index + 1:05d}"
        text = re.sub(r"^id: .*$", f"id: {case_id}", text, count=1, flags=re.M)
        text = re.sub(r"^system_id: .*$", f"system_id: {index + 1}", text, count=1, flags=re.M)
        with open(os.path.join(target, "cases", case_id + ".yaml"), "w", encoding="utf-8") as handle:
            handle.write(text)
    print(f"{count} cases in {target}")


if __name__ == "__main__":
    main()
