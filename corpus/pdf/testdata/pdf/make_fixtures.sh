#!/bin/sh
# Regenerates the PDF fixtures of corpus/pdf/testdata/pdf. Needs python3,
# LibreOffice Writer (soffice), qpdf and the hyphen-en-us dictionary:
#   apt-get install -y --no-install-recommends libreoffice-writer qpdf hyphen-en-us groff ghostscript
set -eu
cd "$(dirname "$0")"
python3 bulletin.fodt.py
soffice --headless --convert-to pdf bulletin.fodt >/dev/null 2>&1
rm -f bulletin.fodt
# Encrypted: a user password is needed to open it.
qpdf --allow-weak-crypto --encrypt secret owner 128 --use-aes=y -- bulletin.pdf encrypted.pdf
# Encrypted with an empty user password (owner restrictions only): readable.
qpdf --allow-weak-crypto --encrypt "" owner 128 --use-aes=n -- bulletin.pdf owner-only.pdf
# Truncated: the first 60% of the bytes.
size=$(wc -c < bulletin.pdf)
head -c $((size * 6 / 10)) bulletin.pdf > truncated.pdf
# A notice typeset by groff and ghostscript: another producer's text
# operators, ligatures, a "- N -" page number, lettered items.
groff -ms -Tps notice.ms | ps2pdf - notice.pdf
