#!/usr/bin/env python3
"""Scores `sitegen check` on blind sets against their proved answer keys.

Each folder holding a `key.json` is checked as one site (`sitegen check FOLDER --format json`).
An error finding on a planted error's line (or one of its `also_lines`) finds it; any other error
finding is false. Prints recall per shape, precision, and the clean files that were flagged, and
fails when a threshold given on the command line is not met.

    python3 score.py --sitegen .build/debug/sitegen Tests/Evaluation/blind-a [--min-precision 0.95 …]
"""
import argparse
import json
import subprocess
import sys
from collections import defaultdict
from pathlib import Path

CORE_SHAPES = {"table-total", "derived-column", "inline-calc", "list-total"}
CROSS_SHAPES = {"summary", "translation"}


def run_check(sitegen, folder):
    result = subprocess.run([sitegen, "check", str(folder), "--format", "json"],
                            capture_output=True, text=True, check=False)
    if result.returncode not in (0, 1):
        sys.exit(f"sitegen check {folder} exited {result.returncode}: {result.stderr[-2000:]}")
    return json.loads(result.stdout)["findings"]


def relative(folder, file):
    path = Path(file)
    try:
        return str(path.resolve().relative_to(folder.resolve()))
    except ValueError:
        return str(path)


def score_folder(sitegen, folder, tally, verbose):
    key = json.loads((folder / "key.json").read_text(encoding="utf-8"))
    findings = run_check(sitegen, folder)
    flagged = defaultdict(set)  # file → lines with an error finding
    messages = {}
    for finding in findings:
        if finding["severity"] != "error":
            continue
        path = relative(folder, finding["file"])
        flagged[path].add(finding["line"])
        messages.setdefault((path, finding["line"]), finding["message"])
    for entry in key["files"]:
        path = entry["path"]
        lines = flagged.get(path, set())
        claimed = set()
        tally["files"] += 1
        for relation in entry["relations"]:
            if not relation.get("error"):
                continue
            accepted = {relation["line"], *relation.get("also_lines", [])}
            shape = relation["shape"]
            tally["planted"][shape] += 1
            if lines & accepted:
                tally["found"][shape] += 1
                claimed |= lines & accepted
            elif verbose:
                print(f"  missed {folder.name}/{path}:{relation['line']} [{shape}] {relation.get('note', '')}")
        false_lines = lines - claimed
        tally["true_lines"] += len(claimed)
        tally["false_lines"] += len(false_lines)
        if entry.get("clean"):
            tally["clean"] += 1
            if lines:
                tally["clean_flagged"].append(f"{folder.name}/{path}")
        if verbose:
            for line in sorted(false_lines):
                print(f"  false {folder.name}/{path}:{line}: {messages[(path, line)]}")


def ratio(a, b):
    return a / b if b else 1.0


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("sets", nargs="+", type=Path)
    parser.add_argument("--sitegen", default=".build/debug/sitegen")
    parser.add_argument("--verbose", action="store_true", help="list every missed and every false finding")
    parser.add_argument("--min-precision", type=float, default=0.0)
    parser.add_argument("--min-core-recall", type=float, default=0.0, help="each of " + ", ".join(sorted(CORE_SHAPES)))
    parser.add_argument("--min-cross-recall", type=float, default=0.0, help="each of " + ", ".join(sorted(CROSS_SHAPES)))
    parser.add_argument("--max-clean-flagged", type=int, default=10**9)
    args = parser.parse_args()

    tally = {"files": 0, "clean": 0, "clean_flagged": [], "true_lines": 0, "false_lines": 0,
             "planted": defaultdict(int), "found": defaultdict(int)}
    for root in args.sets:
        for key in sorted(root.rglob("key.json")):
            score_folder(args.sitegen, key.parent, tally, args.verbose)

    failures = []
    print(f"{'shape':<16}{'found':>7}{'planted':>9}{'recall':>9}")
    for shape in sorted(tally["planted"]):
        recall = ratio(tally["found"][shape], tally["planted"][shape])
        print(f"{shape:<16}{tally['found'][shape]:>7}{tally['planted'][shape]:>9}{recall:>9.1%}")
        if shape in CORE_SHAPES and recall < args.min_core_recall:
            failures.append(f"recall of {shape} {recall:.1%} < {args.min_core_recall:.0%}")
        if shape in CROSS_SHAPES and recall < args.min_cross_recall:
            failures.append(f"recall of {shape} {recall:.1%} < {args.min_cross_recall:.0%}")
    found, planted = sum(tally["found"].values()), sum(tally["planted"].values())
    precision = ratio(tally["true_lines"], tally["true_lines"] + tally["false_lines"])
    print(f"{'all':<16}{found:>7}{planted:>9}{ratio(found, planted):>9.1%}")
    print(f"precision: {tally['true_lines']} true / {tally['true_lines'] + tally['false_lines']} error lines = {precision:.1%}")
    print(f"clean files flagged: {len(tally['clean_flagged'])} of {tally['clean']}"
          + (f" ({', '.join(tally['clean_flagged'])})" if tally["clean_flagged"] else ""))
    if precision < args.min_precision:
        failures.append(f"precision {precision:.1%} < {args.min_precision:.0%}")
    if len(tally["clean_flagged"]) > args.max_clean_flagged:
        failures.append(f"{len(tally['clean_flagged'])} clean files flagged > {args.max_clean_flagged}")
    for failure in failures:
        print(f"FAIL: {failure}")
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
