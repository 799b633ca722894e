#!/usr/bin/env bash
# Benchmarks sitegen against Hugo and the cmark-gfm floor on a generated 10,000-page site.
#
#   Benchmarks/run.sh [--pages N] [--runs R] [--work DIR]
#
# Needs Debian's hugo, cmark-gfm, time and python3 packages (installed here with apt-get when
# missing and run as root; otherwise install them first), and Swift for the release build.
# Everything generated goes into .bench/ (git-ignored) unless --work says otherwise.
set -euo pipefail
cd "$(dirname "$0")/.."

missing=()
command -v hugo >/dev/null || missing+=(hugo)
command -v cmark-gfm >/dev/null || missing+=(cmark-gfm)
[ -x /usr/bin/time ] || missing+=(time)
command -v python3 >/dev/null || missing+=(python3)
if [ ${#missing[@]} -gt 0 ]; then
    if [ "$(id -u)" = 0 ]; then
        apt-get update -qq && apt-get install -y -qq "${missing[@]}"
    else
        echo "Benchmarks/run.sh needs: ${missing[*]} (sudo apt-get install ${missing[*]})" >&2
        exit 2
    fi
fi

swift build -c release >&2
exec python3 Benchmarks/bench.py --sitegen .build/release/sitegen "$@"
