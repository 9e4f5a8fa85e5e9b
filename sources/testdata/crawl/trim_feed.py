#!/usr/bin/env python3
"""Make state-dept-rss.xml: the first N items of one State Department RSS snapshot.

Usage: python3 trim_feed.py SNAPSHOT/data.rss N > state-dept-rss.xml
The channel header and the items are kept byte for byte; later items are dropped.
"""
import sys

src, n = sys.argv[1], int(sys.argv[2])
data = open(src, encoding="utf-8").read()
head, rest = data.split("<item>", 1)
items = ["<item>" + chunk for chunk in ("<item>" + rest).split("<item>")[1:]]
kept = items[:n]
last = kept[-1]
kept[-1] = last[: last.index("</item>") + len("</item>")] + "\n"
sys.stdout.write(head + "".join(kept) + "\t</channel>\n</rss>\n")
