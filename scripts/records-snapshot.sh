#!/usr/bin/env bash
# Records of `communique run` over every document the repository can see
# (testdata/, ../shared/corpus/dev, ../shared/realworld), one JSON Lines
# file per tree under OUT, with the chrome hash (source.chrome) removed so
# that two snapshots compare byte for byte across a refactoring:
#
#   scripts/records-snapshot.sh /tmp/before      (on the old commit)
#   scripts/records-snapshot.sh /tmp/after       (on the new one)
#   diff -r /tmp/before /tmp/after && echo identical
set -euo pipefail
cd "$(dirname "$0")/.."
out=${1:?usage: records-snapshot.sh OUTDIR}
mkdir -p "$out"
bin=$(mktemp -d)/communique
trap 'rm -rf "$(dirname "$bin")"' EXIT
go build -o "$bin" ./cmd/communique
snap() { # name dir...
	local name=$1
	shift
	# exit 1 (some documents failed) still gives error records to compare
	"$bin" run --quiet --ocr - "$@" >"$out/$name.raw" || [ $? -eq 1 ]
	# the checkout's own path (file:// URIs) is not compared either
	sed -E -e 's/"chrome":"[^"]*",?//' -e "s#file://$PWD/#file://./#g" "$out/$name.raw" >"$out/$name.jsonl"
	rm "$out/$name.raw"
	echo "$name: $(wc -l <"$out/$name.jsonl") records"
}
# testdata/unseen2, unseen3 and unseen4 are the held-out evaluation sets: their
# records are never shown by a snapshot diff (nobody tuning may read them).
mapfile -t trees < <(find testdata -mindepth 1 -maxdepth 1 ! -name unseen2 ! -name unseen3 ! -name unseen4 | sort)
snap testdata "${trees[@]}"
[ -d ../shared/corpus/dev ] && snap shared-dev ../shared/corpus/dev
[ -d ../shared/realworld ] && snap shared-realworld ../shared/realworld
