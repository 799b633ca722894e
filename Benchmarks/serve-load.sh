#!/usr/bin/env bash
# Load run for `sitegen serve`: serves the sample site on 127.0.0.1 and drives it from a second
# process with wrk (Debian: apt-get install wrk) for a bounded time, rotating over pages,
# assets and feeds. Loopback only; the server it starts is stopped by its own PID at the end.
#
#   Benchmarks/serve-load.sh [duration=10s] [connections=32] [threads=2]
#   EDITS=1 Benchmarks/serve-load.sh   # also save a page every 250 ms, so requests meet rebuilds
#
# The server reads a copy of Content/ and Templates/, so edits never touch the repository.
# Prints wrk's summary with latency percentiles; exits non-zero on any socket error or non-2xx answer.
set -euo pipefail
cd "$(dirname "$0")/.."

duration="${1:-10s}"
connections="${2:-32}"
threads="${3:-2}"

command -v wrk >/dev/null || { echo "serve-load: wrk is not installed (apt-get install -y wrk)" >&2; exit 2; }
swift build -c release --product sitegen >/dev/null 2>&1 || { echo "serve-load: swift build failed" >&2; exit 1; }
binary=.build/release/sitegen

work="$(mktemp -d)"
server_pid=""
cleanup() {
  if [ -n "$server_pid" ] && kill -0 "$server_pid" 2>/dev/null; then
    kill -INT "$server_pid"
    wait "$server_pid" 2>/dev/null || true
  fi
  rm -rf "$work"
}
trap cleanup EXIT

cp -R Content Templates "$work/"
"$binary" serve --host 127.0.0.1 --port 0 --content "$work/Content" --templates "$work/Templates" --output "$work/Output" >"$work/serve.log" 2>&1 &
server_pid=$!
for _ in $(seq 1 100); do
  grep -q "Ctrl-C to stop" "$work/serve.log" 2>/dev/null && break
  sleep 0.1
done
url="$(grep -o 'http://127\.0\.0\.1:[0-9]*/' "$work/serve.log" | head -n1)"
[ -n "$url" ] || { echo "serve-load: the server did not start" >&2; cat "$work/serve.log" >&2; exit 1; }

cat >"$work/paths.lua" <<'LUA'
local paths = {
  "/", "/zh/", "/ja/", "/fr/",
  "/zh/reports/model-costs/", "/ja/reports/model-costs/", "/fr/reports/model-costs/",
  "/zh/reports/break-even/", "/zh/notes/glossary/",
  "/assets/style.css", "/sitemap.xml", "/zh/atom.xml",
}
local i = 0
request = function()
  i = i % #paths + 1
  return wrk.format("GET", paths[i])
end
done = function(summary, latency, requests)
  local e = summary.errors
  io.write(string.format("serve-load: %d requests, %.0f req/s, errors: connect %d read %d write %d timeout %d status %d\n",
    summary.requests, summary.requests / (summary.duration / 1e6), e.connect, e.read, e.write, e.timeout, e.status))
  io.write(string.format("serve-load: latency p50 %.2f ms, p90 %.2f ms, p99 %.2f ms, max %.2f ms\n",
    latency:percentile(50) / 1000, latency:percentile(90) / 1000, latency:percentile(99) / 1000, latency.max / 1000))
end
LUA

echo "serve-load: $url for $duration, $connections connections, $threads threads${EDITS:+, saving a page every 250 ms}"
editor_pid=""
if [ -n "${EDITS:-}" ]; then
  page="$work/Content/reports/model-costs.zh.md"
  seconds="${duration%s}"
  ( for n in $(seq 1 $((seconds * 4))); do printf '\n编辑 %d\n' "$n" >>"$page"; sleep 0.25; done ) &
  editor_pid=$!
fi
wrk -t"$threads" -c"$connections" -d"$duration" --timeout 2s --latency -s "$work/paths.lua" "$url" | tee "$work/wrk.txt"
[ -z "$editor_pid" ] || wait "$editor_pid"
[ -z "${EDITS:-}" ] || echo "serve-load: rebuilds during the run: $(grep -c 'rebuilt' "$work/serve.log")"
if grep -qE "Socket errors|Non-2xx" "$work/wrk.txt"; then
  echo "serve-load: FAILED: errors during the run" >&2
  exit 1
fi
