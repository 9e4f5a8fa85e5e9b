#!/usr/bin/env python3
"""Scores communique and the Go peers on the peers' own benchmarks with the
peers' own scoring code (see scripts/peer-bench.sh).

The scoring functions are imported from the checkouts: count_item and
ConfusionMatrix from trafilatura's tests/eval_common.py, evaluate_result and
EVAL_PAGES from htmldate's tests/evaluation.py. Those modules import the
Python libraries themselves at load time (for their own runners, which are
not used here); PyPI is not reachable from this machine, so the imports they
need and do not use are stubbed before loading.

Files are split into two halves by a fixed hash of the file name: the first
byte of SHA-256(name) even is the development half, odd the held-out half.
"""

import argparse
import hashlib
import json
import os
import re
import sys
import types


def half(name):
    return "dev" if hashlib.sha256(name.encode("utf-8")).digest()[0] % 2 == 0 else "held-out"


def stub(name, **attrs):
    mod = types.ModuleType(name)
    mod.__path__ = []  # a package, so submodules can be stubbed too
    for k, v in attrs.items():
        setattr(mod, k, v)
    sys.modules[name] = mod


def load_peer_scoring(traf_tests, htmldate_tests):
    stub("trafilatura", extract=lambda *a, **k: None)
    stub("htmldate", find_date=lambda *a, **k: None)
    stub("htmldate.validators", convert_date=lambda *a, **k: None)
    sys.path.insert(0, traf_tests)
    import eval_common  # trafilatura's

    sys.path.remove(traf_tests)
    sys.path.insert(0, htmldate_tests)
    import evaluation  # htmldate's

    return eval_common, evaluation


def communique_results(jsonl, mode):
    """Maps file name to communique's result: all records' text joined
    (text), or the first record's published date (date)."""
    out = {}
    with open(jsonl, encoding="utf-8") as f:
        for line in f:
            r = json.loads(line)
            name = os.path.basename(r.get("source", {}).get("path", ""))
            if mode == "text":
                parts = out.get(name) or []
                if r.get("text"):
                    parts.append(r["text"])
                out[name] = parts
            else:
                if name not in out or r.get("segment", 0) == 0:
                    out[name] = r.get("published")
    if mode == "text":
        return {k: ("\n".join(v) if v else None) for k, v in out.items()}
    return out


# A "without" snippet that is only a date or a byline: the records keep
# datelines and bylines on purpose (issue 16 asks for F1 with and without
# such snippets).
MONTHS = r"(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec|januar|februar|märz|mai|juni|juli|okt|dez|janvier|février|mars|avril|juin|juillet|août|septembre|octobre|novembre|décembre|enero|febrero|marzo|abril|mayo|junio|julio|agosto|septiembre|octubre|noviembre|diciembre)"
DATE_RE = re.compile(r"\b(\d{1,4}[./-]\d{1,2}[./-]\d{1,4}|\d{1,2}\.? " + MONTHS + r"\w*\.?,? \d{2,4}|" + MONTHS + r"\w*\.? \d{1,2},? \d{4})", re.I)


def dateline_or_byline(snippet):
    s = snippet.strip()
    if len(s) > 80:
        return False
    if re.match(r"(?i)^(by|von|par|por|di|door)\s+\S", s):
        return True
    m = DATE_RE.search(s)
    return bool(m) and len(s) - len(m.group(0)) <= 30


def score_text(ec, evaldata, results, skip_datelines=False):
    cms = {"dev": ec.ConfusionMatrix(), "held-out": ec.ConfusionMatrix(), "all": ec.ConfusionMatrix()}
    empty = {"dev": 0, "held-out": 0, "all": 0}
    for url, item in evaldata.items():
        name = item["file"]
        if skip_datelines:
            item = dict(item, without=[w for w in item["without"] if not dateline_or_byline(w)])
        res = results.get(name)
        counts = ec.count_item(item, res)
        for h in (half(name), "all"):
            cms[h].add(counts)
            if not res or not res.strip():
                empty[h] += 1
    return cms, empty


def score_oracle(ec, evaldata, a, b):
    """The upper bound of a per-page choice between two extractors: each
    page scored with whichever result has fewer errors (false "without"
    plus missed "with" snippets). Returns the confusion matrices per half
    and the pages per half where b is the better choice."""
    cms = {"dev": ec.ConfusionMatrix(), "held-out": ec.ConfusionMatrix(), "all": ec.ConfusionMatrix()}
    took_b = {"dev": 0, "held-out": 0, "all": 0}
    for url, item in evaldata.items():
        name = item["file"]
        ca, cb = ec.count_item(item, a.get(name)), ec.count_item(item, b.get(name))
        best = cb if cb[1] + cb[2] < ca[1] + ca[2] else ca
        for h in (half(name), "all"):
            cms[h].add(best)
            took_b[h] += best is cb
    return cms, took_b


def score_date(ev, results):
    tot = {h: [0, 0, 0, 0] for h in ("dev", "held-out", "all")}
    for url, data in ev.EVAL_PAGES.items():
        name = data["file"]
        res = results.get(name)
        if res is not None:
            res = str(res)[:10] if len(str(res)) >= 10 else str(res)
        tp, fp, tn, fn = ev.evaluate_result(res, data)
        for h in (half(name), "all"):
            for i, v in enumerate((tp, fp, tn, fn)):
                tot[h][i] += v
    return tot


def prf(tp, fp, fn):
    p = tp / (tp + fp) if tp + fp else 0.0
    r = tp / (tp + fn) if tp + fn else 0.0
    f = 2 * tp / (2 * tp + fp + fn) if tp else 0.0
    return p, r, f


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--traf-tests", required=True)
    ap.add_argument("--htmldate-tests", required=True)
    ap.add_argument("--text", nargs=2, action="append", metavar=("NAME", "RESULTS"), default=[])
    ap.add_argument("--date", nargs=2, action="append", metavar=("NAME", "RESULTS"), default=[])
    ap.add_argument("--oracle", nargs=2, metavar=("NAME_A", "NAME_B"),
                    help="also print the upper bound of a per-page choice between two --text results")
    args = ap.parse_args()
    ec, ev = load_peer_scoring(os.path.abspath(args.traf_tests), os.path.abspath(args.htmldate_tests))
    evaldata = ec.load_evaldata(os.path.join(args.traf_tests, "evaldata.json"))

    def load(path, mode):
        if path.endswith(".jsonl"):
            return communique_results(path, mode)
        with open(path, encoding="utf-8") as f:
            return json.load(f)

    print(f"trafilatura main text ({len(evaldata)} pages; halves by SHA-256 of the file name)")
    print(f"{'extractor':<28} {'half':<9} {'P':>6} {'R':>6} {'F1':>6} {'empty':>6}   F1 w/o dateline/byline snippets")
    for name, path in args.text:
        res = load(path, "text")
        cms, empty = score_text(ec, evaldata, res)
        cms2, _ = score_text(ec, evaldata, res, skip_datelines=True)
        for h in ("dev", "held-out", "all"):
            p, r, _, f = cms[h].scores()
            print(f"{name:<28} {h:<9} {p:6.3f} {r:6.3f} {f:6.3f} {empty[h]:6d}   {cms2[h].f1():.3f}")
    n_dl = sum(1 for it in evaldata.values() for w in it["without"] if dateline_or_byline(w))
    print(f"('without' snippets that are only a dateline or byline: {n_dl})")
    if args.oracle:
        paths = dict(args.text)
        na, nb = args.oracle
        cms, took_b = score_oracle(ec, evaldata, load(paths[na], "text"), load(paths[nb], "text"))
        for h in ("dev", "held-out", "all"):
            p, r, _, f = cms[h].scores()
            print(f"{'oracle ' + na + '|' + nb:<28} {h:<9} {p:6.3f} {r:6.3f} {f:6.3f}   ({took_b[h]} pages take {nb})")
    print()
    print(f"htmldate publication date ({len(ev.EVAL_PAGES)} pages)")
    print(f"{'extractor':<28} {'half':<9} {'P':>6} {'R':>6} {'F1':>6} {'none':>6}")
    for name, path in args.date:
        res = load(path, "date")
        tot = score_date(ev, res)
        for h in ("dev", "held-out", "all"):
            tp, fp, tn, fn = tot[h]
            p, r, f = prf(tp, fp, fn)
            print(f"{name:<28} {h:<9} {p:6.3f} {r:6.3f} {f:6.3f} {fn:6d}")


if __name__ == "__main__":
    main()
