#!/bin/sh
# Regenerates testdata/shapes: PDF renderings of the five dev texts and a
# copy of their gold whose "source" names the PDF. Needs python3 and
# LibreOffice Writer with the en-US hyphenation dictionary:
#   apt-get install -y --no-install-recommends libreoffice-writer hyphen-en-us fonts-dejavu
# Run from the repository root: sh testdata/shapes/make_shapes.sh
set -eu
here=$(cd "$(dirname "$0")" && pwd)
dev=${DEV:-$here/../../../shared/corpus/dev}
gold=${GOLD:-$here/../../../shared/eval/dev}
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
python3 "$here/make_shapes.py" "$dev" "$tmp"
(cd "$tmp" && soffice --headless --convert-to pdf ./*.fodt >/dev/null 2>&1)
mkdir -p "$here/pdf" "$here/gold"
cp "$tmp"/*.pdf "$here/pdf/"
for g in "$gold"/*.gold.json; do
	sed 's/^\(  "source": "[^"]*\)\.txt"/\1.pdf"/' "$g" > "$here/gold/$(basename "$g")"
done
