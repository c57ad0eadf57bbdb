"""Checks a bench/soak.sh work folder against the soak's bars and prints its figures.

Bars (exit 1 when one is missed):
  - the first run process was SIGKILLed part way and the resumed one exited 0;
  - every session completes: CASES x TURNS results lines, each judged with a verdict
    for every checklist item, no judge failure, and the journal holds exactly one
    answer and one judgment per turn;
  - no request is repeated beyond those in flight at the kill: a repeat is a body the
    server answered "ok" (a clean 200) more than once; faulted replies and their
    retries are not answers. Every repeat must straddle the kill (first answer to the
    killed process, second to the resumed one) and there may be at most
    CONCURRENCY x TURNS of them (a session has at most one answer request and
    TURNS - 1 judge requests in flight); the reference run repeats nothing;
  - peak RSS of every run process is under 64 MiB;
  - the results equal the fault-free run's: results.jsonl holds no time or latency,
    so every field of every line is compared (case, turn, mode, texts, answer,
    judge reason, verdict per item, judge failure), which is byte equality.
"""
import argparse
import collections
import json
import os
import re
import sys

LIMIT_MIB = 64


def read_lines(path):
    with open(path, encoding="utf-8") as handle:
        return [line for line in handle.read().split("\n") if line]


def peak_mib(path):
    """The %M (KiB) GNU time wrote last, in MiB, and whether the process was killed by signal 9."""
    with open(path, encoding="utf-8") as handle:
        text = handle.read()
    numbers = re.findall(r"^(\d+)$", text, re.M)
    return (int(numbers[-1]) / 1024 if numbers else float("nan")), "signal 9" in text


def last_retries(path):
    """The retry count on the last progress or summary line of an output file."""
    found = re.findall(r"retries (\d+)", open(path, encoding="utf-8").read())
    return int(found[-1]) if found else 0


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--work", required=True)
    parser.add_argument("--cases", type=int, required=True)
    parser.add_argument("--turns", type=int, required=True)
    parser.add_argument("--concurrency", type=int, required=True)
    parser.add_argument("--mark", type=int, required=True, help="faulty.log lines before the resume started")
    parser.add_argument("--judged-at-kill", type=int, required=True)
    parser.add_argument("--first-status", type=int, required=True)
    parser.add_argument("--resume-status", type=int, required=True)
    parser.add_argument("--times", type=float, nargs=6, required=True)
    parser.add_argument("--rates", type=float, nargs=4, default=[0.10, 0.05, 0.02, 0.03],
                        help="the server's 429, 500, drop and garbled-judge rates")
    args = parser.parse_args()
    work = args.work
    total = args.cases * args.turns
    failures = []

    def bar(ok, text):
        print(("ok    " if ok else "FAIL  ") + text)
        if not ok:
            failures.append(text)

    # The kill and the resume.
    first_mib, first_killed = peak_mib(os.path.join(work, "first.rss"))
    bar(first_killed and 0 < args.judged_at_kill < total,
        f"first run SIGKILLed with {args.judged_at_kill}/{total} turns judged")
    bar(args.resume_status == 0, f"resumed run exited {args.resume_status}")

    # Every session completes.
    results = [json.loads(line) for line in read_lines(os.path.join(work, "soak", "results.jsonl"))]
    reference = [json.loads(line) for line in read_lines(os.path.join(work, "reference", "results.jsonl"))]
    keys = {(r["case"], r["turn"]) for r in results}
    judged = [r for r in results if not r.get("judge_failure") and all(i.get("verdict") for i in r["items"])]
    bar(len(results) == total and len(keys) == total and len(judged) == total,
        f"every session completes: {len(judged)}/{total} turns judged with every item's verdict, "
        f"{len(results) - len(judged)} judge failures or missing verdicts")
    journal = [json.loads(line) for line in read_lines(os.path.join(work, "soak", "journal.jsonl"))]
    kinds = collections.Counter(entry["kind"] for entry in journal)
    bar(kinds["answer"] == total and kinds["judgment"] == total,
        f"journal: {kinds['answer']} answers and {kinds['judgment']} judgments for {total} turns (no duplicate)")

    # Repeats, from the server's reply log.
    replies = [json.loads(line) for line in read_lines(os.path.join(work, "faulty.log"))]
    ok_at = collections.defaultdict(list)
    for index, reply in enumerate(replies):
        if reply["outcome"] == "ok":
            ok_at[reply["hash"]].append(index)
    repeats = sum(len(at) - 1 for at in ok_at.values())
    within = sum(1 for at in ok_at.values() for a, b in zip(at, at[1:]) if (a < args.mark) == (b < args.mark))
    allowed = args.concurrency * args.turns
    bar(repeats <= allowed and within == 0,
        f"repeats: {repeats} bodies answered twice, all across the kill ({within} within one process); "
        f"allowed <= concurrency x turns = {allowed}")
    reference_replies = [json.loads(line) for line in read_lines(os.path.join(work, "reference.log"))]
    reference_ok = collections.Counter(r["hash"] for r in reference_replies if r["outcome"] == "ok")
    reference_repeats = sum(n - 1 for n in reference_ok.values())
    bar(reference_repeats == 0 and len(reference_replies) == 2 * total,
        f"reference: {len(reference_replies)} replies for {2 * total} requests, {reference_repeats} repeats")

    # The faults were injected at about the rates asked (the garbled rate is of judge replies).
    judge_replies = [r for r in replies if r["model"] == "judge"]
    shares = []
    for kind, rate, base in zip(("429", "500", "drop", "garbled"), args.rates,
                                (replies, replies, replies, judge_replies)):
        share = sum(1 for r in base if r["outcome"] == kind) / max(1, len(base))
        shares.append((kind, rate, share, abs(share - rate) <= max(rate / 2, 0.002) if rate else share == 0))
    bar(all(ok for *_, ok in shares),
        "faults at the rates asked: " + ", ".join(f"{kind} {share:.1%} (asked {rate:.0%})" for kind, rate, share, _ in shares))

    # Memory.
    reference_mib, _ = peak_mib(os.path.join(work, "reference.rss"))
    resumed_mib, _ = peak_mib(os.path.join(work, "resumed.rss"))
    peaks = {"reference run": reference_mib, "first run (killed)": first_mib, "resumed run": resumed_mib}
    bar(all(mib < LIMIT_MIB for mib in peaks.values()),
        "peak RSS under 64 MiB: " + ", ".join(f"{name} {mib:.1f}" for name, mib in peaks.items()))

    # The same results as the fault-free run.
    same_bytes = open(os.path.join(work, "soak", "results.jsonl"), "rb").read() == \
        open(os.path.join(work, "reference", "results.jsonl"), "rb").read()
    differing = sum(1 for a, b in zip(results, reference) if a != b) + abs(len(results) - len(reference))
    bar(results == reference and len(results) == total,
        f"results equal the fault-free run's: {differing} of {total} lines differ (all fields; byte-identical: {same_bytes})")

    # Figures.
    outcomes = collections.Counter(r["outcome"] for r in replies)
    before = collections.Counter(r["outcome"] for r in replies[:args.mark])
    rejected = kinds["judge_rejected"]
    t0, t1, t2, t3, t4, t5 = args.times
    http_retries = last_retries(os.path.join(work, "first.stderr")) + last_retries(os.path.join(work, "resumed.stdout"))
    rows = [
        ("requests served (chat replies)", f"{len(replies)} ({before.total()} to the killed run, "
                                           f"{len(replies) - args.mark} to the resumed one); fault-free run {len(reference_replies)}"),
        ("clean answers", f"{outcomes['ok']} for {2 * total} requests"),
        ("faults injected", ", ".join(f"{kind} {outcomes[kind]}" for kind in ("429", "500", "drop", "garbled"))),
        ("HTTP retries (runner's count)", f"{http_retries} (killed run's last progress line + resumed run)"),
        ("judge re-asks (rejected replies)", f"{rejected} journalled of {outcomes['garbled']} garbled replies served"),
        ("repeats", f"{repeats} (allowed {allowed})"),
        ("torn journal line at the kill", "dropped on resume" if "torn last journal line"
         in open(os.path.join(work, "resumed.stderr"), encoding="utf-8").read() else "none"),
        ("wall time", f"fault-free {t1 - t0:.1f} s; faulted {t3 - t2:.1f} s to the kill + {t5 - t4:.1f} s resumed"),
        ("peak RSS MiB", ", ".join(f"{name} {mib:.1f}" for name, mib in peaks.items())
         + f"; servers {peak_mib(os.path.join(work, 'reference-server.rss'))[0]:.0f}/"
         + f"{peak_mib(os.path.join(work, 'faulty-server.rss'))[0]:.0f} (fault-free/faulted, no bar)"),
    ]
    print()
    width = max(len(name) for name, _ in rows)
    for name, value in rows:
        print(f"{name.ljust(width)}  {value}")
    if failures:
        print(f"\nbench-soak: {len(failures)} bar(s) missed", file=sys.stderr)
        return 1
    print("\nbench-soak: every bar met")
    return 0


if __name__ == "__main__":
    sys.exit(main())
