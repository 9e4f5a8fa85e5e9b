#!/usr/bin/env bash
# Runs communique and the Go ports of the two peers on the peers' own
# benchmarks and scores all of them with the peers' own scoring code:
#
#   trafilatura main text: tests/evaldata.json (files in tests/cache and
#     tests/eval), counted by tests/eval_common.py (count_item,
#     ConfusionMatrix); peer: github.com/markusmobius/go-trafilatura;
#   htmldate publication date: tests/eval_default.json and
#     tests/eval_mediacloud_2020.json (files in tests/test_set, cache,
#     eval), counted by tests/evaluation.py (evaluate_result); peer:
#     github.com/markusmobius/go-htmldate with UseOriginalDate, with its
#     extensive search (as communique runs it) and without (fast).
#
# With the peers, it also prints the upper bound of a per-page choice
# between communique's text and go-trafilatura's (peer_score.py --oracle).
#
#   scripts/peer-bench.sh TRAFILATURA_CHECKOUT HTMLDATE_CHECKOUT
#
# The checkouts are of the public repositories adbar/trafilatura and
# adbar/htmldate; nothing of their data is copied into this repository.
# Scores are printed for two halves split by a fixed hash of the file name
# (scripts/peer_score.py) and for both together. Times are CPU seconds
# (user+sys) of each program over the whole benchmark, one worker.
# PEERS=0 skips the peers (communique only).
set -euo pipefail
if [ $# -ne 2 ]; then
	echo "usage: $0 TRAFILATURA_CHECKOUT HTMLDATE_CHECKOUT" >&2
	exit 2
fi
traf=$(cd "$1" && pwd)/tests
hd=$(cd "$2" && pwd)/tests
cd "$(dirname "$0")/.."
root=$(pwd)
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
go build -o "$tmp/communique" ./cmd/communique
(cd internal/peerbench && go build -o "$tmp/peerbench" .)

# link the benchmark's files into one folder each (communique reads folders)
link() { # DEST NAMES_FILE DIR...
	local dest=$1 names=$2
	shift 2
	mkdir -p "$dest"
	while IFS= read -r n; do
		for d in "$@"; do
			if [ -f "$d/$n" ]; then
				ln -sf "$d/$n" "$dest/$n"
				break
			fi
		done
	done <"$names"
}
python3 -c 'import json, sys; [print(v["file"]) for v in json.load(open(sys.argv[1])).values()]' "$traf/evaldata.json" | sort -u >"$tmp/traf.names"
python3 -c 'import json, sys; [print(v["file"]) for p in sys.argv[1:] for v in json.load(open(p)).values()]' "$hd/eval_default.json" "$hd/eval_mediacloud_2020.json" | sort -u >"$tmp/hd.names"
link "$tmp/traf" "$tmp/traf.names" "$traf/cache" "$traf/eval"
link "$tmp/hd" "$tmp/hd.names" "$hd/test_set" "$hd/cache" "$hd/eval"

cpu() { # LABEL CMD... : runs CMD, prints its CPU seconds on stderr
	local label=$1
	shift
	/usr/bin/env bash -c 'TIMEFORMAT="%U %S"; { time "$@" ; } 2>"$0.time"' "$tmp/$label" "$@"
	tail -n 1 "$tmp/$label.time" | awk -v l="$label" '{ printf "%-28s %7.2f CPU-s\n", l, $1 + $2 }' >&2
}
echo "CPU time (one worker):" >&2
cpu communique-text "$tmp/communique" run --workers 1 --quiet --learn-chrome=false -o "$tmp/cq-text.jsonl" "$tmp/traf" || true
cpu communique-date "$tmp/communique" run --workers 1 --quiet --learn-chrome=false -o "$tmp/cq-date.jsonl" "$tmp/hd" || true
args=(--text communique "$tmp/cq-text.jsonl" --date communique "$tmp/cq-date.jsonl")
if [ "${PEERS:-1}" != 0 ]; then
	cpu go-trafilatura bash -c '"$0" -mode text -dirs "$1" <"$2" >"$3"' "$tmp/peerbench" "$tmp/traf" "$tmp/traf.names" "$tmp/gt.json"
	cpu go-htmldate bash -c '"$0" -mode date -dirs "$1" <"$2" >"$3"' "$tmp/peerbench" "$tmp/hd" "$tmp/hd.names" "$tmp/gh.json"
	cpu go-htmldate-fast bash -c '"$0" -mode date -fast -dirs "$1" <"$2" >"$3"' "$tmp/peerbench" "$tmp/hd" "$tmp/hd.names" "$tmp/ghfast.json"
	args+=(--text go-trafilatura "$tmp/gt.json" --date go-htmldate "$tmp/gh.json" --date go-htmldate-fast "$tmp/ghfast.json")
	args+=(--oracle communique go-trafilatura)
fi
if [ -n "${KEEP:-}" ]; then
	mkdir -p "$KEEP" && cp "$tmp"/*.jsonl "$tmp"/*.json "$KEEP"/ 2>/dev/null || true
fi
python3 "$root/scripts/peer_score.py" --traf-tests "$traf" --htmldate-tests "$hd" "${args[@]}"
