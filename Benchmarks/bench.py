#!/usr/bin/env python3
"""Times sitegen against Hugo and the cmark-gfm floor on one generated site, in the same run.

Called by Benchmarks/run.sh, which installs the tools and builds sitegen. Each round times,
interleaved so that background load hits every contender alike:
  build        sitegen build from scratch (no output folder, no cache)
  no change    sitegen build again, nothing changed
  one edit     sitegen build after appending a sentence to one page
  check        sitegen check of the content folder
  hugo         hugo build of the same Markdown with Benchmarks/hugo (fresh destination)
  cmark-gfm    the cmark-gfm command over every file, one process per core, batches of 500 files
  over output  sitegen build --no-cache over the output of the round before (a full build that
               rewrites only what differs), then
  hugo over    hugo over its own output of the round before, as Hugo is used: the two write in
               turn, so each one's disk writeback lands on the other's time
Medians over the rounds, ratios, and peak memory (maximum resident set size from /usr/bin/time).
"""
import argparse
import json
import os
import statistics
import subprocess
import sys
import time

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)


def timed(cmd, cwd=None, expect=0):
    """Wall seconds and peak RSS (MiB) of `cmd`, run under /usr/bin/time."""
    stats = os.path.join(WORK, "time.txt")
    start = time.perf_counter()
    proc = subprocess.run(["/usr/bin/time", "-f", "%M", "-o", stats] + cmd, cwd=cwd,
                          stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
    wall = time.perf_counter() - start
    if proc.returncode != expect:
        sys.exit(f"{' '.join(cmd)} exited {proc.returncode}:\n{proc.stderr[-3000:]}")
    with open(stats) as f:
        rss = int(f.read().split()[-1]) / 1024
    return wall, rss


def loadavg():
    with open("/proc/loadavg") as f:
        return " ".join(f.read().split()[:3])


def main():
    global WORK
    ap = argparse.ArgumentParser()
    ap.add_argument("--sitegen", required=True)
    ap.add_argument("--pages", type=int, default=10000)
    ap.add_argument("--runs", type=int, default=5)
    ap.add_argument("--work", default=os.path.join(ROOT, ".bench"))
    ap.add_argument("--technical", action="store_true", help="pages with code, formulas and diagrams (Hugo highlights with Chroma)")
    ap.add_argument("--realistic", action="store_true", help="a folder per language, raw HTML, long pages and big tables")
    args = ap.parse_args()
    WORK = os.path.abspath(args.work)
    os.makedirs(WORK, exist_ok=True)
    sitegen = os.path.abspath(args.sitegen)
    templates = os.path.join(ROOT, "Templates")
    content = os.path.join(WORK, "content")
    out = os.path.join(WORK, "out")
    cache = os.path.join(WORK, ".sitegen-cache")
    hugo_out = os.path.join(WORK, "hugo-out")

    # Correctness first: planted errors are all found, and the benchmark site has none.
    planted = os.path.join(WORK, "planted")
    subprocess.run([sys.executable, os.path.join(HERE, "generate.py"), planted, "--pages", "1000", "--errors", "10"],
                   check=True, stdout=subprocess.DEVNULL)
    proc = subprocess.run([sitegen, "check", planted, "--format", "json"], capture_output=True, text=True)
    found = json.loads(proc.stdout)["summary"]["errors"]
    if proc.returncode != 1 or found != 10:
        sys.exit(f"check found {found} errors in the planted site (exit {proc.returncode}); expected 10")
    subprocess.run([sys.executable, os.path.join(HERE, "generate.py"), content, "--pages", str(args.pages)]
                   + (["--technical"] if args.technical else []) + (["--realistic"] if args.realistic else []),
                   check=True, stdout=subprocess.DEVNULL)
    files = sorted(os.path.join(d, f) for d, _, fs in os.walk(content) for f in fs if f.endswith(".md"))
    size = sum(os.path.getsize(f) for f in files)
    listing = os.path.join(WORK, "files.txt")
    with open(listing, "w") as f:
        f.write("\n".join(files) + "\n")
    edited = files[len(files) // 2]
    cores = os.cpu_count()

    build = [sitegen, "build", "--content", content, "--templates", templates, "--output", out]
    contenders = {
        "build": lambda: (subprocess.run(["rm", "-rf", out, cache]), timed(build))[1],
        "no change": lambda: timed(build),
        "one edit": lambda: (open(edited, "a").write(f"\nEdited again at {time.time_ns()}.\n"), timed(build))[1],
        "check": lambda: timed([sitegen, "check", content]),
        "hugo": lambda: (subprocess.run(["rm", "-rf", hugo_out]),
                         timed(["hugo", "--quiet", "--source", os.path.join(HERE, "hugo"), "--contentDir", content,
                                "--destination", hugo_out]))[1],
        "cmark-gfm": lambda: timed(["sh", "-c", f"xargs -P {cores} -n 500 cmark-gfm -e table -e strikethrough -e autolink "
                                          f"-e tasklist < {listing} > {os.path.join(WORK, 'cmark.html')}"]),
        "over output": lambda: timed([sitegen, "build", "--no-cache", "--content", content, "--templates", templates,
                                      "--output", os.path.join(WORK, "out-kept")]),
        "hugo over": lambda: timed(["hugo", "--quiet", "--source", os.path.join(HERE, "hugo"), "--contentDir", content,
                                    "--destination", os.path.join(WORK, "hugo-kept")]),
    }
    load_before = loadavg()
    results = {name: [] for name in contenders}
    for r in range(args.runs):
        for name, run in contenders.items():
            results[name].append(run())
        print(f"round {r + 1}/{args.runs}: " + ", ".join(f"{n} {v[-1][0]:.2f}s" for n, v in results.items()), file=sys.stderr)
    load_after = loadavg()
    # The one-edit build must leave what a full build leaves.
    subprocess.run(["rm", "-rf", os.path.join(WORK, "full")])
    subprocess.run([sitegen, "build", "--content", content, "--templates", templates, "--output", os.path.join(WORK, "full")],
                   check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    same = all(subprocess.run(["diff", "-rq", "-x", ".sitegen-output", built, os.path.join(WORK, "full")], capture_output=True).returncode == 0
               for built in [out, os.path.join(WORK, "out-kept")])

    med = {n: statistics.median(v[0] for v in vals) for n, vals in results.items()}
    rss = {n: max(v[1] for v in vals) for n, vals in results.items()}
    version = lambda cmd: subprocess.run(cmd, capture_output=True, text=True).stdout.strip().splitlines()[0]
    lines = [
        f"{len(files)} pages ({size / 1e6:.1f} MB of Markdown), {args.runs} rounds, {cores} cores, "
        f"load average {load_before} before and {load_after} after",
        f"{version(['hugo', 'version'])}; {version(['cmark-gfm', '--version'])}",
        "",
        "| what | median (s) | min (s) | max (s) | peak memory (MiB) |",
        "| --- | ---: | ---: | ---: | ---: |",
    ]
    for n, vals in results.items():
        walls = [v[0] for v in vals]
        lines.append(f"| {n} | {med[n]:.2f} | {min(walls):.2f} | {max(walls):.2f} | {rss[n]:.0f} |")
    lines += [
        "",
        f"- full build / Hugo: {med['build'] / med['hugo']:.2f} (target ≤ 0.5)",
        f"- full build over the last output / Hugo over its own, written in turn: {med['over output'] / med['hugo over']:.2f} (target ≤ 0.5)",
        f"- full build / cmark-gfm floor: {med['build'] / med['cmark-gfm']:.2f} (target ≤ 3)",
        f"- check / full build: {med['check'] / med['build']:.2f} (target ≤ 0.33)",
        f"- rebuild with nothing changed / full build: {med['no change'] / med['build']:.3f} (target ≤ 0.05)",
        f"- rebuild after one edit: {med['one edit']:.3f} s (target < 0.2 s)",
        f"- peak memory of the full build: {rss['build']:.0f} MiB (target < 1024)",
        f"- output after the edits, and the one built over earlier outputs, identical to a full build: {'yes' if same else 'NO'}",
    ]
    report = "\n".join(lines)
    with open(os.path.join(WORK, "results.md"), "w") as f:
        f.write(report + "\n")
    print(report)


if __name__ == "__main__":
    main()
