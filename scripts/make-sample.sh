#!/usr/bin/env bash
# Rebuilds testdata/sample (the demo folder) and the PDF fixtures of the
# end-to-end tests from the public-domain US government documents in
# ../shared/realworld (see testdata/SOURCES.md for provenance).
# Needs LibreOffice (soffice) for text -> PDF and qpdf for encryption:
#   apt-get install -y --no-install-recommends libreoffice-writer qpdf
# The outputs are committed; only rerun this to change them.
set -euo pipefail
cd "$(dirname "$0")/.."
real=${REALWORLD:-../shared/realworld}
out=testdata/sample
fix=cmd/communique/testdata
mkdir -p "$out" "$fix"
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT

# Two State Department statements (re3d, public domain) as plain text:
# title, blank line, text.
python3 - "$real/re3d/US State Department/documents.json" "$out" <<'PY'
import json, sys
docs = {}
for line in open(sys.argv[1], encoding="utf-8"):
    d = json.loads(line)
    docs[d["_id"]] = d
picks = {
    "CFEF9B4E83786F435E8483A03DB20D8E": "us-iraq-loan-guarantee.txt",
    "E1526BBD89FAB8E7914B3CF5867666CC": "Ishtar Gate – Babylon $conservation (copy).txt",
}
for id_, name in picks.items():
    d = docs[id_]
    with open(sys.argv[2] + "/" + name, "w", encoding="utf-8") as f:
        f.write(d["title"].strip() + "\n\n" + d["text"].strip() + "\n")
PY

# A State Department statement as a web page with site chrome (header,
# navigation, aside, footer, script) around the article.
python3 - "$real/items/state-us-japan-rok-trilateral.html" "$out/joint-statement-us-japan-rok.html" <<'PY'
import re, sys
src = open(sys.argv[1], encoding="utf-8").read()
title = re.search(r"<title>(.*?)</title>", src, re.S).group(1)
published = re.search(r'article:published_time" content="([^"]+)"', src).group(1)
import datetime
shown = datetime.datetime.fromisoformat(published).strftime("%B %-d, %Y")
body = re.search(r"<body>(.*)</body>", src, re.S).group(1)
page = f"""<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>{title} - United States Department of State</title>
<meta property="og:title" content="{title}">
<meta property="article:published_time" content="{published}">
<script>window.dataLayer = window.dataLayer || []; function gtag(){{dataLayer.push(arguments);}}</script>
<style>body {{ font-family: sans-serif; }}</style>
</head>
<body>
<header><a href="/">U.S. Department of State</a>
<nav><ul><li><a href="/countries">Countries &amp; Areas</a></li><li><a href="/bureaus">Bureaus &amp; Offices</a></li><li><a href="/about">About</a></li></ul></nav>
</header>
<main>
<article>
<time datetime="{published}">{shown}</time>
{body}
</article>
<aside><h2>Related Articles</h2><ul><li><a href="/x">Secretary Blinken's Travel to Australia, Fiji, and Hawaii</a></li></ul></aside>
</main>
<footer><p>White House</p><p>USA.gov</p><p>Privacy Policy</p></footer>
</body>
</html>
"""
open(sys.argv[2], "w", encoding="utf-8").write(page)
PY

# A White House joint statement with numbered paragraphs, as a PDF made
# by LibreOffice from the plain-text item.
cp "$real/items/wh-quad-leaders-spirit-of-the-quad.txt" "$tmp/quad-leaders-joint-statement.txt"
(cd "$tmp" && soffice --headless --convert-to pdf quad-leaders-joint-statement.txt >/dev/null 2>&1)
cp "$tmp/quad-leaders-joint-statement.pdf" "$out/"

# The Friends of the Mekong statement as given (minimal HTML page).
install -m 644 "$real/items/state-friends-of-the-mekong.html" "$out/friends-of-the-mekong.html"

# End-to-end fixture: the PDF encrypted with a user password.
qpdf --encrypt secret-user secret-owner 256 -- "$out/quad-leaders-joint-statement.pdf" "$fix/encrypted.pdf"
