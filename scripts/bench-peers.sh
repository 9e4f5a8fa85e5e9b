#!/usr/bin/env bash
# communique beside its peers on the same inputs, in CPU seconds (user +
# sys, one worker), with ratios (issue 21):
#
#   text  TEXT_MB MiB of releases (the text files of CORPUS, default the
#         shared dev corpus, repeated by internal/benchcorpus): communique
#         end to end (with and without the learning pass) in MB/cpu-s,
#         beside chrono-node (dates only, scripts/chrono, needs node and
#         `npm install` there) and prose v2 (named entities, through
#         internal/peerbench, on PROSE_MB MiB: it is slow);
#   html  every .html page of testdata/ and ../shared/realworld:
#         communique pages/cpu-s beside go-trafilatura (main text only);
#   pdf   every .pdf of testdata/ and ../shared/realworld: communique
#         pages/cpu-s beside `pdftotext -layout` (text only; pages counted
#         by pdfinfo, Debian package poppler-utils);
#   size  one document of 1, 5 and 20 MiB of releases: communique CPU
#         seconds per MB and peak RSS (GNU time, Debian package "time").
#
#   scripts/bench-peers.sh [CORPUS]        (make bench-peers)
#   TEXT_MB=20 PROSE_MB=1 REPEAT=3 scripts/bench-peers.sh
#   BIN=/tmp/old/communique scripts/bench-peers.sh   (another build, for before/after)
#
# A peer that is missing is reported as such and the rest runs. Each
# figure is the best of REPEAT runs (the machine may be shared).
set -euo pipefail
cd "$(dirname "$0")/.."
root=$(pwd)
corpus=${1:-../shared/corpus/dev}
text_mb=${TEXT_MB:-20}
prose_mb=${PROSE_MB:-1}
repeat=${REPEAT:-2}
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
if [ -n "${BIN:-}" ]; then
	cp "$BIN" "$tmp/communique"
else
	go build -o "$tmp/communique" ./cmd/communique
fi
(cd internal/peerbench && go build -o "$tmp/peerbench" .)
echo "load: $(cut -d' ' -f1-3 /proc/loadavg) on $(nproc) CPUs; best of $repeat runs" >&2

# cpu CMD...: the best CPU seconds (user+sys) of REPEAT runs of CMD.
cpu() {
	local best="" s
	for _ in $(seq "$repeat"); do
		s=$(bash -c 'TIMEFORMAT="%U %S"; { time "$@" >/dev/null 2>&1 ; } 2>&1 | tail -n 1' _ "$@" | awk '{ print $1 + $2 }')
		if [ -z "$best" ] || awk -v a="$s" -v b="$best" 'BEGIN { exit !(a < b) }'; then best=$s; fi
	done
	echo "$best"
}
# rate AMOUNT SECONDS: AMOUNT per second, two decimals.
rate() { awk -v a="$1" -v s="$2" 'BEGIN { if (s > 0) printf "%.2f", a / s; else print "-" }'; }
# ratio A B: A / B with an x.
ratio() { awk -v a="$1" -v b="$2" 'BEGIN { if (a != "-" && b != "-" && b > 0) printf "%.2fx", a / b; else print "-" }'; }
row() { printf '%-34s %12s %-28s %12s %8s\n' "$@"; }

# inputs: flat folders of links
collect() { # DEST EXT
	mkdir -p "$1"
	local i=0 f
	while IFS= read -r -d '' f; do
		i=$((i + 1))
		ln -s "$(cd "$(dirname "$f")" && pwd)/$(basename "$f")" "$1/$(printf '%04d' "$i")-$(basename "$f" | tr -c 'A-Za-z0-9._-' _)"
	done < <(find testdata ../shared/realworld -type f -name "*.$2" ! -path "*/unseen2/*" ! -path "*/unseen3/*" ! -path "*/unseen4/*" -print0 2>/dev/null | sort -z)
	echo "$i"
}
go run ./internal/benchcorpus -src "$corpus" -dst "$tmp/text" -mb "$text_mb" >"$tmp/made"
text_bytes=$(awk '{ print $3 }' "$tmp/made")
find "$tmp/text" -type f ! -name '*.txt' -delete
text_bytes=$(find "$tmp/text" -type f -name '*.txt' -printf '%s\n' | awk '{ s += $1 } END { print s }')
text_mb_real=$(awk -v b="$text_bytes" 'BEGIN { printf "%.2f", b / 1048576 }')
pages_html=$(collect "$tmp/html" html)
collect "$tmp/pdf" pdf >/dev/null
pages_pdf=0
for f in "$tmp"/pdf/*; do
	n=$(pdfinfo "$f" 2>/dev/null | awk '/^Pages:/ { print $2 }')
	pages_pdf=$((pages_pdf + ${n:-0}))
done

row measure communique peer peer ratio
run() { "$tmp/communique" run --workers 1 --quiet --ocr - -o "$tmp/out.jsonl" "$@" || [ $? -eq 1 ]; }
export -f run
export tmp

# text
cq=$(cpu bash -c 'run "$@"' _ "$tmp/text")
cq_nl=$(cpu bash -c 'run --learn-chrome=false "$@"' _ "$tmp/text")
cq_rate=$(rate "$text_mb_real" "$cq")
cq_nl_rate=$(rate "$text_mb_real" "$cq_nl")
chrono="-"
if command -v node >/dev/null && [ -d scripts/chrono/node_modules/chrono-node ]; then
	chrono=$(node scripts/chrono/bench.js "$corpus" 5 | awk '/cpu-MB\/s/ { for (i = 1; i < NF; i++) if ($(i + 1) == "cpu-MB/s") print $i }')
	chrono=$(awk -v r="$chrono" 'BEGIN { printf "%.2f", r * 1e6 / 1048576 }') # MB/s -> MiB/s
fi
row "text MB/cpu-s ($text_mb_real MB)" "$cq_rate" "chrono-node (dates only)" "$chrono" "$(ratio "$cq_rate" "$chrono")"
row "  without the learning pass" "$cq_nl_rate" "chrono-node (dates only)" "$chrono" "$(ratio "$cq_nl_rate" "$chrono")"
mkdir -p "$tmp/prose"
go run ./internal/benchcorpus -src "$corpus" -dst "$tmp/prose/c" -mb "$prose_mb" >/dev/null
find "$tmp/prose/c" -type f -name '*.txt' | awk -v d="$tmp/prose/c/" '{ sub(d, ""); print }' >"$tmp/prose.names"
prose_bytes=$(find "$tmp/prose/c" -type f -name '*.txt' -printf '%s\n' | awk '{ s += $1 } END { print s }')
prose=$(cpu bash -c '"$0" -mode ner -dirs "$1" <"$2"' "$tmp/peerbench" "$tmp/prose/c" "$tmp/prose.names")
prose_rate=$(rate "$(awk -v b="$prose_bytes" 'BEGIN { print b / 1048576 }')" "$prose")
row "  (same)" "$cq_rate" "prose v2 (NER, $prose_mb MB)" "$prose_rate" "$(ratio "$cq_rate" "$prose_rate")"

# html
cq_html=$(cpu bash -c 'run --learn-chrome=false "$@"' _ "$tmp/html")
ls "$tmp/html" >"$tmp/html.names"
traf=$(cpu bash -c '"$0" -mode text -dirs "$1" <"$2"' "$tmp/peerbench" "$tmp/html" "$tmp/html.names")
row "HTML pages/cpu-s ($pages_html pages)" "$(rate "$pages_html" "$cq_html")" "go-trafilatura (text only)" "$(rate "$pages_html" "$traf")" "$(ratio "$(rate "$pages_html" "$cq_html")" "$(rate "$pages_html" "$traf")")"

# pdf
cq_pdf=$(cpu bash -c 'run "$@"' _ "$tmp/pdf")
cq_pdf_nl=$(cpu bash -c 'run --learn-chrome=false "$@"' _ "$tmp/pdf")
ptt="-"
if command -v pdftotext >/dev/null; then
	ptt=$(cpu bash -c 'for f in "$0"/*; do pdftotext -layout "$f" - ; done' "$tmp/pdf")
fi
ptt_rate=$(rate "$pages_pdf" "$ptt")
row "PDF pages/cpu-s ($pages_pdf pages)" "$(rate "$pages_pdf" "$cq_pdf")" "pdftotext -layout (text)" "$ptt_rate" "$(ratio "$(rate "$pages_pdf" "$cq_pdf")" "$ptt_rate")"
row "  without the learning pass" "$(rate "$pages_pdf" "$cq_pdf_nl")" "pdftotext -layout (text)" "$ptt_rate" "$(ratio "$(rate "$pages_pdf" "$cq_pdf_nl")" "$ptt_rate")"

# size: one document of 1, 5, 20 MiB
if [ -x /usr/bin/time ]; then
	find "$tmp/text" -type f -name '*.txt' | sort | awk 'NR <= 200' | xargs cat >"$tmp/unit.txt"
	for mb in 1 5 20; do
		python3 - "$tmp/unit.txt" "$tmp/one$mb.txt" "$mb" <<'EOF'
import sys
u = open(sys.argv[1], 'rb').read()
n = int(sys.argv[3]) << 20
open(sys.argv[2], 'wb').write((u * (n // len(u) + 1))[:n])
EOF
		/usr/bin/time -f '%U %S %M' "$tmp/communique" run --workers 1 --quiet --learn-chrome=false -o "$tmp/one.jsonl" "$tmp/one$mb.txt" 2>"$tmp/one.time" || true
		tail -n 1 "$tmp/one.time" | awk -v mb="$mb" '{ printf "%-34s %12s %-28s %12s\n", "one " mb " MB document", sprintf("%.3f", ($1 + $2) / mb), "CPU-s per MB; peak RSS MB", sprintf("%.0f", $3 / 1024) }'
	done
fi
