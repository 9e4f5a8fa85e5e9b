#!/usr/bin/env bash
# Throughput and peak memory of the built binary over a corpus of at least
# TARGET_MB MiB made by repeating the files of CORPUS (default: the shared
# dev corpus), with 1 and 2 workers (WORKERS). Needs GNU time
# (/usr/bin/time, Debian package "time") for the peak RSS.
#
#   scripts/bench-run.sh [CORPUS]          (make bench-run)
#   TARGET_MB=100 WORKERS="1 2 4" REPEAT=3 FLAGS="--learn-chrome=false" scripts/bench-run.sh
set -euo pipefail
cd "$(dirname "$0")/.."
corpus=${1:-../shared/corpus/dev}
target_mb=${TARGET_MB:-50}
workers=${WORKERS:-"1 2"}
flags=${FLAGS:-}
repeat=${REPEAT:-2}
bin=bin/communique
if [ ! -x /usr/bin/time ]; then
	echo "bench-run: /usr/bin/time not found (apt-get install time)" >&2
	exit 2
fi
go build -o "$bin" ./cmd/communique
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
go run ./internal/benchcorpus -src "$corpus" -dst "$tmp/corpus" -mb "$target_mb" | tee "$tmp/made"
bytes=$(awk '{ print $3 }' "$tmp/made")
echo "load: $(cut -d' ' -f1-3 /proc/loadavg) on $(nproc) CPUs"
printf '%-8s %10s %10s %10s %10s %12s %9s\n' workers documents seconds docs/s MB/s peak_RSS_MB failures
# Each configuration runs REPEAT times; the fastest run is reported (the
# machine may be shared), with the largest peak RSS of all runs.
for w in $workers; do
	best="" rss_max=0
	for _ in $(seq "$repeat"); do
		# shellcheck disable=SC2086 # FLAGS is a list of flags
		/usr/bin/time -v "$bin" run --workers "$w" --log-format json $flags "$tmp/corpus" >"$tmp/out.jsonl" 2>"$tmp/err" || true
		secs=$(awk -F': ' '/Elapsed \(wall clock\)/ { n = split($2, p, ":"); s = 0; for (i = 1; i <= n; i++) s = s * 60 + p[i]; print s }' "$tmp/err")
		rss_kb=$(awk -F': ' '/Maximum resident set size/ { print $2 }' "$tmp/err")
		docs=$(grep -o '"documents":[0-9]*' "$tmp/err" | tail -1 | cut -d: -f2)
		fails=$(grep -o '"failures":[0-9]*' "$tmp/err" | tail -1 | cut -d: -f2)
		if [ -z "$best" ] || awk -v a="$secs" -v b="$best" 'BEGIN { exit !(a < b) }'; then best=$secs; fi
		if [ "$rss_kb" -gt "$rss_max" ]; then rss_max=$rss_kb; fi
	done
	awk -v w="$w" -v d="$docs" -v s="$best" -v b="$bytes" -v r="$rss_max" -v f="$fails" 'BEGIN {
		printf "%-8s %10d %10.2f %10.1f %10.2f %12.1f %9d\n", w, d, s, d / s, b / 1048576 / s, r / 1024, f }'
done
