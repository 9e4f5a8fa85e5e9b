#!/bin/sh
# Regenerates words.txt, the word list of the PDF text-quality check
# (pdf_quality.go): every letters-only entry of Debian's wamerican
# (/usr/share/dict/american-english, SCOWL size 50, public domain-like
# licence), proper nouns included, lower-cased, one a line. Run from this
# folder; needs wamerican installed (apt-get install wamerican). Kept
# uncompressed: decompressing it took 10 ms of every PDF run (issue 21).
set -eu
{
	echo "# Lower-case words of Debian's wamerican (SCOWL), letters only, proper nouns included. Made by mkwords.sh."
	grep -E '^[A-Za-z]+$' /usr/share/dict/american-english | tr 'A-Z' 'a-z' | LC_ALL=C sort -u
} > words.txt
